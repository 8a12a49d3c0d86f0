package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract check itself, without a server: on the application's own openapi.yaml, it passes documented exchanges
 * and the refusals of malformed requests, and fails an undocumented field, status, type or path.
 */
class ContractCheckTest {

    private static final OpenApiInteractionValidator VALIDATOR = ContractCheck.validatorFor(document());

    private static final String ME = "{\"username\":\"analyst\",\"role\":\"ANALYST\",\"memberState\":null}";
    private static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"There is nothing at this address.\",\"errors\":[],\"currentVersion\":null,"
            + "\"currentStatus\":null,\"requestId\":\"6dcca876\"}";

    @Test
    void aDocumentedExchangePasses() {
        assertEquals(List.of(), check("GET", "/api/me", null, 200, "application/json", ME));
    }

    @Test
    void anUndocumentedFieldFails() {
        List<String> failures = check("GET", "/api/me", null, 200, "application/json",
                ME.replace("}", ",\"password\":\"x\"}"));
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("password"), failures::toString);
    }

    @Test
    void aValueOfTheWrongTypeOrAMissingFieldFails() {
        assertEquals(1, check("GET", "/api/me", null, 200, "application/json",
                ME.replace("\"ANALYST\"", "\"CHIEF\"")).size(), "not a role");
        assertEquals(1, check("GET", "/api/me", null, 200, "application/json",
                "{\"username\":\"analyst\",\"role\":\"ANALYST\"}").size(), "memberState missing");
    }

    @Test
    void anUndocumentedStatusFails() {
        List<String> failures = check("GET", "/api/me", null, 418, "application/problem+json", NOT_FOUND);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("418"), failures::toString);
    }

    @Test
    void aMalformedRequestTheServerRefusedPassesButNotOneItAccepted() {
        String page = "{\"total\":0,\"page\":0,\"size\":50,\"items\":[]}";
        assertEquals(List.of(), check("GET", "/api/pledges?size=abc", null, 400, "application/problem+json",
                NOT_FOUND.replace("404", "400")));
        assertEquals(1, check("GET", "/api/pledges?size=abc", null, 200, "application/json", page).size(),
                "the server accepted what the document forbids");
        assertEquals(List.of(), check("GET", "/api/pledges?size=5", null, 200, "application/json", page));
    }

    @Test
    void anUndocumentedPathPassesOnlyWhenTheServerSaysThereIsNothing() {
        assertEquals(List.of(), check("GET", "/api/no-such-thing", null, 404, "application/problem+json", NOT_FOUND));
        assertEquals(1, check("GET", "/api/no-such-thing", null, 200, "application/json", "{}").size());
    }

    private static List<String> check(String method, String pathAndQuery, String body, int status,
                                      String contentType, String answer) {
        ContractCheck.Exchange exchange = new ContractCheck.Exchange(method,
                URI.create("http://localhost:8080" + pathAndQuery),
                Map.of("Accept", List.of("application/json")),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), status,
                Map.of("Content-Type", List.of(contentType)), answer.getBytes(StandardCharsets.UTF_8));
        return ContractCheck.check(exchange, VALIDATOR);
    }

    private static String document() {
        try (InputStream in = ContractCheckTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
