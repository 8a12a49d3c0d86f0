package org.peacekeeping.pledges.platform;

import jakarta.resource.spi.ResourceAllocationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A request that failed because the database cannot be reached (stopped, restarting, refusing connections, or the
 * pool unable to get a connection in time) is not a bug: it answers {@code 503} with {@code Retry-After}, saying to
 * try again, as a problem document for the API and as an error page for the screens. Anything else stays a 500.
 * Plain Java (the decision is tested without a container).
 */
public final class DatabaseUnavailable {

    /** What the user reads, in the API's problem document (the pages say the same in their language). */
    public static final String DETAIL = "The database is not answering; try again in a minute.";
    /** Seconds a client should wait before trying again ({@code Retry-After}). */
    public static final int RETRY_AFTER_SECONDS = 30;
    public static final String RETRY_AFTER = "Retry-After";

    private static final String KEPT = DatabaseUnavailable.class.getName() + ".kept";
    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
    /** Payara's pool saying it could not hand out a connection (an internal class, so matched by name). */
    private static final String POOLING_EXCEPTION = "com.sun.appserv.connectors.internal.api.PoolingException";

    private DatabaseUnavailable() {
    }

    /**
     * Whether the database being out of reach is what made this fail: somewhere in the cause chain (SQL exceptions'
     * next exceptions included) a connection-class SQLState ({@code 08...}), PostgreSQL shutting down or starting
     * ({@code 57P01}-{@code 57P03}) or out of connection slots ({@code 53300}), a refused TCP connection, or the
     * connection pool unable to allocate a connection.
     */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return lost(failure, seen);
    }

    private static boolean lost(Throwable failure, Set<Throwable> seen) {
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof ResourceAllocationException
                    || POOLING_EXCEPTION.equals(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                if (lostState(sql.getSQLState())) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql.getCause() && lost(next, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean lostState(String sqlState) {
        if (sqlState == null) {
            return false;
        }
        return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03") || sqlState.equals("53300");
    }

    /** One warning line for the operator: which request, and the innermost reason, without a stack trace. */
    static void log(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = String.valueOf(root.getMessage()).replaceAll("\\s+", " ");
        LOG.warning(() -> "Database not answering, request " + RequestIds.current().orElse("(none)") + " answered 503: "
                + reason);
    }

    /**
     * Answers a request that failed this way outside JAX-RS (while signing the caller in, or in a page): the API
     * gets the problem document, a page gets the 503 error page ({@code WEB-INF/errors/503.xhtml}); both carry
     * {@code Retry-After} and the request id. Does nothing when the answer has already begun.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        String id = RequestIds.of(request);
        boolean outsideTheFilter = RequestIds.current().isEmpty();
        if (outsideTheFilter) {
            RequestIds.begin(id);
        }
        try {
            log(failure);
        } finally {
            if (outsideTheFilter) {
                RequestIds.end();
            }
        }
        if (response.isCommitted()) {
            return;
        }
        response.setHeader(RequestIds.HEADER, id);
        response.setHeader(RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        if (RequestKind.of(request.getMethod(), pathOf(request)).kind().equals("api")) {
            byte[] body = problemJson(id).getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /**
     * Keeps a failure met while signing in on the request, for a caller that only sees the sign-in's outcome (see
     * {@link #rethrowKept}).
     */
    public static void keep(HttpServletRequest request, RuntimeException failure) {
        request.setAttribute(KEPT, failure);
    }

    /**
     * Throws again the failure {@link #keep} kept on this request, if any, so that a refused sign-in that was really
     * a lost database answers 503 like any other request (through the API's mapper or the error page).
     */
    public static void rethrowKept(HttpServletRequest request) {
        if (request.getAttribute(KEPT) instanceof RuntimeException failure) {
            throw failure;
        }
    }

    /** The problem document, written by hand: outside JAX-RS there is no JSON-B to call on. */
    static String problemJson(String requestId) {
        return "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"" + DETAIL
                + "\",\"errors\":[],\"currentVersion\":null,\"currentStatus\":null,\"requestId\":\"" + requestId
                + "\"}";
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
