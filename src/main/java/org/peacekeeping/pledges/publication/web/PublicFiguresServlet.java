package org.peacekeeping.pledges.publication.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;
import org.peacekeeping.pledges.platform.RequestIds;
import org.peacekeeping.pledges.publication.PublicFigures;
import org.peacekeeping.pledges.publication.PublicFigures.Ministerial;
import org.peacekeeping.pledges.publication.PublicFiguresService;

/**
 * The public figures without sign-in (SPEC §10): the page {@code /public/} ({@code ?ministerial=&lang=fr}) and the
 * API {@code /public/api/ministerials} and {@code /public/api/ministerials/{code}/figures} (JSON, or CSV with
 * {@code Accept: text/csv} or the {@code .csv} suffix). A plain servlet outside the signed-in area (web.xml protects
 * {@code /api/*}, not this): it never opens a session and reads nothing that is not published. Every answer carries
 * an {@code ETag} (a digest of its body; {@code If-None-Match} answers 304) and {@code Cache-Control}; every client
 * address has at most {@code pledges.public.rate-limit} requests a minute (default 60), then 429 with
 * {@code Retry-After}. Only GET and HEAD.
 */
@WebServlet(name = "publicFigures", urlPatterns = {"/public", "/public/*"})
public class PublicFiguresServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicFiguresServlet.class.getName());

    /**
     * The operations of the public API, as {@code META-INF/openapi.yaml} describes them (a servlet, not a resource
     * class: OpenApiDocumentTest compares the two).
     */
    public static final List<String> OPERATIONS = List.of("GET /public/api/ministerials",
            "GET /public/api/ministerials/{code}/figures", "GET /public/api/ministerials/{code}/figures.csv");

    /** Requests per client address and minute, unless configured. */
    static final int DEFAULT_RATE_LIMIT = 60;
    static final String RATE_LIMIT = "pledges.public.rate-limit";
    static final String CACHE_CONTROL = "public, max-age=300";
    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";
    private static final Pattern FIGURES = Pattern.compile("/ministerials/([A-Za-z0-9-]{1,40})/figures(\\.csv)?");

    @Inject
    private PublicFiguresService service;

    private transient RateLimiter limiter;

    @Override
    public void init() {
        int limit = ConfigProvider.getConfig().getOptionalValue(RATE_LIMIT, Integer.class)
                .filter(n -> n > 0).orElse(DEFAULT_RATE_LIMIT);
        limiter = new RateLimiter(limit, 60);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        boolean api = path.startsWith("/api/") || path.equals("/api");
        long wait = limiter.admit(request.getRemoteAddr(), System.currentTimeMillis());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            problem(request, response, 429, "Too Many Requests", "At most " + limiter.limit()
                    + " requests a minute from one address; try again in " + wait + " s.");
            return;
        }
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, HEAD");
            problem(request, response, 405, "Method Not Allowed", "The public figures are read only (GET).");
            return;
        }
        if (path.isEmpty()) {
            String query = request.getQueryString();
            response.setHeader("Cache-Control", CACHE_CONTROL);
            response.sendRedirect(request.getContextPath() + "/public/" + (query == null ? "" : "?" + query));
            return;
        }
        try {
            if (api) {
                api(request, response, path.substring(4));
            } else if (path.equals("/")) {
                page(request, response);
            } else {
                problem(request, response, 404, "Not Found", "There is nothing at " + request.getRequestURI() + ".");
            }
        } catch (RuntimeException e) {
            // A failure is a problem document here too, never the Faces error page or a stack trace.
            LOG.log(Level.SEVERE, "The public figures failed", e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                problem(request, response, 500, "Internal Server Error", "The public figures could not be read; "
                        + "try again later, quoting the request id if it happens again.");
            }
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean french = "fr".equals(request.getParameter("lang"));
        List<Ministerial> ministerials = service.ministerials();
        String code = request.getParameter("ministerial");
        String chosen = code == null || code.isBlank()
                ? ministerials.stream().findFirst().map(Ministerial::code).orElse(null) : code.strip();
        Optional<PublicFigures> figures = chosen == null ? Optional.empty() : service.figures(chosen);
        if (chosen != null && figures.isEmpty()) {
            response.setStatus(404);
        }
        String html = new PublicPage(french ? Locale.FRENCH : Locale.ENGLISH)
                .render(request.getContextPath(), ministerials, figures.orElse(null));
        send(request, response, "text/html;charset=UTF-8", html, false);
    }

    private void api(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        if (request.getQueryString() != null && !request.getQueryString().isEmpty()) {
            String name = request.getParameterNames().hasMoreElements()
                    ? request.getParameterNames().nextElement() : request.getQueryString();
            problem(request, response, 400, "Bad Request", "The public figures take no query parameter ('" + name
                    + "' was sent).");
            return;
        }
        if (path.equals("/ministerials")) {
            if (!accepts(request, JSON)) {
                notAcceptable(request, response, JSON);
                return;
            }
            send(request, response, JSON, PublicFormats.ministerialsJson(service.ministerials()), false);
            return;
        }
        Matcher figures = FIGURES.matcher(path);
        if (!figures.matches()) {
            problem(request, response, 404, "Not Found", "There is nothing at " + request.getRequestURI() + ".");
            return;
        }
        boolean csv = figures.group(2) != null;
        if (!csv) {
            boolean json = accepts(request, JSON);
            csv = !json || prefersCsv(request.getHeader("Accept"));
            if (!json && !accepts(request, CSV)) {
                notAcceptable(request, response, JSON + " or " + CSV);
                return;
            }
        } else if (!accepts(request, CSV)) {
            notAcceptable(request, response, CSV);
            return;
        }
        String code = figures.group(1);
        Optional<PublicFigures> found = service.figures(code);
        if (found.isEmpty()) {
            problem(request, response, 404, "Not Found", "There is no ministerial " + code + ".");
            return;
        }
        if (csv) {
            send(request, response, CSV + ";charset=UTF-8;header=present", PublicFormats.csv(found.get()),
                    figures.group(2) == null);
        } else {
            send(request, response, JSON, PublicFormats.json(found.get()), true);
        }
    }

    /**
     * Sends the body with its ETag and Cache-Control, or 304 when the client holds it already.
     *
     * @param negotiated whether the body depends on the Accept header (Vary)
     */
    private static void send(HttpServletRequest request, HttpServletResponse response, String type, String body,
                             boolean negotiated) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(type, bytes);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (negotiated) {
            response.setHeader("Vary", "Accept");
        }
        if (response.getStatus() == 200 && matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(304);
            return;
        }
        response.setContentType(type);
        response.setContentLength(bytes.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(bytes);
        }
    }

    /** A strong ETag: the first 128 bits of the SHA-256 of the type and the body, in hex. */
    static String etag(String type, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(type.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether an If-None-Match header names this ETag (or is {@code *}); weak comparison, as RFC 9110 says. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the Accept header (none: anything) admits this type. */
    static boolean accepts(HttpServletRequest request, String type) {
        return accepts(request.getHeader("Accept"), type);
    }

    static boolean accepts(String accept, String type) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String main = type.substring(0, type.indexOf('/'));
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().replace(" ", "");
                if (parameter.equals("q=0") || parameter.matches("q=0(\\.0*)?")) {
                    refused = true;
                }
            }
            if (!refused && (media.equals(type) || media.equals("*/*") || media.equals(main + "/*"))) {
                return true;
            }
        }
        return false;
    }

    /** CSV when the Accept header names text/csv before application/json (or without it). */
    static boolean prefersCsv(String accept) {
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        int csv = lower.indexOf(CSV);
        int json = lower.indexOf(JSON);
        return csv >= 0 && (json < 0 || csv < json);
    }

    private static void notAcceptable(HttpServletRequest request, HttpServletResponse response, String types)
            throws IOException {
        problem(request, response, 406, "Not Acceptable", "The public figures are " + types + "; the request's "
                + "Accept header admits neither.");
    }

    /** A problem document (RFC 9457), not cached. */
    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                        String detail) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("type", "about:blank").write("title", title).write("status", status)
                    .write("detail", detail).writeStartArray("errors").writeEnd();
            RequestIds.current().ifPresent(id -> json.write("requestId", id));
            json.writeEnd();
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setContentLength(bytes.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(bytes);
        }
    }
}
