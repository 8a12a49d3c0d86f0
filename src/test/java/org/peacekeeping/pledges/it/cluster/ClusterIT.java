package org.peacekeeping.pledges.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacekeeping.pledges.it.Sql;
import org.peacekeeping.pledges.it.TestDatabase;
import org.peacekeeping.pledges.it.WebhookReceiver;

/**
 * Two instances of the real WAR in one data-grid cluster on loopback, in front of one PostgreSQL (SPEC §7): they
 * start together on an empty schema (an upgrade: one migrates, one seeds), run the renewal schedule once per slot
 * between them, lapse each overdue pledge once when both run it at the same moment, and carry a signed-in user's
 * session, page and API, over to the other instance when theirs dies.
 *
 * <p>Runs in the PostgreSQL leg of {@code mvn verify} only: H2 is the one-instance embedded database. The instances
 * use a schema of their own in the test database, created empty first and dropped at the end.
 */
@EnabledIfSystemProperty(named = "pledges.it.database", matches = "postgresql")
@ExtendWith(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String SCHEMA = "cluster_it";
    private static final Duration RENEWAL_PERIOD = Duration.ofSeconds(6);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String PASSWORD = "peacekeeping";
    private static final Duration WEBHOOK_LEASE = Duration.ofSeconds(10);

    private PayaraInstance a;
    private PayaraInstance b;

    @BeforeAll
    void startTwoInstancesTogetherOnAnEmptySchema() throws Exception {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
        int[] http = {freePort(), freePort()};
        int[] grid = {freePort(), freePort()};
        String members = "127.0.0.1:" + grid[0] + ",127.0.0.1:" + grid[1];
        String cluster = "pledges-it-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> environment = Map.of(
                "PLEDGES_DB_URL", jdbcUrl(),
                "PLEDGES_DB_USER", property("user"),
                "PLEDGES_DB_PASSWORD", property("password"),
                "PLEDGES_MODE", "demo",
                "PLEDGES_RENEWALS_EVERY", RENEWAL_PERIOD.toString(),
                "PLEDGES_WEBHOOK_EVERY", "PT1S",
                "PLEDGES_WEBHOOK_RETRY_BASE", "PT1S",
                "PLEDGES_WEBHOOK_TIMEOUT", "PT3S",
                "PLEDGES_WEBHOOK_LEASE", WEBHOOK_LEASE.toString());
        a = PayaraInstance.start("instance-a", http[0], grid[0], members, cluster, environment);
        b = PayaraInstance.start("instance-b", http[1], grid[1], members, cluster, environment);
        a.awaitReady(START_TIMEOUT);
        b.awaitReady(START_TIMEOUT);
    }

    @AfterAll
    void stopInstancesAndDropTheirSchema() throws InterruptedException {
        for (PayaraInstance instance : new PayaraInstance[] {a, b}) {
            if (instance != null) {
                instance.kill();
            }
        }
        // The test database is also what CI's backup check dumps afterwards: leave it as the other tests left it.
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    @Order(1)
    void instancesStartingTogetherOnAnEmptyDatabaseMigrateOnceSeedOnceAndFormOneCluster() throws Exception {
        long migrations;
        // sql/ and PostgreSQL's own folder (V25_1: the figure cells' triggers).
        try (Stream<Path> shared = Files.list(Path.of("sql"));
             Stream<Path> own = Files.list(Path.of("sql", "postgresql"))) {
            migrations = Stream.concat(shared, own)
                    .filter(f -> f.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql")).count();
        }
        assertEquals(migrations, count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"),
                "each migration applied once");
        assertEquals(0, count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"));

        assertEquals(9, count("SELECT COUNT(*) FROM user_account"), "the nine demonstration accounts, once each");
        List<String> seeded = Stream.of(a.logText(), b.logText())
                .flatMap(log -> log.lines().filter(line -> line.contains("Demo mode: seeded"))).toList();
        assertEquals(1, seeded.size(), "one instance seeds the demonstration set: " + seeded);
        Matcher pledges = Pattern.compile("seeded (\\d+) synthetic pledges").matcher(seeded.get(0));
        assertTrue(pledges.find(), seeded.get(0));
        assertEquals(Long.parseLong(pledges.group(1)), count("SELECT COUNT(*) FROM pledge"));

        assertTrue(a.logText().contains("DG Size: 2") || b.logText().contains("DG Size: 2"),
                "the two instances joined one data grid");
    }

    @Test
    @Order(2)
    void theRenewalTimerRunsEachSlotOnOneInstanceOnly() throws Exception {
        awaitAtLeast("SELECT COUNT(*) FROM job_run WHERE job = 'renewals' AND finished_at IS NOT NULL", 3,
                RENEWAL_PERIOD.multipliedBy(6));
        List<String> claimers = column("SELECT instance FROM job_run WHERE job = 'renewals'");
        for (String claimer : claimers) {
            assertTrue(claimer.startsWith(a.instanceName()) || claimer.startsWith(b.instanceName()),
                    claimer + " is one of the two instances");
        }
        List<String> slots = column("SELECT slot_start FROM job_run WHERE job = 'renewals' ORDER BY slot_start");
        assertEquals(slots.size(), slots.stream().distinct().count(), "one run per slot: " + slots);

        List<Long> overdue = makeOverdue(4);
        awaitAtLeast("SELECT COUNT(*) FROM pledge WHERE status = 'LAPSED' AND id IN (" + ids(overdue) + ")",
                overdue.size(), RENEWAL_PERIOD.multipliedBy(4));
        assertLapsedOnce(overdue);
    }

    @Test
    @Order(3)
    void runningTheLapseJobOnBothInstancesAtOnceLapsesEachOverduePledgeOnce() throws Exception {
        // An operator signed in on each instance (sessions: the runs below start at the same moment, not the sign-ins).
        Map<PayaraInstance, Browser> operators = new LinkedHashMap<>();
        for (PayaraInstance instance : List.of(a, b)) {
            Browser operator = new Browser();
            Browser.Page signedIn = operator.json("POST", instance.url("/api/session"),
                    "{\"username\": \"admin\", \"password\": \"" + PASSWORD + "\"}");
            assertEquals(200, signedIn.status(), signedIn.body());
            operators.put(instance, operator);
        }
        List<Long> overdue = makeOverdue(6);
        int lapsedByRequests = 0;
        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<Browser.Page>> runs = new ArrayList<>();
            operators.forEach((instance, operator) -> runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return operator.json("POST", instance.url("/api/admin/renewals"), "{}");
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            })));
            for (CompletableFuture<Browser.Page> run : runs) {
                Browser.Page page = run.join();
                assertEquals(200, page.status(), page.body());
                Matcher lapsed = Pattern.compile("\"lapsed\":(\\d+)").matcher(page.body());
                assertTrue(lapsed.find(), page.body());
                lapsedByRequests += Integer.parseInt(lapsed.group(1));
            }
        }
        assertTrue(lapsedByRequests <= overdue.size(), "no pledge counted twice: " + lapsedByRequests);
        awaitAtLeast("SELECT COUNT(*) FROM pledge WHERE status = 'LAPSED' AND id IN (" + ids(overdue) + ")",
                overdue.size(), RENEWAL_PERIOD.multipliedBy(3));
        assertLapsedOnce(overdue);
    }

    /**
     * A personal access token made on A works on B; disabling its account, and revoking it on A, stop it on both
     * instances from the next request: each checks the database, the one truth of the cluster, every time.
     */
    @Test
    @Order(3)
    void aTokenMadeOnOneInstanceStopsOnBothAtOnceWhenItsAccountIsDisabledOrItIsRevoked() throws Exception {
        Browser owner = new Browser();
        assertEquals(200, owner.json("POST", a.url("/api/session"), "{\"username\": \"fp.japan\", \"password\": \""
                + PASSWORD + "\"}").status());
        Browser.Page created = owner.json("POST", a.url("/api/tokens"), "{\"name\": \"cluster\", \"scope\": \"read\"}");
        assertEquals(201, created.status(), created.body());
        Matcher secret = Pattern.compile("\"token\":\"(ppt_[A-Za-z0-9_-]{43})\"").matcher(created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(secret.find() && id.find(), created.body());
        String token = secret.group(1);
        assertEquals(200, bearer(b.url("/api/me"), token), "made on A, taken on B");
        try {
            execute("UPDATE user_account SET enabled = FALSE WHERE username = 'fp.japan'");
            assertEquals(401, bearer(a.url("/api/me"), token), "disabled: refused on A at once");
            assertEquals(401, bearer(b.url("/api/me"), token), "and on B");
        } finally {
            execute("UPDATE user_account SET enabled = TRUE WHERE username = 'fp.japan'");
        }
        assertEquals(200, bearer(b.url("/api/me"), token));
        assertEquals(200, owner.json("DELETE", a.url("/api/tokens/" + id.group(1)), null).status());
        assertEquals(401, bearer(b.url("/api/me"), token), "revoked on A: refused on B at once");
        assertEquals(401, bearer(a.url("/api/me"), token));
    }

    private static int bearer(java.net.URI url, String token) throws IOException, InterruptedException {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(url)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * Webhooks once per cluster (SPEC §11): both instances send the outbox, each delivery claimed by one of them. The
     * receiver holds the first request unanswered and the instance that sent it is killed mid-delivery; its lease
     * runs out and the other instance sends that event. Every event is accepted exactly once, each try of each event
     * came from one instance only (one failed try on purpose, one accepted), and the held event's try is the one
     * extra request. The killed instance is started again for the tests after this one.
     */
    @Test
    @Order(3)
    void webhookEventsGoOutOncePerClusterEvenWhenTheSendingInstanceDiesMidDelivery() throws Exception {
        String secret = "cluster-secret-0123456789";
        try (WebhookReceiver receiver = new WebhookReceiver(secret, 1).holdingFirst()) {
            Browser admin = new Browser();
            assertEquals(200, admin.json("POST", a.url("/api/session"), "{\"username\": \"admin\", \"password\": \""
                    + PASSWORD + "\"}").status());
            Browser.Page hook = admin.json("POST", a.url("/api/admin/webhooks"), "{\"url\": \""
                    + receiver.url("/hook") + "\", \"secret\": \"" + secret + "\", \"events\": [\"pledge.submitted\"]}");
            assertEquals(201, hook.status(), hook.body());
            Matcher hookId = Pattern.compile("\"id\":(\\d+)").matcher(hook.body());
            assertTrue(hookId.find(), hook.body());

            Browser focalPoint = new Browser();
            assertEquals(200, focalPoint.json("POST", b.url("/api/session"), "{\"username\": \"fp.ghana\", "
                    + "\"password\": \"" + PASSWORD + "\"}").status());
            int events = 6;
            for (int i = 0; i < events; i++) {
                PayaraInstance via = i % 2 == 0 ? a : b;
                Browser.Page posted = focalPoint.json("POST", via.url("/api/pledges"), "{\"capabilityType\": "
                        + "\"INDIVIDUAL_POLICE_OFFICERS\", \"event\": \"BERLIN-2025\", \"title\": \"Webhook cluster "
                        + i + " " + UUID.randomUUID().toString().substring(0, 8) + "\", \"personnel\": 20, "
                        + "\"women\": 6, \"availableFrom\": \"2027-03-01\", \"daysToDeploy\": 60, "
                        + "\"durationMonths\": 12, \"selfSustainment\": \"YES\", \"preferredMissions\": [\"UNMISS\"]}");
                assertEquals(201, posted.status(), posted.body());
                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(posted.body());
                assertTrue(id.find(), posted.body());
                Browser.Page submitted = focalPoint.json("POST", via.url("/api/pledges/" + id.group(1)
                        + "/actions/submit"), "{}");
                assertEquals(200, submitted.status(), submitted.body());
            }

            receiver.awaitHeld(Duration.ofSeconds(60));
            String heldEvent = receiver.heldEventId();
            String sender = single("SELECT claimed_by FROM webhook_delivery WHERE event_id = '" + heldEvent + "'");
            PayaraInstance victim = sender.startsWith(a.instanceName()) ? a : b;
            PayaraInstance survivor = victim == a ? b : a;
            assertTrue(sender.startsWith(victim.instanceName()), sender + " is one of the two instances");
            victim.kill();
            receiver.release();

            assertTrue(receiver.awaitAccepted(events, WEBHOOK_LEASE.multipliedBy(6)), "every event accepted after "
                    + "the lease ran out: " + receiver.received());
            Thread.sleep(3000); // time for a second delivery to show, were one sent
            assertEquals(events, receiver.accepted().size(), receiver.accepted().keySet().toString());
            assertTrue(receiver.accepted().containsKey(heldEvent), "the held event was sent again by " + survivor.name());
            assertEquals(List.of(), receiver.duplicates(), "no event accepted twice");
            Map<String, List<Integer>> answers = receiver.received().stream().collect(Collectors.groupingBy(
                    WebhookReceiver.Received::eventId, Collectors.mapping(WebhookReceiver.Received::answered,
                            Collectors.toList())));
            for (Map.Entry<String, List<Integer>> event : answers.entrySet()) {
                List<Integer> expected = event.getKey().equals(heldEvent) ? List.of(0, 503, 200) : List.of(503, 200);
                assertEquals(expected, event.getValue(), "the tries of event " + event.getKey()
                        + " (0: held while its sender was killed)");
            }
            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::signed), "all signed");
            assertEquals(events, count("SELECT COUNT(*) FROM webhook_delivery WHERE webhook_id = " + hookId.group(1)
                    + " AND status = 'DELIVERED' AND attempts = 2 AND claimed_by IS NULL"), "each delivered on its "
                    + "second recorded try (the killed instance recorded none)");

            assertEquals(204, admin.json("DELETE", survivor.url("/api/admin/webhooks/" + hookId.group(1)), null)
                    .status());
            victim.restart();
            victim.awaitReady(START_TIMEOUT);
        }
    }

    @Test
    @Order(4)
    void aSignedInUserCarriesOnThroughTheOtherInstanceWhenTheirsDies() throws Exception {
        // A focal point signs in on the pages of instance A and saves a draft of a new pledge there.
        Browser browser = new Browser();
        Browser.Page login = browser.get(a.url("/login.xhtml"));
        Map<String, String> signIn = new LinkedHashMap<>();
        signIn.put("signInForm", "signInForm");
        signIn.put("signInForm:username", "fp.ghana");
        signIn.put("signInForm:password", PASSWORD);
        signIn.put("signInForm:submit", "");
        signIn.put("jakarta.faces.ViewState", login.viewState());
        Browser.Page signedIn = browser.post(a.url("/login.xhtml"), signIn);
        assertEquals(302, signedIn.status(), signedIn.body());
        assertTrue(signedIn.location().endsWith("/pledges/index.xhtml"), signedIn.location());

        String title = "Cluster failover hospital " + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page form = browser.get(a.url("/pledges/edit.xhtml"));
        Browser.Page saved = browser.post(a.url("/pledges/edit.xhtml"), pledgeForm(form.viewState(), title, 60, 12,
                "pledgeForm:save"));
        assertEquals(302, saved.status(), saved.body());
        Matcher created = Pattern.compile("/pledges/edit\\.xhtml\\?id=(\\d+)$").matcher(saved.location());
        assertTrue(created.find(), saved.location());
        long id = Long.parseLong(created.group(1));
        assertEquals("DRAFT", single("SELECT status FROM pledge WHERE id = " + id));

        // The draft is open again in the form (a view kept in the session on A) ...
        Browser.Page draft = browser.get(a.url("/pledges/edit.xhtml?id=" + id));
        assertEquals(200, draft.status());
        assertTrue(draft.body().contains(title), "the draft is shown");

        // ... and another focal point uses the API with a session cookie signed in on A.
        Browser script = new Browser();
        Browser.Page apiSignIn = script.json("POST", a.url("/api/session"),
                "{\"username\": \"fp.korea\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(200, apiSignIn.status(), apiSignIn.body());

        a.kill();

        // The page's next post goes to B (as a load balancer would send it): the changed figures and the
        // submission arrive in the view A rendered, with no new sign-in.
        Browser.Page submitted = browser.post(b.url("/pledges/edit.xhtml"), pledgeForm(draft.viewState(), title, 80,
                20, "pledgeForm:submit"));
        assertEquals(302, submitted.status(), "the post is taken, not refused or expired:\n" + submitted.body());
        assertTrue(submitted.location().endsWith("/pledges/edit.xhtml?id=" + id), submitted.location());
        Browser.Page after = browser.get(b.url("/pledges/edit.xhtml?id=" + id));
        assertEquals(200, after.status());
        assertTrue(after.body().contains(title), "still signed in: the pledge is shown, not the sign-in page");

        assertEquals(1, count("SELECT COUNT(*) FROM pledge WHERE title = '" + title + "'"), "the pledge exists once");
        assertEquals("SUBMITTED|80|20", single("SELECT status || '|' || personnel || '|' || women FROM pledge "
                + "WHERE id = " + id));
        assertEquals(1, count("SELECT COUNT(*) FROM pledge_history WHERE pledge_id = " + id
                + " AND action = 'SUBMIT'"), "submitted once");

        // The API session goes on through B as well.
        Browser.Page me = script.json("GET", b.url("/api/me"), null);
        assertEquals(200, me.status(), me.body());
        assertTrue(me.body().contains("\"fp.korea\""), me.body());
        String apiTitle = "Cluster failover engineers " + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page posted = script.json("POST", b.url("/api/pledges"), "{\"capabilityType\": \"LEVEL_2_HOSPITAL\", "
                + "\"event\": \"BERLIN-2025\", \"title\": \"" + apiTitle + "\", \"personnel\": 60, \"women\": 12, "
                + "\"availableFrom\": \"2027-03-01\", \"daysToDeploy\": 60, \"durationMonths\": 12, "
                + "\"selfSustainment\": \"YES\", \"preferredMissions\": [\"UNMISS\"]}");
        assertEquals(201, posted.status(), posted.body());
        long apiId = count("SELECT id FROM pledge WHERE title = '" + apiTitle + "'");
        Browser.Page apiSubmitted = script.json("POST", b.url("/api/pledges/" + apiId + "/actions/submit"), "{}");
        assertEquals(200, apiSubmitted.status(), apiSubmitted.body());
        assertEquals("SUBMITTED|KOR", single("SELECT status || '|' || member_state FROM pledge WHERE title = '"
                + apiTitle + "'"));
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, String> pledgeForm(String viewState, String title, int personnel, int women,
                                                  String button) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pledgeForm", "pledgeForm");
        fields.put("pledgeForm:capabilityType_input", "LEVEL_2_HOSPITAL");
        fields.put("pledgeForm:title", title);
        fields.put("pledgeForm:event_input", "BERLIN-2025");
        fields.put("pledgeForm:units", "1");
        fields.put("pledgeForm:personnel", String.valueOf(personnel));
        fields.put("pledgeForm:women", String.valueOf(women));
        fields.put("pledgeForm:availableFrom_input", "2027-03-01");
        fields.put("pledgeForm:daysToDeploy", "60");
        fields.put("pledgeForm:durationMonths", "12");
        fields.put("pledgeForm:selfSustainment_input", "YES");
        fields.put("pledgeForm:preferredMissions", "UNMISS");
        fields.put("pledgeForm:description", "A level 2 hospital, entered while an instance fails.");
        fields.put("pledgeForm:caveats", "");
        fields.put(button, "");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    /** Approved pledges whose renewal is not due soon, made overdue behind the application's back. */
    private List<Long> makeOverdue(int howMany) {
        List<Long> ids = column("SELECT id FROM pledge WHERE status = 'APPROVED' AND renewal_due > CURRENT_DATE + 40 "
                + "ORDER BY id LIMIT " + howMany).stream().map(Long::valueOf).toList();
        assertEquals(howMany, ids.size(), "enough approved pledges in the demonstration set");
        execute("UPDATE pledge SET renewal_due = CURRENT_DATE - 1 WHERE id IN (" + ids(ids) + ")");
        return ids;
    }

    private void assertLapsedOnce(List<Long> ids) {
        for (long id : ids) {
            assertEquals("LAPSED", single("SELECT status FROM pledge WHERE id = " + id));
            assertEquals(1, count("SELECT COUNT(*) FROM pledge_history WHERE pledge_id = " + id
                    + " AND action = 'LAPSE'"), "one history entry for the lapse of pledge " + id);
        }
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private void awaitAtLeast(String query, long expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long actual = count(query);
        while (actual < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            actual = count(query);
        }
        assertTrue(actual >= expected, query + " gave " + actual + ", not " + expected + " or more within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String property(String name) {
        return System.getProperty("pledges.it.postgres." + name);
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://" + property("host") + ":" + property("port") + "/" + property("database")
                + "?currentSchema=" + SCHEMA;
    }

    private static long count(String query) {
        return Long.parseLong(single(query));
    }

    private static String single(String query) {
        List<String> rows = column(query);
        assertEquals(1, rows.size(), query);
        return rows.get(0);
    }

    private static List<String> column(String query) {
        return Sql.column(ClusterIT::connect, query);
    }

    private static void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new AssertionError("Statement failed: " + String.join("; ", statements), e);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), property("user"), property("password"));
    }
}
