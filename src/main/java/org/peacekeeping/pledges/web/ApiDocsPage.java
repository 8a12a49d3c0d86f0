package org.peacekeeping.pledges.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code /api-docs}: the OpenAPI document ({@code /openapi}) in Swagger UI, for client developers; open to anyone,
 * like the document. Swagger UI comes from its webjar (the container serves the jar's {@code META-INF/resources}
 * at {@code /webjars/swagger-ui/<version>/}), nothing from a CDN; this page only names the version on the class
 * path and loads {@code api-docs/swagger-initializer.js}, which starts it: no inline script, so the page runs under
 * {@link ContentSecurityPolicy#DOCS}.
 */
@WebServlet(name = "apiDocs", urlPatterns = "/api-docs")
public class ApiDocsPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The Swagger UI webjar's version, read from the jar itself (so that the pom alone decides it). */
    static final String SWAGGER_UI_VERSION = webjarVersion();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String root = request.getContextPath();
        String ui = root + "/webjars/swagger-ui/" + SWAGGER_UI_VERSION + "/";
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Peacekeeping Pledge Tracker API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <main id="swagger-ui" data-document="%2$s/openapi"></main>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script src="%2$s/api-docs/swagger-initializer.js"></script>
                </body>
                </html>
                """.formatted(ui, root));
    }

    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = ApiDocsPage.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The Swagger UI webjar is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }
}
