package org.peacekeeping.pledges.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
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
 * page policy and its nonce when a Faces page answers (see {@link SecurityInitializer}). Error pages are
 * dispatched after the container reset the answer's headers, so the filter runs on that dispatch too.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        SecurityInitializer.transportSecurity(getServletContext()).strictTransportSecurity(request.isSecure())
                .ifPresent(value -> response.setHeader("Strict-Transport-Security", value));
        String path = request.getDispatcherType() == DispatcherType.REQUEST
                ? request.getRequestURI().substring(request.getContextPath().length()) : "/";
        response.setHeader(CSP, ContentSecurityPolicy.forPath(path));
        chain.doFilter(request, new OnePolicy(response));
    }

    /** An answer whose content security policy, added by PrimeFaces, replaces the one set here. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
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
