package org.peacekeeping.pledges.intake;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/**
 * An uploaded file refused as a whole, before any of its rows is looked at or anything is written: too large (413),
 * not an xlsx workbook or macro-enabled (415), hostile or not the pledge form (400). The message says why and what to
 * do instead.
 */
public class UploadRefusedException extends RuntimeException {

    private final Response.Status status;
    private final transient List<FieldError> errors;

    public UploadRefusedException(Response.Status status, String message) {
        this(status, message, List.of());
    }

    public UploadRefusedException(Response.Status status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public Response.Status status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    static UploadRefusedException tooLarge(String message) {
        return new UploadRefusedException(Response.Status.REQUEST_ENTITY_TOO_LARGE, message);
    }

    /** A file over the size limit (413), whether its declared length or its bytes gave it away. */
    public static UploadRefusedException fileTooLarge(long maxBytes) {
        return tooLarge("The file is larger than " + IntakeLimits.readable(maxBytes) + ", the most one upload may be "
                + "(pledges.intake.max-bytes). Split the rows over several forms, or remove pictures and other "
                + "content the form does not need.");
    }

    static UploadRefusedException unsupported(String message) {
        return new UploadRefusedException(Response.Status.UNSUPPORTED_MEDIA_TYPE, message);
    }

    static UploadRefusedException bad(String message) {
        return new UploadRefusedException(Response.Status.BAD_REQUEST, message);
    }
}
