package org.peacekeeping.pledges.pledge.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.peacekeeping.pledges.platform.Problem;
import org.peacekeeping.pledges.pledge.LifecycleViolation;

/** A refused lifecycle action: 403 when the role forbids it, 409 when the state does, 400 for a missing comment. */
@Provider
public class LifecycleViolationMapper implements ExceptionMapper<LifecycleViolation> {

    @Override
    public Response toResponse(LifecycleViolation violation) {
        Problem problem = switch (violation.reason()) {
            case ROLE_FORBIDS -> Problem.of(Status.FORBIDDEN, violation.getMessage());
            case STATE_FORBIDS -> Problem.conflict(violation.getMessage(), null,
                    violation.status() == null ? null : violation.status().name());
            case COMMENT_REQUIRED -> Problem.of(Status.BAD_REQUEST, violation.getMessage(),
                    List.of(new Problem.FieldError("comment", "A comment is required for this action")));
        };
        return problem.toResponse();
    }
}
