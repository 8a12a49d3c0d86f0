package org.peacekeeping.pledges.it.ops;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacekeeping.pledges.it.Sql;
import org.peacekeeping.pledges.it.TestDatabase;

/**
 * What an operator relies on, on the real WAR in Payara Micro: health, metrics, request ids in answers and
 * errors, a pool that survives the database dropping every connection, readiness while the database is away, and
 * a start that is refused, with a message and a failed exit, when the database cannot be reached. Production runs
 * on PostgreSQL, so these run in the PostgreSQL execution only: one Payara start per build, not two.
 */
@EnabledIfSystemProperty(named = "pledges.it.database", matches = "postgresql")
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class OperationsIT {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Deployment(testable = false)
    static WebArchive application() {
        File war = new File(System.getProperty("pledges.it.war", "target/pledge-tracker.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addClass(FailingResource.class);
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyAnswerCarriesTheCallersRequestIdOrAFreshOne() {
        HttpResponse<String> quoted = get("api/me", "analyst", Map.of("X-Request-Id", "lb-4711"));
        assertEquals(200, quoted.statusCode(), quoted.body());
        assertEquals(Optional.of("lb-4711"), quoted.headers().firstValue("X-Request-Id"));

        HttpResponse<String> fresh = get("api/me", "analyst", Map.of());
        assertTrue(fresh.headers().firstValue("X-Request-Id").orElse("").matches(UUID), fresh.headers()::toString);

        HttpResponse<String> unsafe = get("login.xhtml", null, Map.of("X-Request-Id", "two words"));
        String replaced = unsafe.headers().firstValue("X-Request-Id").orElse("");
        assertTrue(replaced.matches(UUID), "an id that is not a plain token is replaced, not echoed: " + replaced);
    }

    @Test
    void anUnexpectedErrorAnswersAProblemDocumentQuotingTheRequestId() {
        HttpResponse<String> failed = get("api/ops-test/failure", "analyst", Map.of("X-Request-Id", "case-2026-17"));
        assertEquals(500, failed.statusCode(), failed.body());
        assertEquals(Optional.of("application/problem+json"), failed.headers().firstValue("Content-Type"));
        JsonObject problem = json(failed.body());
        assertAll(
                () -> assertEquals("case-2026-17", problem.getString("requestId")),
                () -> assertEquals(500, problem.getInt("status")),
                () -> assertTrue(problem.getString("detail").contains("Quote incident case-2026-17"),
                        problem.getString("detail")),
                () -> assertFalse(failed.body().contains("secret-table-name"), "no internals reach the user"),
                () -> assertFalse(failed.body().contains("IllegalStateException"), "no class names either"),
                () -> assertEquals(Optional.of("case-2026-17"), failed.headers().firstValue("X-Request-Id")));

        HttpResponse<String> refused = get("api/pledges/987654321", "analyst", Map.of("X-Request-Id", "case-404"));
        assertEquals(404, refused.statusCode());
        assertEquals("case-404", json(refused.body()).getString("requestId"), "refusals quote it too");
    }

    @Test
    void livenessAndReadinessAreUpOnTheMigratedDatabase() {
        HttpResponse<String> live = get("health/live", null, Map.of());
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live.body()).getString("status"));
        HttpResponse<String> ready = get("health/ready", null, Map.of());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject database = json(ready.body()).getJsonArray("checks").getJsonObject(0);
        assertEquals("database", database.getString("name"));
        assertEquals("true", database.getJsonObject("data").getString("migrated"));
    }

    @Test
    void metricsCountRequestsTimeExportsAndCountPledgesByStatusLikeTheDatabase() {
        double before = metric(metrics(), "pledges_requests_total", Map.of("kind", "api", "status", "2xx"))
                .orElse(0.0);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get("api/pledges?size=1", "analyst", Map.of()).statusCode());
        }
        HttpResponse<String> register = get("api/reports/register?status=APPROVED", "analyst", Map.of());
        assertEquals(200, register.statusCode());
        assertEquals(404, get("api/pledges/987654322", "analyst", Map.of()).statusCode());

        String metrics = metrics();
        assertAll(
                () -> assertTrue(metric(metrics, "pledges_requests_total", Map.of("kind", "api", "status", "2xx"))
                        .orElseThrow() >= before + 4, metrics),
                () -> assertTrue(metric(metrics, "pledges_requests_total", Map.of("kind", "api", "status", "4xx"))
                        .orElseThrow() >= 1, metrics),
                () -> assertTrue(metric(metrics, "pledges_export_duration_seconds_count", Map.of("export", "register"))
                        .orElseThrow() >= 1, metrics),
                () -> assertTrue(metric(metrics, "pledges_export_duration_seconds_sum", Map.of("export", "register"))
                        .orElseThrow() > 0, metrics),
                () -> assertTrue(metric(metrics, "pledges_request_duration_seconds_count", Map.of("kind", "api"))
                        .orElseThrow() >= 5, metrics));

        Map<String, Long> byStatus = new HashMap<>();
        for (String row : column("SELECT status || '=' || COUNT(*) FROM pledge GROUP BY status")) {
            byStatus.put(row.substring(0, row.indexOf('=')), Long.parseLong(row.substring(row.indexOf('=') + 1)));
        }
        for (String status : List.of("DRAFT", "SUBMITTED", "UNDER_REVIEW", "RETURNED", "APPROVED", "REJECTED",
                "LAPSED", "WITHDRAWN")) {
            assertEquals(byStatus.getOrDefault(status, 0L).doubleValue(),
                    metric(metrics, "pledges_pledges", Map.of("status", status)).orElseThrow(), status);
        }
        assertTrue(byStatus.values().stream().mapToLong(Long::longValue).sum() > 0, "the demo set is there");
    }

    /**
     * PostgreSQL restarts, a failover or an idle-connection reaper cut every connection of the pool. The next
     * requests must succeed (the pool validates connections and replaces them), and readiness stays up.
     */
    @Test
    void requestsSucceedRightAfterTheDatabaseDroppedEveryConnection() throws SQLException {
        assertEquals(200, get("api/pledges?size=1", "analyst", Map.of()).statusCode());
        assertTrue(terminateApplicationConnections() >= 1, "the application held connections");

        HttpResponse<String> list = get("api/pledges?size=1", "analyst", Map.of());
        assertEquals(200, list.statusCode(), list.body());
        HttpResponse<String> signIn = get("api/me", "fp.ghana", Map.of());
        assertEquals(200, signIn.statusCode(), signIn.body());
        assertEquals(200, get("health/ready", null, Map.of()).statusCode());
    }

    /**
     * The database away (here: connections refused for this database only, as the shared server must keep
     * running): readiness says DOWN so a load balancer takes the instance out, liveness stays UP so nothing
     * restarts it, and once the database is back the same instance answers again, with no restart.
     */
    @Test
    void whileTheDatabaseIsAwayTheInstanceIsNotReadyAndItRecoversByItself() throws SQLException {
        try {
            try (Connection held = connect()) { // opened before the door closes, to end the others after
                allowConnections(false);
                try (Statement sql = held.createStatement()) {
                    sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                            + "current_database() AND application_name = 'pledge-tracker'");
                }
            }
            HttpResponse<String> ready = get("health/ready", null, Map.of());
            assertEquals(503, ready.statusCode(), ready.body());
            assertEquals("DOWN", json(ready.body()).getString("status"));
            assertEquals(200, get("health/live", null, Map.of()).statusCode());
            // The answer is an error (or, when signing in itself fails, a dropped connection): never a success.
            assertNotEquals(200, statusOrMinusOne("api/pledges?size=1", "analyst"));
        } finally {
            allowConnections(true);
        }
        HttpResponse<String> list = get("api/pledges?size=1", "analyst", Map.of());
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(200, get("health/ready", null, Map.of()).statusCode());
    }

    /**
     * A production start against a database that does not answer waits briefly, then ends the process with a
     * failed exit status and a message that names the database and the variables to check.
     */
    @Test
    void aStartWithoutItsDatabaseIsRefusedWithAMessageAndAFailedExit() throws Exception {
        Path log = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir", "target")), "refused-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-jar", System.getProperty("payara.microJar"), "--nocluster", "--port", Integer.toString(freePort()),
                "--deploy", System.getProperty("pledges.it.war"), "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PLEDGES_"));
        builder.environment().put("PLEDGES_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/pledges");
        builder.environment().put("PLEDGES_MODE", "production");
        builder.environment().put("PLEDGES_DB_STARTUP_WAIT_SECONDS", "3");
        Process payara = builder.start();
        try {
            // A guard against a hang, not a speed check: a start takes 15 to 60 s on a busy machine.
            assertTrue(payara.waitFor(240, TimeUnit.SECONDS), "the refused start did not end the process");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertAll(
                    () -> assertNotEquals(0, payara.exitValue()),
                    () -> assertTrue(output.contains("The Peacekeeping Pledge Tracker cannot start"), output),
                    () -> assertTrue(output.contains("Cannot reach the database jdbc:postgresql://127.0.0.1:"), output),
                    () -> assertTrue(output.contains("Check PLEDGES_DB_URL, PLEDGES_DB_USER and PLEDGES_DB_PASSWORD"),
                            output));
        } finally {
            payara.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    // --- helpers: a plain HTTP client and a JDBC connection, as an operator's tools would use them

    private HttpResponse<String> get(String path, String user, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root().resolve(path)).timeout(Duration.ofSeconds(120));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":peacekeeping").getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The status of a GET, or -1 when the server closed the connection without an answer. */
    private int statusOrMinusOne(String path, String user) {
        try {
            return get(path, user, Map.of()).statusCode();
        } catch (AssertionError dropped) {
            if (dropped.getCause() instanceof IOException) {
                return -1;
            }
            throw dropped;
        }
    }

    private URI root() {
        return URI.create(base.toString()).resolve("/");
    }

    private String metrics() {
        HttpResponse<String> metrics = get("metrics?scope=application", null, Map.of("Accept", "text/plain"));
        assertEquals(200, metrics.statusCode(), metrics.body());
        return metrics.body();
    }

    /** The value of one Prometheus sample whose labels include these. */
    static Optional<Double> metric(String exposition, String name, Map<String, String> labels) {
        Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = sample.matcher(exposition);
        while (matcher.find()) {
            String found = matcher.group(1);
            if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
                return Optional.of(Double.parseDouble(matcher.group(2)));
            }
        }
        return Optional.empty();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("PLEDGES_DB_URL"), System.getenv("PLEDGES_DB_USER"),
                System.getenv("PLEDGES_DB_PASSWORD"));
    }

    /** Ends every connection of the application's pool, as a database restart would. */
    private static int terminateApplicationConnections() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND application_name = 'pledge-tracker' "
                     + "AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Lets or stops new connections to the test database (its owner may), through the server's own database. */
    private static void allowConnections(boolean allowed) throws SQLException {
        String url = System.getenv("PLEDGES_DB_URL");
        String database = url.substring(url.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/')) + "/postgres",
                System.getenv("PLEDGES_DB_USER"), System.getenv("PLEDGES_DB_PASSWORD"));
             Statement sql = connection.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS " + allowed);
        }
    }

    private static List<String> column(String query) {
        return Sql.column(OperationsIT::connect, query);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
