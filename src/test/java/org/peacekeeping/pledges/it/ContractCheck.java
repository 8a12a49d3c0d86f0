package org.peacekeeping.pledges.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The contract check (issue 17): every request a container test makes to {@code /api/…} through {@link Api}, and
 * the answer it gets, is validated against the OpenAPI document the same server serves at {@code /openapi}, with
 * Atlassian's OpenAPI validator. After each test, a test whose exchanges the document does not describe fails,
 * listing them: an undocumented path, method or status, an answer field the schema does not name, a value of the
 * wrong type or format, a missing required field.
 * <p>
 * A request the document calls invalid is fine when the server refused it too (any 4xx: the tests probe malformed
 * requests on purpose), but the answer to it must still be documented; an undocumented path is fine only when the
 * server says 404, an undocumented method only with 405; a body sent to an operation that takes none is ignored by
 * the API and here, and an {@code Accept} for JSON is fine on an answer without a body (204). Any other request the
 * document calls invalid that the server accepted (2xx) fails: the document is stricter than the server.
 * <p>
 * Registered for every test class through {@code junit-platform.properties} (extension auto-detection); tests
 * without exchanges are not touched. {@code -Dpledges.contract.check=false} turns it off. Each document fetched is
 * also written to {@code target/openapi.json}, which CI lints with Redocly (.ci/run).
 */
public final class ContractCheck implements AfterEachCallback {

    /** One request and its answer, as the client sent and read them. */
    record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] requestBody,
                    int status, Map<String, List<String>> responseHeaders, byte[] responseBody) {
    }

    private static final List<Exchange> RECORDED = new ArrayList<>();
    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty("pledges.contract.check", "true"));
    }

    /** Records one exchange with the API (anything else, pages and operations endpoints, is not the contract). */
    static void record(Exchange exchange) {
        String path = exchange.uri().getRawPath();
        if (enabled() && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/public/api/"))) {
            synchronized (RECORDED) {
                RECORDED.add(exchange);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Exchange> exchanges;
        synchronized (RECORDED) {
            exchanges = List.copyOf(RECORDED);
            RECORDED.clear();
        }
        if (exchanges.isEmpty()) {
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Exchange exchange : exchanges) {
            failures.addAll(check(exchange));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("The OpenAPI document (/openapi) does not describe " + failures.size()
                    + " of this test's " + exchanges.size() + " exchanges with the API:\n"
                    + failures.stream().limit(25).collect(Collectors.joining("\n")));
        }
    }

    /** What is wrong with one exchange, one line each; empty when the document describes it. */
    static List<String> check(Exchange exchange) {
        return check(exchange, validator(exchange.uri()));
    }

    static List<String> check(Exchange exchange, OpenApiInteractionValidator validator) {
        ValidationReport report = validator.validate(request(exchange), response(exchange));
        List<String> failures = new ArrayList<>();
        boolean refused = exchange.status() >= 400 && exchange.status() < 500;
        boolean bodyless = exchange.responseBody() == null || exchange.responseBody().length == 0;
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR
                    || tolerated(message.getKey(), exchange.status(), refused, bodyless)) {
                continue;
            }
            failures.add("  " + exchange.method() + " " + exchange.uri().getRawPath()
                    + (exchange.uri().getRawQuery() == null ? "" : "?" + exchange.uri().getRawQuery())
                    + " -> " + exchange.status() + ": [" + message.getKey() + "] "
                    + message.getMessage().replace('\n', ' '));
        }
        return failures;
    }

    /** The exceptions of the class comment. */
    static boolean tolerated(String key, int status, boolean refused, boolean bodyless) {
        switch (key) {
            case "validation.request.path.missing":
                return status == 404;
            case "validation.request.operation.notAllowed":
                return status == 405;
            case "validation.request.accept.notAllowed":
                // An Accept for JSON on an answer without a body (204): nothing was sent it could not read.
                return refused || bodyless;
            case "validation.request.body.unexpected":
                // A body sent where an operation takes none (the tests post {}): the API ignores it.
                return true;
            default:
                return key.startsWith("validation.request.") && refused;
        }
    }

    private static OpenApiInteractionValidator validator(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return VALIDATORS.computeIfAbsent(origin, ContractCheck::load);
    }

    /** The document the server under test serves (a new server per test class: a new origin). */
    private static OpenApiInteractionValidator load(String origin) {
        String document;
        try {
            HttpResponse<String> served = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/openapi"))
                            .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (served.statusCode() != 200) {
                throw new AssertionError("GET " + origin + "/openapi answered " + served.statusCode() + ": "
                        + served.body());
            }
            document = served.body();
        } catch (IOException e) {
            throw new UncheckedIOException("No OpenAPI document from " + origin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
        export(document);
        return validatorFor(document);
    }

    /** The validator of a document, as the check uses it. */
    static OpenApiInteractionValidator validatorFor(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                // Who may call what is the server's to enforce and the tests' to check; the session cookie, kept by
                // the client's cookie store, is not among the recorded headers.
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** Writes the document where CI lints it. */
    static void export(String document) {
        Path target = Path.of(System.getProperty("pledges.it.openapi.export", "target/openapi.json"));
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.writeString(target, document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + target, e);
        }
    }

    private static SimpleRequest request(Exchange exchange) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.method(), exchange.uri().getRawPath());
        query(exchange.uri().getRawQuery()).forEach(request::withQueryParam);
        exchange.requestHeaders().forEach(request::withHeader);
        if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
            request.withBody(exchange.requestBody());
        }
        return request.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(response::withHeader);
        String contentType = exchange.responseHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(header -> header.getValue().stream()).findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (exchange.responseBody() != null && exchange.responseBody().length > 0) {
            // Bodies the schema can read; a workbook is checked for its media type only.
            response.withBody(contentType.contains("json") ? new String(exchange.responseBody(),
                    StandardCharsets.UTF_8) : "binary");
        }
        return response.build();
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
        }
        return parameters;
    }
}
