package org.peacekeeping.pledges.dossier.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.peacekeeping.pledges.dossier.DocumentRefusedException;
import org.peacekeeping.pledges.dossier.ScannerUnavailableException;
import org.peacekeeping.pledges.platform.Problem;

/** The dossier's refusals as problem documents: the refusal's own status, or 503 while the scanner is away. */
final class DocumentProblems {

    private static final Logger LOG = Logger.getLogger(DocumentProblems.class.getName());

    private DocumentProblems() {
    }

    /** A status by its code, with its reason phrase (JAX-RS 3.1 has no constant for 422). */
    static Response.StatusType status(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        if (known != null) {
            return known;
        }
        return new Response.StatusType() {
            @Override
            public int getStatusCode() {
                return code;
            }

            @Override
            public Response.Status.Family getFamily() {
                return Response.Status.Family.familyOf(code);
            }

            @Override
            public String getReasonPhrase() {
                return code == 422 ? "Unprocessable Content" : "Error";
            }
        };
    }

    @Provider
    public static class Refused implements ExceptionMapper<DocumentRefusedException> {
        @Override
        public Response toResponse(DocumentRefusedException exception) {
            return Problem.of(status(exception.status()), exception.getMessage()).toResponse();
        }
    }

    @Provider
    public static class ScannerAway implements ExceptionMapper<ScannerUnavailableException> {
        @Override
        public Response toResponse(ScannerUnavailableException exception) {
            LOG.warning(() -> "Upload answered 503: " + exception.getMessage());
            return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The virus scanner cannot "
                    + "check the file just now, so it was not stored. Try again in a few minutes; if this goes on, "
                    + "tell the administrators.").toResponse()).header("Retry-After", "60").build();
        }
    }
}
