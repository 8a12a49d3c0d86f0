package org.peacekeeping.pledges.intake.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.peacekeeping.pledges.intake.PledgeFormService;
import org.peacekeeping.pledges.intake.PledgeFormUpload;
import org.peacekeeping.pledges.intake.UploadResult;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.report.XlsxFile;

/**
 * The offline pledge form (SPEC §5, §6): a focal point downloads it and uploads it filled, as the request body or as
 * the multipart field {@code file}. Refusals are problem documents: 400 (bad cells, listed one by one; hostile or
 * foreign files), 403 (not a focal point; another state's form), 413 (too large, too many rows), 415 (not an xlsx,
 * macro-enabled).
 */
@Path("pledge-form")
@RequestScoped
public class PledgeFormResource {

    @Inject
    private PledgeFormService forms;

    @Inject
    private PledgeFormUpload upload;

    @Inject
    private CurrentActor currentUser;

    @GET
    public Response blankForm() {
        XlsxFile file = forms.blankForm(currentUser.actor());
        StreamingOutput body = out -> {
            try (file) {
                file.writeTo(out);
            }
        };
        return Response.ok(body, XlsxFile.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @BoundedUpload
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public UploadResult uploadBody(InputStream body) {
        return upload.upload(currentUser.actor(), body);
    }

    @POST
    @BoundedUpload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public UploadResult uploadMultipart(@FormParam("file") EntityPart file) {
        if (file == null) {
            throw InvalidInputException.field("file", "Send the filled form as the multipart field 'file'");
        }
        try (InputStream content = file.getContent()) {
            return upload.upload(currentUser.actor(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
