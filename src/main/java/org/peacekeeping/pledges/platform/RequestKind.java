package org.peacekeeping.pledges.platform;

import java.util.Optional;

/**
 * What a request is, for the metrics: a few kinds (never the raw path, which would make a series per pledge id)
 * and, for the workbook downloads and the form upload, which export it is. Plain Java, tested without a container.
 *
 * @param kind   {@code api}, {@code page}, {@code resource} (scripts, styles, images), {@code operations} (health,
 *               metrics, OpenAPI: Payara serves them inside the application at the root) or {@code other}
 * @param export {@code ministerial-summary}, {@code register}, {@code pledge-form} or {@code pledge-form-upload};
 *               {@code null} for everything else
 */
public record RequestKind(String kind, String export) {

    /** Classifies a request by its method and its path inside the application (starting with {@code /}). */
    public static RequestKind of(String method, String path) {
        String normalized = path == null || path.isEmpty() ? "/" : path;
        if (normalized.startsWith("/api/")) {
            return new RequestKind("api", export(method, stripTrailingSlash(normalized.substring("/api".length()))));
        }
        if (normalized.matches("/(health|metrics|openapi)(/.*)?")) {
            return new RequestKind("operations", null);
        }
        if (normalized.startsWith("/jakarta.faces.resource/") || normalized.startsWith("/resources/")) {
            return new RequestKind("resource", null);
        }
        if (normalized.endsWith(".xhtml") || normalized.endsWith("/")) {
            return new RequestKind("page", null);
        }
        return new RequestKind("other", null);
    }

    public Optional<String> exportName() {
        return Optional.ofNullable(export);
    }

    private static String export(String method, String apiPath) {
        boolean get = "GET".equalsIgnoreCase(method);
        return switch (apiPath) {
            case "/reports/ministerial-summary" -> get ? "ministerial-summary" : null;
            case "/reports/register" -> get ? "register" : null;
            case "/pledge-form" -> get ? "pledge-form" : "POST".equalsIgnoreCase(method) ? "pledge-form-upload" : null;
            default -> null;
        };
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** {@code 2xx}, {@code 3xx}, {@code 4xx} or {@code 5xx}: the status tag, few values by design. */
    public static String statusClass(int status) {
        return status < 100 || status > 599 ? "5xx" : (status / 100) + "xx";
    }
}
