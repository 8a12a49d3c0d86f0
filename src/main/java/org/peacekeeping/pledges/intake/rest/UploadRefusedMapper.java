package org.peacekeeping.pledges.intake.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.peacekeeping.pledges.intake.UploadRefusedException;
import org.peacekeeping.pledges.platform.Problem;

/** A refused upload is a problem document with the refusal's status (400, 413 or 415) and reason. */
@Provider
public class UploadRefusedMapper implements ExceptionMapper<UploadRefusedException> {

    @Override
    public Response toResponse(UploadRefusedException exception) {
        return response(exception);
    }

    static Response response(UploadRefusedException exception) {
        return Problem.of(exception.status(), exception.getMessage(), exception.errors()).toResponse();
    }
}
