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
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacekeeping.pledges.it.Headers;
import org.peacekeeping.pledges.it.Sql;
import org.peacekeeping.pledges.it.TestDatabase;

/**
 * What an operator relies on, on the real WAR in Payara Micro: health, metrics, request ids in answers, problem
 * documents and error pages, a pool that survives the database dropping every connection, 503 answers and
 * readiness while the database is away, a pool bounded by PLEDGES_DB_POOL_MAX, and starts that are refused, with
 * a message and a failed exit, when the database cannot be reached, no administrator can exist or the settings
 * cannot work, and production behind HTTPS marking its cookies Secure and asking browsers for HTTPS only. Production runs on PostgreSQL, so these run in the PostgreSQL execution only (the WAR deployed by
 * Arquillian once, and a few processes of their own for the settings it cannot have).
 */
@EnabledIfSystemProperty(named = "pledges.it.database", matches = "postgresql")
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class OperationsIT {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Deployment(testable = false)
    static WebArchive application() {
        File war = new File(System.getProperty("pledges.it.war", "target/pledge-tracker.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addClass(FailingResource.class).addClass(FailingPage.class)
                .addAsWebResource(new StringAsset("<ui:composition xmlns=\"http://www.w3.org/1999/xhtml\" "
                        + "xmlns:ui=\"jakarta.faces.facelets\" template=\"/WEB-INF/templates/plain.xhtml\">"
                        + "<ui:define name=\"content\"><p>#{opsTestFailure.text}</p></ui:define></ui:composition>"),
                        "ops-test/failure.xhtml");
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

    /** A page that fails shows the error page with the request id of the answer's header, for the user to quote. */
    @Test
    void aFailingPageShowsTheRequestIdOfItsHeader() {
        HttpResponse<String> failed = get("ops-test/failure.xhtml", null, Map.of());
        String id = failed.headers().firstValue("X-Request-Id").orElse("");
        assertAll(
                () -> assertEquals(500, failed.statusCode(), failed.body()),
                () -> assertTrue(id.matches(UUID), failed.headers()::toString),
                () -> assertEquals(id, shownRequestId(failed.body()), failed.body()),
                () -> assertTrue(failed.body().contains("Something went wrong"), failed.body()),
                () -> assertFalse(failed.body().contains("secret-column-name"), "no internals reach the user"),
                () -> assertFalse(failed.body().contains("IllegalStateException"), "no class names either"));

        HttpResponse<String> quoted = get("ops-test/failure.xhtml", null, Map.of("X-Request-Id", "case-page-9"));
        assertEquals("case-page-9", shownRequestId(quoted.body()), quoted.body());
        assertEquals(Optional.of("case-page-9"), quoted.headers().firstValue("X-Request-Id"));

        HttpResponse<String> missing = get("no-such-page.xhtml", null, Map.of("X-Request-Id", "case-404-page"));
        assertEquals(404, missing.statusCode());
        assertEquals("case-404-page", shownRequestId(missing.body()), missing.body());
        assertEquals(Optional.of("case-404-page"), missing.headers().firstValue("X-Request-Id"));
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
    void whileTheDatabaseIsAwayTheInstanceIsNotReadyAndItRecoversByItself() throws Exception {
        // A browser that opened the sign-in page before the database went away (its form and session cookie).
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> signInPage = browser.send(HttpRequest.newBuilder(root().resolve("login.xhtml")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(signInPage.body());
        assertTrue(viewState.find(), signInPage.body());
        // The nonce PrimeFaces' script adds to every form of the page (from the page's Content-Security-Policy).
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(signInPage.headers()
                .firstValue("Content-Security-Policy").orElse(""));
        assertTrue(nonce.find(), signInPage.headers().toString());
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

            // The API says to try again: 503, Retry-After, a problem document quoting the request id.
            HttpResponse<String> api = get("api/pledges?size=1", "analyst", Map.of("X-Request-Id", "outage-api"));
            assertEquals(503, api.statusCode(), api.body());
            JsonObject problem = json(api.body());
            assertAll(
                    () -> assertEquals(Optional.of("application/problem+json"),
                            api.headers().firstValue("Content-Type").map(type -> type.replaceAll(";.*", ""))),
                    () -> assertEquals(Optional.of("30"), api.headers().firstValue("Retry-After")),
                    () -> assertEquals(Optional.of("outage-api"), api.headers().firstValue("X-Request-Id")),
                    () -> assertEquals(503, problem.getInt("status")),
                    () -> assertEquals("The database is not answering; try again in a minute.",
                            problem.getString("detail")),
                    () -> assertEquals("outage-api", problem.getString("requestId")));

            // A page says the same, in a page.
            HttpResponse<String> page = get("analysis/pledges.xhtml", "analyst",
                    Map.of("X-Request-Id", "outage-page"));
            assertAll(
                    () -> assertEquals(503, page.statusCode(), page.body()),
                    () -> assertEquals(Optional.of("30"), page.headers().firstValue("Retry-After")),
                    () -> assertTrue(page.body().contains("The database is not answering; try again in a minute."),
                            page.body()),
                    () -> assertEquals("outage-page", shownRequestId(page.body())),
                    () -> assertEquals(Optional.of("outage-page"), page.headers().firstValue("X-Request-Id")));

            // Signing in is not refused as if the password were wrong: the API's sign-in and the sign-in page say
            // that the database is away too.
            HttpResponse<String> session = http.send(HttpRequest.newBuilder(root().resolve("api/session"))
                    .header("Content-Type", "application/json").header("X-Request-Id", "outage-sign-in")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"analyst\",\"password\":\""
                            + "peacekeeping\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertAll(
                    () -> assertEquals(503, session.statusCode(), session.body()),
                    () -> assertEquals(Optional.of("30"), session.headers().firstValue("Retry-After")),
                    () -> assertEquals("outage-sign-in", json(session.body()).getString("requestId")));
            String form = "signInForm=signInForm&signInForm%3Ausername=analyst&signInForm%3Apassword=peacekeeping"
                    + "&signInForm%3Asubmit=&jakarta.faces.ViewState="
                    + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                    + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(root().resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Request-Id", "outage-sign-in-page").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertAll(
                    () -> assertEquals(503, signIn.statusCode(), signIn.body()),
                    () -> assertTrue(signIn.body().contains("The database is not answering; try again in a minute."),
                            signIn.body()),
                    () -> assertEquals("outage-sign-in-page", shownRequestId(signIn.body())));
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
        Refused refused = refusedStart(Map.of(
                "PLEDGES_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/pledges",
                "PLEDGES_MODE", "production", "PLEDGES_DB_STARTUP_WAIT_SECONDS", "3"));
        assertAll(
                () -> assertNotEquals(0, refused.exitValue()),
                () -> assertTrue(refused.output().contains("The Peacekeeping Pledge Tracker cannot start"),
                        refused.output()),
                () -> assertTrue(refused.output().contains("Cannot reach the database jdbc:postgresql://127.0.0.1:"),
                        refused.output()),
                () -> assertTrue(refused.output().contains(
                        "Check PLEDGES_DB_URL, PLEDGES_DB_USER and PLEDGES_DB_PASSWORD"), refused.output()));
    }

    /**
     * Production on a database without an administrator, and no PLEDGES_ADMIN_PASSWORD to create one: the
     * migrations run, then the start is refused, naming the variable. Without PLEDGES_BASE_URL it warns first.
     * In a schema of its own, created empty and dropped afterwards.
     */
    @Test
    void aProductionStartWithoutAnyAdministratorIsRefusedNamingThePasswordVariable() throws Exception {
        String schema = "ops_no_admin";
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        try {
            Refused refused = refusedStart(Map.of(
                    "PLEDGES_DB_URL", System.getenv("PLEDGES_DB_URL") + "?currentSchema=" + schema,
                    "PLEDGES_DB_USER", System.getenv("PLEDGES_DB_USER"),
                    "PLEDGES_DB_PASSWORD", System.getenv("PLEDGES_DB_PASSWORD"),
                    "PLEDGES_MODE", "production"));
            assertAll(
                    () -> assertNotEquals(0, refused.exitValue()),
                    () -> assertTrue(refused.output().contains("PLEDGES_BASE_URL is not set: notice mails carry no "
                            + "links"), refused.output()),
                    () -> assertTrue(refused.output().contains("The Peacekeeping Pledge Tracker cannot start:\n"
                            + "  - No administrator exists yet: set PLEDGES_ADMIN_PASSWORD (12 characters or more; "
                            + "PLEDGES_ADMIN_USERNAME, default admin, names it) to create the first one."),
                            refused.output()));
            assertTrue(Sql.column(() -> connect(schema), "SELECT COUNT(*) FROM flyway_schema_history "
                    + "WHERE success").get(0).matches("[1-9][0-9]*"), "the migrations ran before the refusal");
        } finally {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** Settings that cannot work are refused before anything touches the database, every one named. */
    @Test
    void unusablePoolSizesAndBaseUrlAreRefusedTogether() throws Exception {
        Refused refused = refusedStart(Map.of(
                "PLEDGES_DB_URL", "jdbc:postgresql://127.0.0.1:" + freePort() + "/pledges",
                "PLEDGES_MODE", "production", "PLEDGES_DB_POOL_MIN", "8", "PLEDGES_DB_POOL_MAX", "4",
                "PLEDGES_BASE_URL", "pledges.example.org"));
        assertAll(
                () -> assertNotEquals(0, refused.exitValue()),
                () -> assertTrue(refused.output().contains(
                        "  - PLEDGES_DB_POOL_MIN (8) must not be more than PLEDGES_DB_POOL_MAX (4).\n"), refused.output()),
                () -> assertTrue(refused.output().contains("  - PLEDGES_BASE_URL must be the absolute http or https "
                        + "address users open the application at"), refused.output()),
                () -> assertFalse(refused.output().contains("Cannot reach the database"),
                        "refused before trying the database"));
    }

    /**
     * PLEDGES_DB_POOL_MAX=3 on an instance of its own (its connections named in pg_stat_activity through the URL):
     * twelve clients at once are all served, by never more than three PostgreSQL connections.
     */
    @Test
    void aPoolLimitedToThreeNeverOpensAFourthConnectionUnderParallelRequests() throws Exception {
        String name = "pledges-pool-3";
        Path log = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir", "target")), "pool-", ".log");
        int port = freePort();
        Process payara = startPayara(Map.of(
                "PLEDGES_DB_URL", System.getenv("PLEDGES_DB_URL") + "?ApplicationName=" + name,
                "PLEDGES_DB_USER", System.getenv("PLEDGES_DB_USER"),
                "PLEDGES_DB_PASSWORD", System.getenv("PLEDGES_DB_PASSWORD"),
                "PLEDGES_MODE", "demo", "PLEDGES_DB_POOL_MAX", "3"), port, log);
        try {
            URI instance = URI.create("http://127.0.0.1:" + port + "/");
            awaitReady(payara, instance, log);
            assertTrue(Files.readString(log).contains("Connection pool: 2 to 3 connections"), "the log says so");
            // One signed-in request first: the analyst's password is then verified and remembered (PBKDF2, with its
            // sign-in bookkeeping under a row lock), so the twelve clients measure the pool, not twelve first
            // sign-ins of one account queueing for that row on three connections (which took over 15 s, the pool's
            // wait, on a machine loaded to 25).
            assertEquals(200, get(instance.resolve("api/me"), "analyst", Map.of()).statusCode());

            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger peak = new AtomicInteger();
            Thread sampler = new Thread(() -> {
                while (loading.get()) {
                    peak.accumulateAndGet(Integer.parseInt(Sql.column(OperationsIT::connect,
                            "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = '" + name + "'")
                            .get(0)), Math::max);
                }
            }, "pool-sampler");
            sampler.start();
            List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
            List<Thread> clients = new ArrayList<>();
            for (int client = 0; client < 12; client++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 6; i++) {
                        statuses.add(get(instance.resolve("api/pledges?size=50&sort=-updatedAt"), "analyst",
                                Map.of()).statusCode());
                    }
                });
                clients.add(thread);
                thread.start();
            }
            for (Thread client : clients) {
                client.join(300_000);
            }
            loading.set(false);
            sampler.join();
            assertAll(
                    () -> assertEquals(72, statuses.size()),
                    () -> assertTrue(statuses.stream().allMatch(status -> status == 200), statuses::toString),
                    () -> assertEquals(3, peak.get(), "connections at most (and reached under this load)"));
        } finally {
            payara.destroy();
            if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    /**
     * Production behind a TLS proxy (PLEDGES_BASE_URL https, the instance itself on plain http, as the proxy talks
     * to it): both session cookies are Secure (and still HttpOnly, SameSite=Lax), every answer carries
     * Strict-Transport-Security, and none names the server. On the demo-seeded database of this run.
     */
    @Test
    void productionBehindHttpsMarksCookiesSecureAndAsksBrowsersForHttpsOnly() throws Exception {
        Path log = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir", "target")), "https-", ".log");
        int port = freePort();
        Process payara = startPayara(Map.of(
                "PLEDGES_DB_URL", System.getenv("PLEDGES_DB_URL"),
                "PLEDGES_DB_USER", System.getenv("PLEDGES_DB_USER"),
                "PLEDGES_DB_PASSWORD", System.getenv("PLEDGES_DB_PASSWORD"),
                "PLEDGES_MODE", "production", "PLEDGES_BASE_URL", "https://pledges.example.org/"), port, log);
        try {
            URI instance = URI.create("http://127.0.0.1:" + port + "/");
            awaitReady(payara, instance, log);
            HttpResponse<String> page = get(instance.resolve("login.xhtml"), null, Map.of());
            assertEquals(200, page.statusCode(), page.body());
            Headers.assertSessionCookies(page, true);
            HttpResponse<String> session = http.send(HttpRequest.newBuilder(instance.resolve("api/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"analyst\",\"password\":\""
                            + "peacekeeping\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, session.statusCode(), session.body());
            Headers.assertSessionCookies(session, true);

            List<HttpResponse<String>> answers = List.of(page, session,
                    get(instance.resolve("api/me"), "analyst", Map.of()),
                    get(instance.resolve("jakarta.faces.resource/core.js.xhtml?ln=primefaces"), null, Map.of()),
                    get(instance.resolve("no/such/address"), null, Map.of()));
            for (HttpResponse<String> answer : answers) {
                String what = answer.request().uri() + " " + answer.headers().map();
                assertAll(
                        () -> assertEquals(List.of("max-age=31536000; includeSubDomains"),
                                answer.headers().allValues("Strict-Transport-Security"), what),
                        () -> assertEquals(List.of(), answer.headers().allValues("Server"), what));
            }
        } finally {
            payara.destroy();
            if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
            Files.deleteIfExists(log);
        }
    }

    // --- helpers: a plain HTTP client and a JDBC connection, as an operator's tools would use them

    /** What a refused start printed and how the process ended. */
    private record Refused(int exitValue, String output) {
    }

    /** Starts Payara Micro with the WAR and these settings only, and waits for it to end by itself. */
    private static Refused refusedStart(Map<String, String> environment) throws Exception {
        Path log = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir", "target")), "refused-", ".log");
        Process payara = startPayara(environment, freePort(), log);
        try {
            // A guard against a hang, not a speed check: a start takes 15 to 60 s on a busy machine.
            assertTrue(payara.waitFor(240, TimeUnit.SECONDS), "the refused start did not end the process");
            return new Refused(payara.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            payara.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    /** A Payara Micro process with the WAR at / and no PLEDGES_ settings but these, as an operator starts one. */
    private static Process startPayara(Map<String, String> environment, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-XX:TieredStopAtLevel=1", "-Xmx512m", "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-jar", System.getProperty("payara.microJar"), "--nocluster", "--port", Integer.toString(port),
                "--deploy", System.getProperty("pledges.it.war"), "--contextroot", "/",
                // Payara Micro set up as the dist uber-jar carries it (no Server header).
                "--prebootcommandfile", System.getProperty("pledges.it.prebootcommands")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PLEDGES_"));
        // Production needs a virus scanner address (SPEC §9); these instances upload nothing, so the tests' one will do.
        builder.environment().put("PLEDGES_CLAMD_ADDRESS",
                System.getenv().getOrDefault("PLEDGES_CLAMD_ADDRESS", "127.0.0.1:3310"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Waits until the instance is ready (its migrations ran and the database answers). */
    private void awaitReady(Process payara, URI instance, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!payara.isAlive()) {
                throw new AssertionError("the instance ended with " + payara.exitValue() + ":\n"
                        + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(instance.resolve("health/ready")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the instance was not ready within 240 s:\n" + Files.readString(log));
    }

    /** The request id an error page shows for the user to quote. */
    private static String shownRequestId(String page) {
        Matcher shown = Pattern.compile("<code id=\"request-id\">([^<]*)</code>").matcher(page);
        return shown.find() ? shown.group(1) : "(no request id on the page)";
    }

    private HttpResponse<String> get(String path, String user, Map<String, String> headers) {
        return get(root().resolve(path), user, headers);
    }

    private HttpResponse<String> get(URI address, String user, Map<String, String> headers) {
        String path = address.getPath();
        HttpRequest.Builder request = HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(120));
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

    private static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(System.getenv("PLEDGES_DB_URL") + "?currentSchema=" + schema,
                System.getenv("PLEDGES_DB_USER"), System.getenv("PLEDGES_DB_PASSWORD"));
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
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
