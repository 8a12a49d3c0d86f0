package org.peacekeeping.pledges.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import org.peacekeeping.pledges.web.SecurityHeadersFilter;

/**
 * One way in for both kinds of client: HTTP Basic on any request (API scripts), and a server-side session after
 * an interactive sign-in (pages, or {@code POST /api/session}). The session id changes at sign-in (no session
 * fixation); the session only remembers who signed in, and the account is re-read on every request, so a disabled
 * account, or one whose password was reset, is out at once. A personal access token ({@code Authorization: Bearer})
 * is checked the same way on every API request, and never starts a session. Wrong credentials get a 401 that does not say which part was wrong.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in user. */
    public static final String SESSION_USER = "org.peacekeeping.pledges.signedIn";
    /** The request attribute set when the caller authenticated through the session, not a header. */
    public static final String VIA_SESSION = "org.peacekeeping.pledges.viaSession";
    /** The request attribute holding the {@link TokenScope} when the caller authenticated with a bearer token. */
    public static final String TOKEN_SCOPE = "org.peacekeeping.pledges.tokenScope";
    private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());

    /**
     * What the session remembers: the username, and a stamp of the password it signed in with, so that a password
     * reset ends the account's sessions on their next request.
     */
    public record SignedIn(String username, String credentialStamp) implements Serializable {
    }

    @Inject
    private AccountService accounts;

    @Inject
    private TokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential interactive) {
            return signIn(request, response, context, interactive.getCaller(), interactive.getPassword().getValue());
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(header, request, response, context);
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), request, response, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedIn signedIn) {
            var actor = accounts.sessionActor(signedIn.username(), signedIn.credentialStamp());
            if (actor.isPresent()) {
                request.setAttribute(VIA_SESSION, Boolean.TRUE);
                return context.notifyContainerAboutLogin(actor.get().username(), Set.of(actor.get().role().name()));
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return challenge(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return refuse(request, response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return refuse(request, response, context);
        }
        AccountService.Authentication result = accounts.authenticate(decoded.substring(0, colon),
                decoded.substring(colon + 1).toCharArray(), Instant.now());
        if (!result.succeeded()) {
            LOG.fine(() -> "Sign-in refused: " + result.refusal());
            return refuse(request, response, context);
        }
        return context.notifyContainerAboutLogin(result.actor().username(), Set.of(result.actor().role().name()));
    }

    /**
     * A personal access token, for the API only: checked against the database on every request and never the start
     * of a session. A token that does not exist is counted against the client's address; too many and the address
     * gets 429 for a while, whatever it sends. Nothing of the token is logged.
     */
    private AuthenticationStatus bearer(String header, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Instant now = Instant.now();
        String client = request.getRemoteAddr();
        TokenService.Bearer result = path.startsWith("/api/")
                ? tokens.authenticate(TokenSecret.fromAuthorization(header), client, now)
                : TokenService.Bearer.refused("a token outside the API");
        if (result.throttled()) {
            return throttled(request, response, result.throttledUntil(), now);
        }
        if (!result.succeeded()) {
            LOG.fine(() -> "Bearer token refused: " + result.refusal());
            if (result.guess()) {
                try {
                    tokens.recordFailure(client, now);
                } catch (RuntimeException e) {
                    // Two first failures of one address at once: one of them is not counted.
                    LOG.fine(() -> "Could not count a wrong token: " + e.getMessage());
                }
            }
            SecurityHeadersFilter.setHeaders(request, response);
            return unauthorized(response, context, "Bearer", "The token is not valid: unknown, revoked or expired, "
                    + "its account cannot sign in now, or it was sent outside /api.");
        }
        request.setAttribute(TOKEN_SCOPE, result.scope());
        return context.notifyContainerAboutLogin(result.actor().username(), Set.of(result.actor().role().name()));
    }

    private AuthenticationStatus throttled(HttpServletRequest request, HttpServletResponse response, Instant until,
                                           Instant now) {
        SecurityHeadersFilter.setHeaders(request, response);
        long seconds = Math.max(1, Duration.between(now, until).toSeconds());
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Too many wrong tokens from this address: try again in " + seconds
                    + " seconds.\",\"errors\":[]}");
            response.flushBuffer();
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the 429 answer: " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, String username, char[] password) {
        AccountService.Authentication result = accounts.authenticate(username, password, Instant.now());
        if (!result.succeeded()) {
            LOG.fine(() -> "Sign-in refused: " + result.refusal());
            // No error page here: the caller (a sign-in page or endpoint) answers in its own format.
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        request.getSession(true).setAttribute(SESSION_USER,
                new SignedIn(result.actor().username(), result.credentialStamp()));
        return context.notifyContainerAboutLogin(result.actor().username(), Set.of(result.actor().role().name()));
    }

    /** The API answers 401; a page sends the browser to the sign-in page, and back here afterwards. */
    private AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response,
                                           HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // Answered before any filter runs: the security headers of every answer, here too.
        SecurityHeadersFilter.setHeaders(request, response);
        if (path.startsWith("/api/")) {
            return unauthorized(response, context, "Basic", "Sign in first: send HTTP Basic credentials or a bearer "
                    + "token, or sign in for a session.");
        }
        String signIn = request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(path, StandardCharsets.UTF_8)
                + (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid() ? "&expired=true" : "");
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An ajax request after the session ended: Faces' own way to redirect the whole page.
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + signIn.replace("&", "&amp;") + "\"/></partial-response>");
                response.flushBuffer();
            } else {
                response.sendRedirect(signIn);
            }
        } catch (IOException e) {
            LOG.fine(() -> "Could not redirect to sign in: " + e.getMessage());
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        SecurityHeadersFilter.setHeaders(request, response);
        return unauthorized(response, context, "Basic",
                "Wrong username or password, or the account cannot sign in now.");
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String scheme, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer".equals(scheme)
                    ? "Bearer realm=\"Peacekeeping Pledge Tracker\", error=\"invalid_token\""
                    : "Basic realm=\"Peacekeeping Pledge Tracker\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\",\"errors\":[]}");
            response.flushBuffer();
        } catch (IOException e) {
            LOG.fine(() -> "Could not write the 401 answer: " + e.getMessage());
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
