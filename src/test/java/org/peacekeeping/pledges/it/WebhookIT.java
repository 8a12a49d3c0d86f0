package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks (SPEC §11) against a real receiver on loopback ({@link WebhookReceiver}): an administrator registers one,
 * pledges move through their lifecycle, and the receiver, which checks every signature and fails the first two tries
 * of each event on purpose, accepts each event once after the retries; the delivery log says so, and resending one
 * sends the same event again (which the receiver recognises by its id). Refused targets, redirects, optimistic
 * locking and who may do what are checked too. The retry delays are seconds here (pom.xml sets them).
 */
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class WebhookIT {

    private static final String SECRET = "it-secret-0123456789abcdef";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static WebArchive application() {
        return FoundationIT.application();
    }

    @ArquillianResource
    private URL base;

    private Api pakistan;
    private Api reviewer;
    private Api admin;

    @BeforeEach
    void clients() {
        Api api = new Api(base);
        pakistan = api.as("fp.pakistan");
        reviewer = api.as("reviewer");
        admin = api.as("admin");
    }

    @Test
    void everyEventReachesTheReceiverSignedAndOnceAfterFailedTriesAndCanBeSentAgain() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, 2)) {
            long hook = register(receiver.url("/hook"), SECRET, "pledge.submitted", "pledge.returned",
                    "pledge.approved", "pledge.rejected");

            long approved = pledge("Webhook police officers, approved");
            action(pakistan, approved, "submit", null);
            action(reviewer, approved, "start-review", null);
            JsonObject afterApproval = action(reviewer, approved, "approve", null);
            long returned = pledge("Webhook police officers, returned");
            action(pakistan, returned, "submit", null);
            action(reviewer, returned, "start-review", null);
            action(reviewer, returned, "return", "Please give the number of women.");

            assertTrue(receiver.awaitAccepted(4, PATIENCE), "four events accepted within " + PATIENCE + ": "
                    + receiver.received());
            Thread.sleep(3000); // time for a duplicate to show, were one sent
            Map<String, JsonObject> accepted = receiver.accepted();
            assertEquals(4, accepted.size(), "each event accepted once: " + accepted.keySet());
            assertEquals(List.of(), receiver.duplicates(), "no event sent again after it was accepted");
            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::signed),
                    "every request carries the right signature");
            assertEquals(12, receiver.received().size(), "three tries for each of four events");

            List<String> events = accepted.values().stream()
                    .map(e -> e.getJsonObject("pledge").getJsonNumber("id").longValue() + " " + e.getString("event")
                            + " " + e.getJsonObject("pledge").getString("status"))
                    .sorted().toList();
            assertEquals(List.of(approved + " pledge.approved APPROVED", approved + " pledge.submitted SUBMITTED",
                            returned + " pledge.returned RETURNED", returned + " pledge.submitted SUBMITTED").stream()
                    .sorted().toList(), events);
            JsonObject approval = accepted.values().stream().filter(e -> e.getString("event")
                    .equals("pledge.approved")).findFirst().orElseThrow();
            JsonObject pledge = approval.getJsonObject("pledge");
            assertAll(
                    () -> assertEquals(Set.of("id", "event", "occurredAt", "pledge"), approval.keySet()),
                    () -> assertEquals(Set.of("id", "reference", "memberState", "status", "version"), pledge.keySet()),
                    () -> assertEquals(afterApproval.getString("reference"), pledge.getString("reference")),
                    () -> assertEquals("PAK", pledge.getString("memberState")),
                    () -> assertEquals(afterApproval.getJsonNumber("version").longValue(),
                            pledge.getJsonNumber("version").longValue(), "the version after the change"),
                    () -> assertTrue(Instant.parse(approval.getString("occurredAt"))
                            .isAfter(Instant.now().minus(Duration.ofMinutes(5)))));

            // The delivery log: each delivered on its third try, the last answer 200.
            List<JsonObject> log = deliveries(hook);
            assertEquals(4, log.size(), log.toString());
            for (JsonObject d : log) {
                assertEquals("DELIVERED", d.getString("status"), d.toString());
                assertEquals(3, d.getInt("attempts"), d.toString());
                assertEquals(200, d.getInt("lastStatus"), d.toString());
                assertTrue(d.isNull("nextAttemptAt"), d.toString());
                assertTrue(accepted.containsKey(d.getString("eventId")), d.toString());
            }

            // Sent again: the same event (same id and body) arrives once more, and the receiver knows it.
            JsonObject first = log.get(log.size() - 1);
            Api.Reply resent = admin.post("api/admin/webhooks/" + hook + "/deliveries/" + first.getInt("id")
                    + "/resend", "{}");
            assertEquals(200, resent.status(), resent.body());
            assertEquals("PENDING", resent.object().getString("status"));
            Api.Reply again = admin.post("api/admin/webhooks/" + hook + "/deliveries/" + first.getInt("id")
                    + "/resend", "{}");
            assertEquals(409, again.status(), "a pending one is not queued twice: " + again.body());
            awaitDelivered(hook, first.getInt("id"), 4);
            assertEquals(List.of(first.getString("eventId")), receiver.duplicates());
            assertEquals(4, receiver.accepted().size());
            assertEquals(204, admin.delete("api/admin/webhooks/" + hook).status());
        }
    }

    @Test
    void aRedirectIsNotFollowedAndARetriedDeliveryIsLoggedWithItsAnswer() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, 0)) {
            long hook = register(receiver.url("/moved"), "another-secret-0123456789", "pledge.submitted");
            long id = pledge("Webhook police officers, redirected");
            action(pakistan, id, "submit", null);
            Instant deadline = Instant.now().plus(PATIENCE);
            JsonObject delivery = null;
            while (Instant.now().isBefore(deadline)) {
                List<JsonObject> log = deliveries(hook);
                if (!log.isEmpty() && log.get(0).getInt("attempts") >= 2) {
                    delivery = log.get(0);
                    break;
                }
                Thread.sleep(300);
            }
            assertTrue(delivery != null, "tried twice within " + PATIENCE);
            assertEquals("PENDING", delivery.getString("status"), "still retried: " + delivery);
            assertEquals(302, delivery.getInt("lastStatus"));
            assertTrue(delivery.getString("lastAnswer").contains("not followed"), delivery.toString());
            assertFalse(delivery.isNull("nextAttemptAt"));
            assertTrue(receiver.redirects() >= 2);
            assertEquals(List.of(), receiver.received(), "the redirect's target never got the event");

            // Disabled: no more tries; deleted: gone with its log.
            JsonObject current = admin.get("api/admin/webhooks/" + hook).object();
            Api.Reply disabled = admin.put("api/admin/webhooks/" + hook, Json.createObjectBuilder()
                    .add("url", current.getString("url")).add("events", Json.createArrayBuilder()
                            .add("pledge.submitted")).add("enabled", false)
                    .add("version", current.getJsonNumber("version").longValue()).build().toString());
            assertEquals(200, disabled.status(), disabled.body());
            assertFalse(disabled.object().getBoolean("enabled"));
            Api.Reply stale = admin.put("api/admin/webhooks/" + hook, Json.createObjectBuilder()
                    .add("url", current.getString("url")).add("events", Json.createArrayBuilder()
                            .add("pledge.submitted")).add("enabled", true)
                    .add("version", current.getJsonNumber("version").longValue()).build().toString());
            assertEquals(409, stale.status(), "the version read before someone else's change: " + stale.body());
            int redirects = receiver.redirects();
            Thread.sleep(4000);
            assertTrue(receiver.redirects() <= redirects + 1, "a disabled webhook's delivery waits");
            assertEquals(204, admin.delete("api/admin/webhooks/" + hook).status());
            assertEquals(404, admin.get("api/admin/webhooks/" + hook).status());
            assertEquals(404, admin.get("api/admin/webhooks/" + hook + "/deliveries").status());
        }
    }

    @Test
    void onlyAllowedTargetsAndKnownEventsAreRegisteredAndOnlyByAdministrators() {
        assertAll(
                () -> refused(body("http://93.184.216.34/hook", "pledge.submitted"), "url", "loopback"),
                () -> refused(body("https://10.1.2.3/hook", "pledge.submitted"), "url", "private"),
                () -> refused(body("https://169.254.169.254/latest/meta-data", "pledge.submitted"), "url", "private"),
                () -> refused(body("ftp://127.0.0.1/hook", "pledge.submitted"), "url", "https"),
                () -> refused(body("http://user:pw@127.0.0.1/hook", "pledge.submitted"), "url", "user"),
                () -> refused(body("http://127.0.0.1:9/hook", "pledge.shipped"), "events", "pledge.shipped"),
                () -> refused(Json.createObjectBuilder().add("url", "http://127.0.0.1:9/hook").build(), "events",
                        "at least one"),
                () -> refused(Json.createObjectBuilder(body("http://127.0.0.1:9/hook", "pledge.approved"))
                        .add("secret", "short").build(), "secret", "16"));
        assertEquals(403, reviewer.get("api/admin/webhooks").status());
        assertEquals(403, pakistan.post("api/admin/webhooks", body("http://127.0.0.1:9/hook", "pledge.approved")
                .toString()).status());

        // No secret sent: one is made and shown this once, never again.
        Api.Reply created = admin.post("api/admin/webhooks", body("http://127.0.0.1:9/hook", "pledge.deployed")
                .toString());
        assertEquals(201, created.status(), created.body());
        String secret = created.object().getString("secret");
        assertTrue(secret.length() >= 40, secret);
        long id = created.object().getJsonNumber("id").longValue();
        assertFalse(admin.get("api/admin/webhooks").body().contains(secret), "not listed");
        assertFalse(admin.get("api/admin/webhooks/" + id).body().contains(secret), "not shown");
        assertEquals(List.of("pledge.deployed"), admin.get("api/admin/webhooks/" + id).object()
                .getJsonArray("events").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList(), "deployments can be heard of");
        String stored = Sql.single("SELECT secret FROM webhook WHERE id = " + id);
        assertTrue(stored.startsWith("plain:") || stored.startsWith("v1:"), "stored in a known form");
        assertEquals(204, admin.delete("api/admin/webhooks/" + id).status());
    }

    // ------------------------------------------------------------------ helpers

    private void refused(JsonObject body, String field, String says) {
        Api.Reply reply = admin.post("api/admin/webhooks", body.toString());
        assertEquals(400, reply.status(), body + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.object().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("field").equals(field) && e.getString("message").contains(says)),
                body + " names " + field + " (" + says + "): " + reply.body());
    }

    /** A deployment (SPEC §10) is heard as pledge.deployed, with the pledge's new status; the others' events not. */
    @Test
    void aDeploymentIsSentAsPledgeDeployed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET, 0)) {
            long hook = register(receiver.url("/hook"), SECRET, "pledge.deployed");
            long id = pledge("Webhook police officers, deployed");
            action(pakistan, id, "submit", null);
            action(reviewer, id, "start-review", null);
            action(reviewer, id, "approve", null);
            Api.Reply deployed = reviewer.post("api/pledges/" + id + "/actions/deploy", Json.createObjectBuilder()
                    .add("mission", "UNMISS").add("deployedOn", LocalDate.now(ZoneOffset.UTC).toString()).build()
                    .toString());
            assertEquals(200, deployed.status(), deployed.body());

            assertTrue(receiver.awaitAccepted(1, PATIENCE), "the deployment heard: " + receiver.received());
            Thread.sleep(2000); // time for another event to show, were one sent
            List<JsonObject> events = List.copyOf(receiver.accepted().values());
            assertEquals(1, events.size(), "only the subscribed event: " + events);
            assertEquals("pledge.deployed", events.get(0).getString("event"));
            assertEquals(id, events.get(0).getJsonObject("pledge").getJsonNumber("id").longValue());
            assertEquals("DEPLOYED", events.get(0).getJsonObject("pledge").getString("status"));
            assertTrue(receiver.received().stream().allMatch(WebhookReceiver.Received::signed));
            assertEquals(204, admin.delete("api/admin/webhooks/" + hook).status());
        }
    }

    private static JsonObject body(String url, String... events) {
        var list = Json.createArrayBuilder();
        for (String event : events) {
            list.add(event);
        }
        return Json.createObjectBuilder().add("url", url).add("events", list).build();
    }

    private long register(String url, String secret, String... events) {
        Api.Reply created = admin.post("api/admin/webhooks", Json.createObjectBuilder(body(url, events))
                .add("name", "Integration receiver").add("secret", secret).build().toString());
        assertEquals(201, created.status(), created.body());
        assertTrue(created.object().isNull("secret"), "a secret sent is not echoed: " + created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private List<JsonObject> deliveries(long hook) {
        Api.Reply reply = admin.get("api/admin/webhooks/" + hook + "/deliveries");
        assertEquals(200, reply.status(), reply.body());
        return reply.array().stream().map(JsonValue::asJsonObject).collect(Collectors.toList());
    }

    private void awaitDelivered(long hook, int delivery, int attempts) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonObject found = null;
        while (Instant.now().isBefore(deadline)) {
            found = deliveries(hook).stream().filter(d -> d.getInt("id") == delivery).findFirst().orElseThrow();
            if (found.getString("status").equals("DELIVERED") && found.getInt("attempts") == attempts) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Delivery " + delivery + " not delivered on try " + attempts + ": " + found);
    }

    /** A pledge of individual police officers (no level 1 documents needed to approve it), as a draft. */
    private long pledge(String title) {
        Api.Reply created = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "INDIVIDUAL_POLICE_OFFICERS").add("event", "BERLIN-2025").add("title", title)
                .add("description", "Webhook test pledge").add("units", 1).add("personnel", 20).add("women", 6)
                .add("availableFrom", LocalDate.now(ZoneOffset.UTC).plusMonths(3).withDayOfMonth(1).toString())
                .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES")
                .add("preferredMissions", Json.createArrayBuilder().add("UNMISS")).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.object().getJsonNumber("id").longValue();
    }

    private static JsonObject action(Api as, long id, String action, String comment) {
        var body = Json.createObjectBuilder();
        if (comment != null) {
            body.add("comment", comment);
        }
        Api.Reply reply = as.post("api/pledges/" + id + "/actions/" + action, body.build().toString());
        assertEquals(200, reply.status(), action + ": " + reply.body());
        return reply.object();
    }
}
