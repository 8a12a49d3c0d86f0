package org.peacekeeping.pledges.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.peacekeeping.pledges.platform.TransportSecurity;

/**
 * Security headers on every answer: no MIME sniffing, no framing by other sites, no referrer to other sites, HSTS
 * when users reach the application over HTTPS ({@link TransportSecurity}), and exactly one content security
 * policy: the API's or the resources' ({@link ContentSecurityPolicy#forPath}), which PrimeFaces replaces with the
 * page policy and its nonce when a Faces page answers (see {@link SecurityInitializer}). Cookies the application
 * writes itself (Faces' flash cookie) are SameSite=Lax and, behind HTTPS, Secure, like the session cookies. Error
 * pages are dispatched after the container reset the answer's headers, so the filter runs on that dispatch too.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TransportSecurity transport = setHeaders(request, response);
        chain.doFilter(request, new SecuredAnswer(response, transport.secureCookies()));
    }

    /**
     * Sets the headers of this answer; for what answers before any filter runs too (the sign-in mechanism's 401s
     * and redirects to the sign-in page).
     */
    public static TransportSecurity setHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        TransportSecurity transport = SecurityInitializer.transportSecurity(request.getServletContext());
        transport.strictTransportSecurity(request.isSecure())
                .ifPresent(value -> response.setHeader("Strict-Transport-Security", value));
        String path = request.getDispatcherType() == DispatcherType.REQUEST
                ? request.getRequestURI().substring(request.getContextPath().length()) : "/";
        response.setHeader(CSP, ContentSecurityPolicy.forPath(path));
        return transport;
    }

    /**
     * An answer whose content security policy, added by PrimeFaces, replaces the one set here, and whose cookies
     * are SameSite=Lax (unless they say otherwise) and Secure when every cookie must be.
     */
    static final class SecuredAnswer extends HttpServletResponseWrapper {

        private final boolean secureCookies;

        SecuredAnswer(HttpServletResponse response, boolean secureCookies) {
            super(response);
            this.secureCookies = secureCookies;
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            if (secureCookies) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
