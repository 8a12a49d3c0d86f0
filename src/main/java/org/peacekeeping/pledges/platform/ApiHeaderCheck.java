package org.peacekeeping.pledges.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@code Content-Type} that does not parse is refused by Jersey before any provider of ours runs, with the servlet
 * container's HTML error report; this filter refuses it first, for the API only, with a problem document.
 */
@WebFilter(filterName = "apiHeaderCheck", urlPatterns = "/api/*")
public class ApiHeaderCheck extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getHeader("Content-Type");
        if (contentType == null || parses(contentType)) {
            chain.doFilter(request, response);
            return;
        }
        Problem problem = new Problem("about:blank", Response.Status.BAD_REQUEST.getReasonPhrase(), 400,
                "The Content-Type header does not parse: send Content-Type: application/json.", List.of(), null,
                null, RequestIds.of(request));
        response.setStatus(400);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }

    static boolean parses(String contentType) {
        try {
            MediaType.valueOf(contentType);
            return true;
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }
}
