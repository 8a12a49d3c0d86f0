package org.peacekeeping.pledges.platform;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document: what went wrong, for people and programs, with the fields at fault. Never carries
 * a stack trace or an internal class name. On a conflict it also says the current version and status, so the
 * loser of a race sees what is there now. {@code requestId} is the id of the request that failed (also in the
 * {@code X-Request-Id} header and in the server's log lines): what a user quotes when reporting a problem.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "currentVersion", "currentStatus", "requestId"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      Long currentVersion, String currentStatus, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** One field that was wrong, and why. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return of(status, detail, List.of());
    }

    public static Problem of(Response.StatusType status, String detail, List<FieldError> errors) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                List.copyOf(errors), null, null, RequestIds.current().orElse(null));
    }

    public static Problem conflict(String detail, Long currentVersion, String currentStatus) {
        return new Problem("about:blank", Response.Status.CONFLICT.getReasonPhrase(), 409, detail, List.of(),
                currentVersion, currentStatus, RequestIds.current().orElse(null));
    }

    /** The database is out of reach: try again later ({@link DatabaseUnavailable}). */
    public static Problem databaseUnavailable() {
        return of(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
    }

    /** The answer; a 503 also says when to try again ({@code Retry-After}). */
    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(PROBLEM_JSON).entity(this);
        if (status == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            response.header(DatabaseUnavailable.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
