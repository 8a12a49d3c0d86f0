package org.peacekeeping.pledges.account.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.peacekeeping.pledges.account.CurrentUser;
import org.peacekeeping.pledges.account.TokenScope;
import org.peacekeeping.pledges.account.TokenScopeGuard;
import org.peacekeeping.pledges.account.TokenService;
import org.peacekeeping.pledges.account.TokenView;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.JsonFields;
import org.peacekeeping.pledges.platform.NotFoundException;

/**
 * The signed-in user's personal access tokens (SPEC §11): {@code GET /api/tokens} lists them with their last use,
 * {@code POST /api/tokens} creates one and answers its secret this once, {@code DELETE /api/tokens/{id}} revokes one
 * (an administrator may revoke anyone's; {@code GET /api/admin/tokens} lists everyone's). A token cannot create
 * another token: that needs the account's password or session.
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "Personal access tokens for scripts and other systems")
public class TokenResource {

    @Inject
    private TokenService tokens;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uriInfo;

    /** A new token: its description, and the secret (shown once: it is not stored and cannot be shown again). */
    public record CreatedToken(long id, String name, String scope, String prefix, String owner, Instant createdAt,
                               Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String revokedBy,
                               String status, String token) {
        static CreatedToken of(TokenService.Created created) {
            TokenView t = created.token();
            return new CreatedToken(t.id(), t.name(), t.scope(), t.prefix(), t.owner(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt(), t.revokedAt(), t.revokedBy(), t.status(), created.secret());
        }
    }

    @GET
    @Operation(operationId = "listTokens", summary = "The signed-in user's tokens, newest first, with their last use")
    @APIResponse(responseCode = "200", description = "The tokens (never their secrets)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenList")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    public List<TokenView> list() {
        return tokens.mine(currentUser.actor(), Instant.now());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createToken", summary = "Create a token for the signed-in user; the answer shows its "
            + "secret once", description = "Body {name, scope (read or read-write, default read), expiresOn (ISO "
            + "date after today, at most one year away; default 90 days)}. The token stops at 00:00 UTC on expiresOn.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TokenInput")))
    @APIResponse(responseCode = "201", description = "Created; the body carries the secret in 'token', and Location "
            + "the token's address", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreatedToken")))
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem document)")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Signed in with a token: a token cannot create tokens")
    public Response create(JsonObject body) {
        if (TokenScopeGuard.viaToken(request)) {
            throw new ForbiddenException("A token cannot create tokens: sign in with the account's password.");
        }
        JsonFields fields = new JsonFields(body == null ? JsonObject.EMPTY_JSON_OBJECT : body);
        String name = fields.text("name");
        String scopeCode = fields.text("scope");
        LocalDate expiresOn = fields.date("expiresOn");
        fields.check();
        TokenScope scope = scopeCode == null ? TokenScope.READ : TokenScope.ofCode(scopeCode).orElseThrow(() ->
                InvalidInputException.field("scope", "must be read or read-write"));
        TokenService.Created created = tokens.create(currentUser.actor(), name, scope, expiresOn, Instant.now());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.token().id())).build())
                .header("Cache-Control", "no-store").entity(CreatedToken.of(created)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke a token of the signed-in user's, or any token for an "
            + "administrator; it stops at once")
    @APIResponse(responseCode = "200", description = "Revoked (revoking a revoked token changes nothing)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Token")))
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "A read token cannot revoke")
    @APIResponse(responseCode = "404", description = "No such token of this user's")
    public TokenView revoke(@PathParam("id") String id) {
        return tokens.revoke(currentUser.actor(), id(id), Instant.now());
    }

    static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("There is no token " + id + ".");
        }
    }

}
