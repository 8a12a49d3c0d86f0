package org.peacekeeping.pledges.dossier.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peacekeeping.pledges.dossier.CheckedFile;
import org.peacekeeping.pledges.dossier.DocumentChecks;
import org.peacekeeping.pledges.dossier.DocumentRefusedException;
import org.peacekeeping.pledges.dossier.DocumentType;
import org.peacekeeping.pledges.dossier.DocumentView;
import org.peacekeeping.pledges.dossier.DossierService;
import org.peacekeeping.pledges.dossier.SafeFileName;
import org.peacekeeping.pledges.platform.CurrentActor;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem;
import org.peacekeeping.pledges.pledge.rest.PledgeIds;

/**
 * A pledge's dossier over HTTP (SPEC §9). Uploads are checked (who may, then size, kind and virus scan) before
 * anything is stored; downloads go out as attachments with a safe name, {@code nosniff} and a sandboxing content
 * security policy, never cached by shared caches. Who may see the pledge sees its documents; nobody else learns that
 * they exist (404).
 */
@Path("pledges/{id}/documents")
@RequestScoped
@Tag(name = "Dossier", description = "A pledge's documents: typed, versioned, scanned")
public class DocumentResource {

    /** A multipart body this much larger than the file limit is refused by its declared length, unread. */
    static final long FRAMING = 64 * 1024;

    @Inject
    private DossierService dossier;

    @Inject
    private DocumentChecks checks;

    @Inject
    private CurrentActor currentUser;

    @Context
    private UriInfo uriInfo;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPledgeDocuments", summary = "The pledge's documents, each with its versions "
            + "(type, version, file name, size, SHA-256, uploader, time, scan result)")
    @APIResponse(responseCode = "200", description = "The documents, by type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PledgeDocumentList")))
    @APIResponse(responseCode = "400", description = "The pledge id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such pledge, or not one the user may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public List<JsonObject> list(@PathParam("id") String id) {
        long pledgeId = PledgeIds.parse(id);
        return DocumentJson.of(dossier.list(currentUser.actor(), pledgeId), base(pledgeId));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadPledgeDocument", summary = "Upload a document (multipart: 'file' and 'type'); "
            + "a file of a type the pledge already has becomes its next version")
    @APIResponse(responseCode = "201", description = "Stored; Location is the document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PledgeDocument")))
    @APIResponse(responseCode = "400", description = "No file, or no or an unknown type",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "The role does not upload this type",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such pledge, or not one the user may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The pledge is withdrawn or rejected, or another upload of "
            + "the same type came first", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Larger than 25 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "415", description = "Not PDF, DOCX, XLSX, ODT, ODS, PNG or JPEG by its content; "
            + "macro-enabled, encrypted or executable", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "The virus scanner found something; the detail names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "The virus scanner is unreachable or timed out; nothing "
            + "stored", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response upload(@PathParam("id") String id, @HeaderParam("Content-Length") String length,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                                   schema = @Schema(ref = "DocumentUpload"))) @FormParam("file") EntityPart file, @FormParam("type") EntityPart typePart,
                           @QueryParam("type") String typeParameter) {
        long pledgeId = PledgeIds.parse(id);
        if (length != null && length.strip().matches("\\d{1,18}")
                && Long.parseLong(length.strip()) > DocumentChecks.MAX_BYTES + FRAMING) {
            throw new DocumentRefusedException(413, "The file is larger than the 25 MB a dossier document may "
                    + "have: send a smaller file.");
        }
        String typeText = typePart != null ? text(typePart) : typeParameter;
        DocumentType type = DocumentType.parse(typeText).orElseThrow(() -> InvalidInputException.field("type",
                typeText == null ? "Say which document this is: one of " + List.of(DocumentType.values())
                        : "'" + typeText + "' is not a document type: one of " + List.of(DocumentType.values())));
        if (file == null) {
            throw InvalidInputException.field("file", "Send the document as the multipart field 'file'");
        }
        dossier.requireUpload(currentUser.actor(), pledgeId, type);
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = DocumentChecks.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CheckedFile checked = checks.check(file.getFileName().orElse(null), content);
        DocumentView stored = dossier.store(currentUser.actor(), pledgeId, type, checked);
        return Response.created(uriInfo.getBaseUriBuilder().path("pledges").path(String.valueOf(pledgeId))
                        .path("documents").path(String.valueOf(stored.id())).build())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(DocumentJson.of(stored, base(pledgeId) + "/" + stored.id())).build();
    }

    @GET
    @Path("{documentId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPledgeDocument", summary = "One document: its metadata and every version")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PledgeDocument")))
    @APIResponse(responseCode = "400", description = "An id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such pledge or document, or not one the user may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public JsonObject get(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        long pledgeId = PledgeIds.parse(id);
        long document = PledgeIds.parse(documentId);
        return DocumentJson.of(dossier.get(currentUser.actor(), pledgeId, document), base(pledgeId) + "/" + document);
    }

    @GET
    @Path("{documentId}/content")
    @Operation(operationId = "downloadPledgeDocument", summary = "Download a document's file, the latest version "
            + "or ?version=n, as an attachment")
    @APIResponse(responseCode = "200", description = "The file, as stored (byte for byte)",
            content = @Content(mediaType = "*/*", schema = @Schema(ref = "File")))
    @APIResponse(responseCode = "400", description = "An id or the version is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such pledge, document or version, or not one the user "
            + "may see", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response content(@PathParam("id") String id, @PathParam("documentId") String documentId,
                            @QueryParam("version") String version) {
        Integer number = null;
        if (version != null) {
            if (!version.strip().matches("\\d{1,9}")) {
                throw InvalidInputException.parameter("version", "must be a version number (1, 2, ...)");
            }
            number = Integer.valueOf(version.strip());
        }
        DossierService.Download download = dossier.content(currentUser.actor(), PledgeIds.parse(id),
                PledgeIds.parse(documentId), number);
        return Response.ok(download.content(), download.version().mediaType())
                .header("Content-Disposition", SafeFileName.attachment(download.version().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .header("Content-Length", download.content().length)
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(download.version().sha256())))
                .build();
    }

    @DELETE
    @Path("{documentId}")
    @Operation(operationId = "deletePledgeDocument", summary = "Delete a document and all its versions: its "
            + "uploader, while the pledge is a draft")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "An id is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "403", description = "Not the document's uploader",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such pledge or document, or not one the user may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The pledge is no longer a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response delete(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        dossier.delete(currentUser.actor(), PledgeIds.parse(id), PledgeIds.parse(documentId));
        return Response.noContent().build();
    }

    private String base(long pledgeId) {
        return uriInfo.getBaseUriBuilder().path("pledges").path(String.valueOf(pledgeId)).path("documents").build()
                .getPath();
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
