package org.peacekeeping.pledges.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error the API answers is an RFC 9457 problem document. Expected refusals carry their reason; a database
 * out of reach is a 503 with {@code Retry-After} ({@link DatabaseUnavailable}); anything unexpected is logged with
 * an incident id that the answer quotes, and nothing internal reaches the client. The incident id is the request's
 * id ({@link RequestIds}), so the answer's header, its body and the log line agree.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Errors JAX-RS itself raises (404 for an unknown path, 405, 406, 415, malformed parameters). */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

        @Context
        private HttpHeaders request;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.StatusType status = exception.getResponse().getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return toProblem(exception).toResponse();
            }
            Throwable cause = exception.getCause();
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return Problem.of(Status.BAD_REQUEST, "The body is not valid JSON.").toResponse();
            }
            return Problem.of(status, describe(status, sentType(request))).toResponse();
        }
    }

    /**
     * Refusals Jersey answers itself without a body (a {@code Content-Type} or {@code Accept} header that does not
     * parse): the servlet container would fill them with its HTML error report, so they get the problem document.
     */
    @Provider
    public static class EmptyErrorAnswers implements ContainerResponseFilter {

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (response.getStatus() >= 400 && !response.hasEntity()) {
                Response.StatusType status = response.getStatusInfo();
                String detail = status.getStatusCode() != 400 ? describe(status, null)
                        : headersParse(request) ? "The request could not be understood."
                        : "A header of the request does not parse (Content-Type or Accept).";
                response.setEntity(Problem.of(status, detail), new Annotation[0], Problem.PROBLEM_JSON);
            }
        }

        private static boolean headersParse(ContainerRequestContext request) {
            try {
                request.getMediaType();
                request.getAcceptableMediaTypes();
                return true;
            } catch (RuntimeException unparsable) {
                return false;
            }
        }
    }

    /** The request's {@code Content-Type}, or null when it has none or it does not parse. */
    private static MediaType sentType(HttpHeaders request) {
        try {
            return request == null ? null : request.getMediaType();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    private static String describe(Response.StatusType status, MediaType sent) {
        return switch (status.getStatusCode()) {
            case 400 -> sent == null ? "The request could not be understood: say what the body is (Content-Type)."
                    : sent.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                    ? "The multipart body could not be read: send multipart/form-data with its boundary."
                    : "The request could not be understood.";
            case 401 -> "Sign in first.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address answers in JSON only.";
            case 415 -> "Send JSON (Content-Type: application/json).";
            default -> status.getReasonPhrase();
        };
    }

    /** The application's own refusals, and anything else as a 500 with an incident id. */
    @Provider
    public static class ApplicationExceptionMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return toProblem(exception).toResponse();
        }
    }

    /**
     * Exceptions wrapped by a transaction boundary (a conflict found at commit, say): Jersey has its own mapper for
     * these, which would answer an HTML error page, so this more specific one answers the problem document.
     */
    @Provider
    public static class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException exception) {
            return toProblem(exception).toResponse();
        }
    }

    /** Maps an exception (looking through container wrappers) to the problem the client should see. */
    public static Problem toProblem(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFoundException e) {
                return Problem.of(Status.NOT_FOUND, e.getMessage());
            }
            if (cause instanceof ForbiddenException e) {
                return Problem.of(Status.FORBIDDEN, e.getMessage());
            }
            if (cause instanceof InvalidInputException e) {
                return Problem.of(Status.BAD_REQUEST, e.getMessage(), e.errors());
            }
            if (cause instanceof BodyTooLargeException e) {
                return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
            }
            if (cause instanceof ConflictException e) {
                return Problem.conflict(e.getMessage(), e.currentVersion(), e.currentStatus());
            }
            if (cause instanceof OptimisticLockException) {
                return Problem.conflict("Someone else changed this in the meantime; nothing of yours was saved. "
                        + "Reload it to see the current state.", null, null);
            }
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return Problem.of(Status.BAD_REQUEST, "The body is not valid JSON.", List.of());
            }
        }
        if (DatabaseUnavailable.isCause(exception)) {
            DatabaseUnavailable.log(exception);
            return Problem.databaseUnavailable();
        }
        return Problem.of(Status.INTERNAL_SERVER_ERROR, incident(exception));
    }

    private static String incident(Throwable exception) {
        String incident = RequestIds.current().orElseGet(() -> UUID.randomUUID().toString());
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        return "Something went wrong on our side. Quote incident " + incident + " when reporting it.";
    }
}
