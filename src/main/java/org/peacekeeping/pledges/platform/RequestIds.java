package org.peacekeeping.pledges.platform;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request a thread is serving: taken from the caller's {@code X-Request-Id} when it is a plain token
 * (a proxy or load balancer usually sets one), otherwise made here. It travels back as a response header, names
 * the thread in every log line written meanwhile, and is the incident number a user quotes from an error.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The request attribute holding the id, so that every part of one request (error page included) uses one. */
    public static final String ATTRIBUTE = "org.peacekeeping.pledges.requestId";
    /** Letters, digits and {@code . _ : -}, at most 64: safe in headers, logs and JSON, whatever a client sends. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    /** The caller's id when it is acceptable, otherwise a new random one. */
    public static String accept(String fromCaller) {
        if (fromCaller != null && ACCEPTED.matcher(fromCaller.strip()).matches()) {
            return fromCaller.strip();
        }
        return UUID.randomUUID().toString();
    }

    /**
     * The id of this request: the one already given to it (by an earlier filter, sign-in or dispatch), else the
     * caller's or a fresh one, which is then kept on the request. Error pages and sign-in answers read it here.
     */
    public static String of(ServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return id;
        }
        String id = accept(request instanceof HttpServletRequest http
                ? http.getHeader(HEADER) : null);
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The id of the request this thread serves, if it serves one. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void begin(String id) {
        CURRENT.set(id);
    }

    static void end() {
        CURRENT.remove();
    }

    /** The thread's name while it serves a request: its own name and the id, as log formatters print it. */
    static String threadName(String original, String id) {
        return original + " request=" + id;
    }
}
