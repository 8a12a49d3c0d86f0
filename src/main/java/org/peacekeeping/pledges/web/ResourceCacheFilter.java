package org.peacekeeping.pledges.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Faces resources requested with a version ({@code /jakarta.faces.resource/components.js.xhtml?ln=primefaces&v=15.0.13},
 * OmniFaces' combined resources {@code ?ln=omnifaces.combined&v=…}) never change under that URL: a new PrimeFaces
 * or a changed bundle gets another version, so browsers may keep them a year without asking again
 * ({@link #IMMUTABLE}). Faces' own cache headers (an {@code Expires} 7 days on) give way to it; resources without a
 * version (the application's style sheet) keep them.
 */
@WebFilter(filterName = "resourceCache", urlPatterns = "/jakarta.faces.resource/*")
public class ResourceCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CACHE_CONTROL = "Cache-Control";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!versioned(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(CACHE_CONTROL, IMMUTABLE);
        chain.doFilter(request, new ImmutableAnswer(response));
    }

    /** Whether this query string carries a non-empty {@code v} parameter. */
    static boolean versioned(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("v=") && parameter.length() > 2) {
                return true;
            }
        }
        return false;
    }

    /** An answer whose caching headers are this filter's: Faces' {@code Expires} and any other Cache-Control dropped. */
    static final class ImmutableAnswer extends HttpServletResponseWrapper {

        ImmutableAnswer(HttpServletResponse response) {
            super(response);
        }

        private static boolean caching(String name) {
            return CACHE_CONTROL.equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
