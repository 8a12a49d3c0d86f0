package org.peacekeeping.pledges.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error the API answers is a problem document; unexpected ones are logged with an id the answer quotes. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Errors JAX-RS itself raises (404 for an unknown path, 405, 406, 415, malformed parameters). */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            Response.StatusType status = exception.getResponse().getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return unexpected(exception);
            }
            return Problem.of(status, describe(status)).toResponse();
        }

        private static String describe(Response.StatusType status) {
            return switch (status.getStatusCode()) {
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address answers in JSON only.";
                case 415 -> "Send JSON (Content-Type: application/json).";
                default -> "The request could not be understood.";
            };
        }
    }

    /** Anything else: a 500 with an incident id, the details only in the server log. */
    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return unexpected(exception);
        }
    }

    static Response unexpected(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, exception);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote incident " + incident + " when reporting it.").toResponse();
    }
}
