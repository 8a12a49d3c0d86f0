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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Pledge form", description = "The offline pledge form: download, fill, upload")
public class PledgeFormResource {

    @Inject
    private PledgeFormService forms;

    @Inject
    private PledgeFormUpload upload;

    @Inject
    private CurrentActor currentUser;

    @GET
    @Operation(summary = "A blank pledge form for the focal point's state, with row keys and drop-down lists")
    @APIResponse(responseCode = "200", description = "The form",
            content = @Content(mediaType = XlsxFile.MEDIA_TYPE))
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
    @Operation(summary = "Upload a filled pledge form as the request body: its rows become the state's drafts, all "
            + "or none; the same rows uploaded again create nothing twice")
    public UploadResult uploadBody(InputStream body) {
        return upload.upload(currentUser.actor(), body);
    }

    @POST
    @BoundedUpload
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a filled pledge form as the multipart field 'file'")
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
