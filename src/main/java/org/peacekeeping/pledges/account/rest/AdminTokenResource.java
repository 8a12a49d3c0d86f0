package org.peacekeeping.pledges.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.account.TokenService;
import org.peacekeeping.pledges.account.TokenView;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.Role;

/** Administrators: every account's personal access tokens, and revoking any of them. */
@Path("admin/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class AdminTokenResource {

    @Inject
    private TokenService tokens;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Operation(operationId = "listAllTokens", summary = "Every account's tokens, newest first (administrators)")
    @APIResponse(responseCode = "200", description = "The tokens (never their secrets), each with its owner",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenList")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<TokenView> list() {
        return tokens.all(currentUser.actor(), Instant.now());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeAnyToken", summary = "Revoke any account's token (administrators)")
    @APIResponse(responseCode = "200", description = "Revoked (revoking a revoked token changes nothing)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Token")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator, or a read token")
    @APIResponse(responseCode = "404", description = "No such token")
    public TokenView revoke(@PathParam("id") String id) {
        if (!currentUser.actor().is(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators revoke other accounts' tokens.");
        }
        return tokens.revoke(currentUser.actor(), TokenResource.id(id), Instant.now());
    }
}
