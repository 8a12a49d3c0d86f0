package org.peacekeeping.pledges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.RestApplication;
import org.peacekeeping.pledges.publication.web.PublicFiguresServlet;

/**
 * The OpenAPI document cannot drift from the resource classes, before any server runs: the operations
 * {@code META-INF/openapi.yaml} describes are exactly those of the classes it stands for (the ones excluded from
 * scanning in microprofile-config.properties), and every operation of every other resource class, which MicroProfile
 * OpenAPI scans, has an {@code @Operation} with an operationId and a summary and says its answers with
 * {@code @APIResponse}, a success with a body saying what the body is. What the operations answer is checked against real exchanges by the container tests
 * (it.ContractCheck).
 */
class OpenApiDocumentTest {

    private static final String ROOT = "org.peacekeeping.pledges";
    private static final String EXCLUDED = "mp.openapi.scan.exclude.classes";

    /** One operation: {@code GET /api/pledges/{id}}. */
    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final List<Class<?>> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT).stream()
            .filter(type -> type.isAnnotatedWith(Path.class)).map(JavaClass::reflect)
            .sorted((a, b) -> a.getName().compareTo(b.getName())).collect(Collectors.toList());

    @Test
    void theStaticDocumentParsesAsOpenApi3() {
        SwaggerParseResult parsed = parsedDocument();
        assertEquals(List.of(), parsed.getMessages(), "openapi.yaml parses without complaint");
        assertTrue(parsed.getOpenAPI().getOpenapi().startsWith("3."));
    }

    @Test
    void theStaticDocumentDescribesExactlyTheOperationsOfTheClassesItStandsFor() {
        Set<String> excluded = excludedClasses();
        Set<String> known = RESOURCES.stream().map(Class::getName).collect(Collectors.toSet());
        assertEquals(Set.of(), difference(excluded, known),
                EXCLUDED + " names only resource classes that exist");
        Set<Endpoint> implemented = new TreeSet<>();
        RESOURCES.stream().filter(type -> excluded.contains(type.getName()))
                .forEach(type -> implemented.addAll(endpoints(type).keySet()));
        Set<Endpoint> documented = documentedEndpoints();
        Set<Endpoint> servlet = new TreeSet<>();
        documented.removeIf(endpoint -> endpoint.path().startsWith("/public/") && servlet.add(endpoint));
        assertEquals(PublicFiguresServlet.OPERATIONS.stream().sorted().toList(),
                servlet.stream().map(Endpoint::toString).toList(),
                "openapi.yaml describes the public figures' servlet's operations, no more and no fewer");
        assertAll("openapi.yaml and the excluded classes",
                () -> assertEquals(Set.of(), difference(implemented, documented),
                        "operations of excluded classes that openapi.yaml does not describe (describe them there)"),
                () -> assertEquals(Set.of(), difference(documented, implemented),
                        "operations openapi.yaml describes that no excluded class implements (a scanned class "
                                + "would document them twice; a removed one not at all)"));
    }

    @Test
    void theClassesTheFileDescribesCarryNoOpenApiAnnotationsThatWouldBeIgnored() {
        Set<String> excluded = excludedClasses();
        List<String> ignored = new ArrayList<>();
        for (Class<?> type : RESOURCES) {
            if (!excluded.contains(type.getName())) {
                continue;
            }
            if (type.isAnnotationPresent(Tag.class)) {
                ignored.add(type.getSimpleName() + ": @Tag");
            }
            endpoints(type).forEach((endpoint, method) -> {
                if (method.isAnnotationPresent(Operation.class) || answers(method).size() > 0) {
                    ignored.add(type.getSimpleName() + "." + method.getName() + " (" + endpoint + ")");
                }
            });
        }
        assertEquals(List.of(), ignored, "not scanned (" + EXCLUDED + "): describe these in openapi.yaml");
    }

    @Test
    void everyScannedOperationHasAnOperationIdASummaryAndItsAnswers() {
        Set<String> excluded = excludedClasses();
        List<String> missing = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        parsedDocument().getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operationIds.put(operation.getOperationId(), method + " " + path)));
        for (Class<?> type : RESOURCES) {
            if (excluded.contains(type.getName())) {
                continue;
            }
            endpoints(type).forEach((endpoint, method) -> {
                Operation operation = method.getAnnotation(Operation.class);
                String where = type.getSimpleName() + "." + method.getName() + " (" + endpoint + ")";
                if (operation == null || operation.operationId().isBlank() || operation.summary().isBlank()) {
                    missing.add(where + ": @Operation(operationId = …, summary = …)");
                } else {
                    String other = operationIds.put(operation.operationId(), endpoint.toString());
                    if (other != null) {
                        missing.add(where + ": operationId '" + operation.operationId() + "' also names " + other);
                    }
                }
                List<APIResponse> answers = answers(method);
                if (answers.isEmpty()) {
                    missing.add(where + ": @APIResponse for each status it answers");
                }
                answers.stream().filter(answer -> answer.responseCode().startsWith("2")
                                && !answer.responseCode().equals("204") && answer.content().length == 0)
                        .forEach(answer -> missing.add(where + ": the content of its " + answer.responseCode()
                                + " (@Content with a schema, e.g. @Schema(ref = \"Pledge\") of openapi.yaml)"));
            });
        }
        assertEquals(List.of(), missing, "scanned operations document themselves");
    }

    @Test
    void everyOperationOfTheStaticDocumentHasAnOperationIdASummaryAndAnAnswer() {
        List<String> missing = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        parsedDocument().getOpenAPI().getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> {
                    if (operation.getOperationId() == null || operation.getSummary() == null
                            || operation.getResponses() == null || operation.getResponses().isEmpty()) {
                        missing.add(method + " " + path);
                    } else if (!operationIds.add(operation.getOperationId())) {
                        missing.add(method + " " + path + ": operationId " + operation.getOperationId() + " twice");
                    }
                }));
        assertEquals(List.of(), missing);
    }

    /** The method's {@code @APIResponse}s, one, repeated or in {@code @APIResponses}. */
    private static List<APIResponse> answers(Method method) {
        return List.of(method.getAnnotationsByType(APIResponse.class));
    }

    private static void assertAll(String heading, org.junit.jupiter.api.function.Executable... checks) {
        org.junit.jupiter.api.Assertions.assertAll(heading, checks);
    }

    private static <T extends Comparable<T>> Set<T> difference(Set<T> left, Set<T> right) {
        Set<T> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }

    /** The operations a resource class implements, each with its Java method. */
    static Map<Endpoint, Method> endpoints(Class<?> type) {
        String base = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value() + "/"
                + type.getAnnotation(Path.class).value();
        Map<Endpoint, Method> endpoints = new TreeMap<>();
        for (Method method : type.getMethods()) {
            String verb = Arrays.stream(method.getAnnotations()).map(Annotation::annotationType)
                    .filter(annotation -> annotation.isAnnotationPresent(HttpMethod.class))
                    .map(annotation -> annotation.getAnnotation(HttpMethod.class).value()).findFirst().orElse(null);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            endpoints.put(new Endpoint(verb.toUpperCase(Locale.ROOT), template(base + "/" + (sub == null ? ""
                    : sub.value()))), method);
        }
        return endpoints;
    }

    /** A JAX-RS path as OpenAPI writes it: single slashes, none at the end, {@code {id: [0-9]+}} as {@code {id}}. */
    static String template(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static Set<Endpoint> documentedEndpoints() {
        Set<Endpoint> documented = new TreeSet<>();
        OpenAPI document = parsedDocument().getOpenAPI();
        document.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach((PathItem.HttpMethod method) -> documented.add(new Endpoint(method.name(), path))));
        return documented;
    }

    private static SwaggerParseResult parsedDocument() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(resource("META-INF/openapi.yaml"));
        assertNotNull(parsed.getOpenAPI(), "openapi.yaml parses: " + parsed.getMessages());
        return parsed;
    }

    static Set<String> excludedClasses() {
        Properties config = new Properties();
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader()
                .getResourceAsStream("META-INF/microprofile-config.properties")) {
            config.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.stream(config.getProperty(EXCLUDED, "").split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String resource(String name) {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
