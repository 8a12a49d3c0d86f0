package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Working together (SPEC §3 notices, §12): notices mailed for real to a mail server in the test JVM ({@link TestMail},
 * GreenMail) and read as they arrive (recipients, language, subject, text and HTML, links under PLEDGES_BASE_URL);
 * a refusing or absent mail server that neither blocks nor fails the user's action, the mail following once the
 * server is back; bulk decisions in the review queue, each pledge on its own, with a single decision racing one;
 * pledging windows ({@link PledgingWindows}) and saved lists with their digest ({@link SavedLists}), run here so that
 * one Payara start serves them all.
 */
@ExtendWith({TestDatabase.class, TestClamd.class, TestMail.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkingTogetherIT {

    /** PLEDGES_BASE_URL of the container runs (pom.xml, it.base.url). */
    private static final String BASE_URL = System.getProperty("it.base.url", "http://pledges.it.example/tracker/");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive application() {
        File war = new File(System.getProperty("pledges.it.war", "target/pledge-tracker.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    @ArquillianResource
    private URL base;

    private Api pakistan;
    private Api korea;
    private Api reviewer;

    @BeforeEach
    void clients() {
        TestMail.ensureRunning();
        Api api = new Api(base);
        pakistan = api.as("fp.pakistan");
        korea = api.as("fp.korea");
        reviewer = api.as("reviewer");
    }

    // ------------------------------------------------------------------ pledging windows, in order ({@link PledgingWindows})

    @Test
    @Order(1)
    void aClosedWindowRefusesNewPledgesMovesAndSubmissionsWithItsDateAndWritesNothing() {
        new PledgingWindows(base).aClosedWindowRefusesNewPledgesMovesAndSubmissionsWithItsDateAndWritesNothing();
    }

    @Test
    @Order(2)
    void anUploadedFormIsRefusedOnTheEventCellOfARowForAClosedWindow() {
        new PledgingWindows(base).anUploadedFormIsRefusedOnTheEventCellOfARowForAClosedWindow();
    }

    @Test
    @Order(3)
    void focalPointsWithDraftsAreRemindedSevenDaysAndOneDayBeforeOnceInTheirLanguage() throws Exception {
        new PledgingWindows(base).focalPointsWithDraftsAreRemindedSevenDaysAndOneDayBeforeOnceInTheirLanguage();
    }

    @Test
    @Order(4)
    void anAdministratorsExtensionIsRecordedReopensSubmissionsAndMakesRemindersDueAgain() throws Exception {
        new PledgingWindows(base).anAdministratorsExtensionIsRecordedReopensSubmissionsAndMakesRemindersDueAgain();
    }

    // ------------------------------------------------------------------ saved lists ({@link SavedLists})

    @Test
    void aSavedListIsItsOwnersOnlyRefusesHostileFiltersAndIsFoundAgain() {
        new SavedLists(base).aSavedListIsItsOwnersOnlyRefusesHostileFiltersAndIsFoundAgain();
    }

    @Test
    void followedListsSendOneDigestADayInTheRecipientsLanguageWithWorkingSignedUnfollowLinks() throws Exception {
        new SavedLists(base).followedListsSendOneDigestADayInTheRecipientsLanguageWithWorkingSignedUnfollowLinks();
    }

    /** What the scenarios made (events, reminders, saved lists) goes: other classes share the database. */
    @AfterAll
    static void removeWhatTheScenariosMade() {
        PledgingWindows.removeWhatThisClassMade();
        SavedLists.removeTheSavedLists();
    }

    // ------------------------------------------------------------------ mail

    @Test
    void eachFocalPointIsMailedInTheirLanguageAsTextAndEscapedHtmlWithLinksUnderTheBaseUrl() throws Exception {
        Sql.update("UPDATE user_account SET preferred_locale = 'fr' WHERE username = 'fp.korea'");
        try {
            JsonObject french = draft(korea, "Hôpital <niveau 2> & \"co\"", "LEVEL_2_HOSPITAL");
            JsonObject english = draft(pakistan, "Mail <b>test</b> & co", "LEVEL_2_HOSPITAL");
            act(korea, id(french), "submit", null);
            act(pakistan, id(english), "submit", null);

            MimeMessage toKorea = one("fp.korea@demo.invalid", french.getString("reference"));
            MimeMessage toPakistan = one("fp.pakistan@demo.invalid", english.getString("reference"));
            JsonObject koreanNotice = notice(korea, id(french));
            JsonObject pakistaniNotice = notice(pakistan, id(english));
            String frenchText = part(toKorea, "text/plain");
            String frenchHtml = part(toKorea, "text/html");
            String englishText = part(toPakistan, "text/plain");
            String englishHtml = part(toPakistan, "text/html");
            String koreanLink = BASE_URL + "pledges/edit.xhtml?id=" + id(french);
            assertAll(
                    () -> assertTrue(toKorea.getContentType().startsWith("multipart/alternative"),
                            toKorea.getContentType()),
                    () -> assertEquals("pledges@tracker.test", toKorea.getFrom()[0].toString()),
                    () -> assertEquals(koreanNotice.getString("subject"), toKorea.getSubject()),
                    () -> assertTrue(toKorea.getSubject().contains("reçu") || toKorea.getSubject().contains("soumis"),
                            "a French subject: " + toKorea.getSubject()),
                    () -> assertEquals(List.of("fr"), List.of(toKorea.getContentLanguage())),
                    () -> assertEquals(List.of("en"), List.of(toPakistan.getContentLanguage())),
                    () -> assertEquals(pakistaniNotice.getString("subject"), toPakistan.getSubject()),
                    () -> assertTrue(frenchText.startsWith(koreanNotice.getString("body")), frenchText),
                    () -> assertTrue(frenchText.contains("L’engagement\u00a0: " + koreanLink), frenchText),
                    () -> assertTrue(frenchText.contains("Votre boîte de réception\u00a0: " + BASE_URL + "inbox.xhtml"),
                            frenchText),
                    () -> assertTrue(frenchHtml.contains("<html lang=\"fr\">"), frenchHtml),
                    () -> assertTrue(frenchHtml.contains("<a href=\"" + koreanLink + "\">"), frenchHtml),
                    () -> assertTrue(frenchHtml.contains("Hôpital &lt;niveau 2&gt; &amp; &quot;co&quot;"), frenchHtml),
                    () -> assertFalse(frenchHtml.contains("<niveau 2>"), frenchHtml),
                    () -> assertTrue(englishText.contains("The pledge: " + BASE_URL + "pledges/edit.xhtml?id="
                            + id(english)), englishText),
                    () -> assertTrue(englishText.contains("Mail <b>test</b> & co"), "plain text as written"),
                    () -> assertTrue(englishHtml.contains("Mail &lt;b&gt;test&lt;/b&gt; &amp; co"), englishHtml),
                    () -> assertTrue(englishHtml.contains("<html lang=\"en\">"), englishHtml),
                    () -> assertFalse(englishHtml.contains("<b>test"), englishHtml));
            await("the mailed notices are marked mailed", () -> Sql.count("SELECT COUNT(*) FROM notification "
                    + "WHERE mailed_at IS NOT NULL AND mail_next_at IS NULL AND pledge_id IN (" + id(french) + ", "
                    + id(english) + ")") == 2);
        } finally {
            Sql.update("UPDATE user_account SET preferred_locale = 'en' WHERE username = 'fp.korea'");
        }
    }

    @Test
    void aRefusingOrAbsentMailServerNeitherBlocksNorFailsTheActionAndTheMailFollowsOnceItIsBack() throws Exception {
        TestMail.refuse();
        JsonObject pledge = draft(pakistan, "Mail while the server refuses", "TRAINING_COURSE_SEATS");
        long id = id(pledge);
        Instant before = Instant.now();
        Api.Reply submitted = pakistan.post(action(id, "submit"), "{}");
        Duration took = Duration.between(before, Instant.now());
        assertAll(
                () -> assertEquals(200, submitted.status(), submitted.body()),
                () -> assertEquals("SUBMITTED", submitted.object().getString("status")),
                () -> assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "the submit took " + took),
                () -> assertEquals("ACKNOWLEDGEMENT", notice(pakistan, id).getString("kind"), "in the inbox"));
        String notice = "SELECT %s FROM notification n JOIN user_account a ON a.id = n.recipient_id "
                + "WHERE a.username = 'fp.pakistan' AND n.pledge_id = " + id;
        await("the refused try is recorded", () -> Integer.parseInt(Sql.single(notice.formatted("n.mail_tries"))) >= 1
                && Sql.single(notice.formatted("n.mail_last_error")) != null
                && Sql.single(notice.formatted("n.mail_last_error")).contains("554"));
        assertEquals(null, Sql.single(notice.formatted("n.mailed_at")), "not mailed");
        assertNotNull(Sql.single(notice.formatted("n.mail_next_at")), "tried again later");

        TestMail.stop();
        int refusedTries = Integer.parseInt(Sql.single(notice.formatted("n.mail_tries")));
        await("a try with no server at all is recorded", () -> Integer.parseInt(
                Sql.single(notice.formatted("n.mail_tries"))) > refusedTries
                && !Sql.single(notice.formatted("n.mail_last_error")).contains("554"));

        TestMail.start();
        List<MimeMessage> mailed = TestMail.await(TestMail.to("fp.pakistan@demo.invalid")
                .and(TestMail.about(pledge.getString("reference"))), 1, Duration.ofSeconds(60));
        assertEquals(1, mailed.size(), "the retry mailed it once the server was back");
        await("marked mailed", () -> Sql.single(notice.formatted("n.mailed_at")) != null
                && Sql.single(notice.formatted("n.mail_next_at")) == null);
        Thread.sleep(4000);
        assertEquals(1, TestMail.received().stream().filter(TestMail.to("fp.pakistan@demo.invalid")
                .and(TestMail.about(pledge.getString("reference")))).count(), "mailed once, not again");
        assertTrue(part(mailed.get(0), "text/plain").contains(BASE_URL + "pledges/edit.xhtml?id=" + id));
    }

    // ------------------------------------------------------------------ bulk decisions

    @Test
    void aBulkApproveOfMixedPledgesApprovesWhatItMayAndSaysWhyNotForEachOther() throws Exception {
        long seats = underReview(draftId(pakistan, "Bulk: course seats", "TRAINING_COURSE_SEATS"));
        long bareHospital = underReview(draftId(pakistan, "Bulk: hospital without documents", "LEVEL_2_HOSPITAL"));
        long hospital = draftId(pakistan, "Bulk: hospital with documents", "LEVEL_2_HOSPITAL");
        Dossiers.attachLevelOne(pakistan, hospital);
        underReview(hospital);
        long submittedOnly = draftId(pakistan, "Bulk: only submitted", "TRAINING_COURSE_SEATS");
        act(pakistan, submittedOnly, "submit", null);
        long draft = draftId(pakistan, "Bulk: a draft the reviewer cannot see", "TRAINING_COURSE_SEATS");

        Api.Reply reply = reviewer.post("api/pledges/actions/approve", Json.createObjectBuilder()
                .add("ids", Json.createArrayBuilder().add(seats).add(bareHospital).add(hospital).add(submittedOnly)
                        .add(draft).add(999_999_999L).add(seats))
                .add("comment", "Approved in one go").build().toString());
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> results = reply.array().stream().map(JsonValue::asJsonObject).toList();
        assertEquals(6, results.size(), "one result per pledge, the repeated id once: " + reply.body());
        assertAll(
                () -> assertResult(results.get(0), seats, "APPROVED", "DONE", null),
                () -> assertResult(results.get(1), bareHospital, "UNDER_REVIEW", "SKIPPED", "MISSING_DOCUMENTS"),
                () -> assertTrue(results.get(1).getString("detail").contains("NOTE_VERBALE"), reply.body()),
                () -> assertResult(results.get(2), hospital, "APPROVED", "DONE", null),
                () -> assertResult(results.get(3), submittedOnly, "SUBMITTED", "SKIPPED", "NOT_ALLOWED_FROM_STATUS"),
                () -> assertResult(results.get(4), draft, null, "SKIPPED", "NOT_FOUND"),
                () -> assertResult(results.get(5), 999_999_999L, null, "SKIPPED", "NOT_FOUND"));
        assertAll(
                () -> assertEquals(1, transitions(seats, "APPROVE")),
                () -> assertEquals(1, transitions(hospital, "APPROVE")),
                () -> assertEquals(0, transitions(bareHospital, "APPROVE")),
                () -> assertEquals("UNDER_REVIEW", reviewer.get("api/pledges/" + bareHospital).object()
                        .getString("status"), "nothing changed on a skipped pledge"),
                () -> assertEquals("Approved in one go", notice(pakistan, seats, "APPROVED").getString("comment")),
                () -> assertEquals("APPROVED", notice(pakistan, hospital, "APPROVED").getString("kind")),
                () -> assertTrue(notices(pakistan, bareHospital).stream()
                        .noneMatch(n -> n.getString("kind").equals("APPROVED")), "no notice for a skipped pledge"));
        String seatsReference = results.get(0).getString("reference");
        MimeMessage approved = one("fp.pakistan@demo.invalid", seatsReference + " approved");
        assertTrue(part(approved, "text/plain").contains("Approved in one go"));
    }

    @Test
    void aBulkStartReviewThenAReturnWithOneCommentMovesEachPledgeWithItsOwnHistory() {
        long first = draftId(pakistan, "Bulk return: first", "TRAINING_COURSE_SEATS");
        long second = draftId(pakistan, "Bulk return: second", "MOBILE_TRAINING_TEAM");
        act(pakistan, first, "submit", null);
        act(pakistan, second, "submit", null);
        String ids = "{\"ids\": [" + first + ", " + second + "]}";

        Api.Reply started = reviewer.post("api/pledges/actions/start-review", ids);
        assertEquals(200, started.status(), started.body());
        assertTrue(started.array().stream().map(JsonValue::asJsonObject)
                .allMatch(r -> r.getString("outcome").equals("DONE") && r.getString("status").equals("UNDER_REVIEW")),
                started.body());

        Api.Reply withoutComment = reviewer.post("api/pledges/actions/return", ids);
        assertAll(
                () -> assertEquals(400, withoutComment.status(), withoutComment.body()),
                () -> assertEquals("comment", withoutComment.object().getJsonArray("errors").getJsonObject(0)
                        .getString("field")),
                () -> assertEquals("UNDER_REVIEW", reviewer.get("api/pledges/" + first).object().getString("status")));

        Api.Reply returned = reviewer.post("api/pledges/actions/return",
                "{\"ids\": [" + first + ", " + second + "], \"comment\": \"Give the course dates\"}");
        assertEquals(200, returned.status(), returned.body());
        for (long id : List.of(first, second)) {
            List<JsonObject> history = reviewer.get("api/pledges/" + id + "/history").array().stream()
                    .map(JsonValue::asJsonObject).filter(h -> h.getString("action").equals("RETURN")).toList();
            assertAll(
                    () -> assertEquals("RETURNED", pakistan.get("api/pledges/" + id).object().getString("status")),
                    () -> assertEquals(1, history.size()),
                    () -> assertEquals("Give the course dates", history.get(0).getString("comment")),
                    () -> assertEquals("Give the course dates", notice(pakistan, id, "RETURNED").getString("comment")));
        }
    }

    @Test
    void aBulkDecisionIsForReviewersOnAtMostFiveHundredPledgesAndNamesWhatIsWrong() {
        StringBuilder many = new StringBuilder("{\"ids\": [");
        for (int i = 1; i <= 501; i++) {
            many.append(i == 1 ? "" : ", ").append(i);
        }
        Api.Reply tooMany = reviewer.post("api/pledges/actions/approve", many.append("]}").toString());
        Api.Reply none = reviewer.post("api/pledges/actions/approve", "{\"ids\": []}");
        Api.Reply notNumbers = reviewer.post("api/pledges/actions/approve", "{\"ids\": [\"PAK-2025-0001\"]}");
        Api.Reply focalPoint = pakistan.post("api/pledges/actions/approve", "{\"ids\": [1]}");
        Api.Reply reject = reviewer.post("api/pledges/actions/reject", "{\"ids\": [1], \"comment\": \"no\"}");
        assertAll(
                () -> assertEquals(400, tooMany.status(), tooMany.body()),
                () -> assertEquals("application/problem+json", tooMany.contentType()),
                () -> assertEquals("ids", tooMany.object().getJsonArray("errors").getJsonObject(0).getString("field")),
                () -> assertTrue(tooMany.body().contains("500"), tooMany.body()),
                () -> assertEquals(400, none.status(), none.body()),
                () -> assertEquals("ids", none.object().getJsonArray("errors").getJsonObject(0).getString("field")),
                () -> assertEquals(400, notNumbers.status(), notNumbers.body()),
                () -> assertEquals(403, focalPoint.status(), focalPoint.body()),
                () -> assertEquals(404, reject.status(), "rejecting stays one pledge at a time: " + reject.body()));
    }

    /**
     * Single decisions race a bulk approve of the same pledges (the single ones from the end of the list, so that the
     * two meet mid-way): each pledge is approved exactly once, with exactly one history entry for the transition, and
     * every loser is told rather than counted.
     */
    @Test
    void aSingleDecisionRacingABulkApproveLeavesExactlyOneWinnerPerPledge() throws Exception {
        int count = 12;
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(underReview(draftId(pakistan, "Race " + i, "TRAINING_COURSE_SEATS")));
        }
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            var bulk = pool.submit(() -> {
                start.await();
                return reviewer.post("api/pledges/actions/approve", "{\"ids\": " + ids + "}");
            });
            var singles = pool.submit(() -> {
                start.await();
                List<Api.Reply> replies = new java.util.ArrayList<>();
                for (int i = count - 1; i >= 0; i--) {
                    replies.add(reviewer.post(action(ids.get(i), "approve"), "{}"));
                }
                return replies;
            });
            var alsoSingles = pool.submit(() -> {
                start.await();
                return reviewer.post(action(ids.get(count / 2), "approve"), "{}");
            });
            start.countDown();
            Api.Reply bulkReply = bulk.get(120, java.util.concurrent.TimeUnit.SECONDS);
            List<Api.Reply> singleReplies = new java.util.ArrayList<>(
                    singles.get(120, java.util.concurrent.TimeUnit.SECONDS));
            singleReplies.add(alsoSingles.get(120, java.util.concurrent.TimeUnit.SECONDS));

            assertEquals(200, bulkReply.status(), bulkReply.body());
            long bulkWins = bulkReply.array().stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getString("outcome").equals("DONE")).count();
            assertTrue(bulkReply.array().stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getString("outcome").equals("SKIPPED"))
                    .allMatch(r -> r.getString("reason").equals("CHANGED_MEANWHILE")
                            || r.getString("reason").equals("NOT_ALLOWED_FROM_STATUS")), bulkReply.body());
            long singleWins = singleReplies.stream().filter(r -> r.status() == 200).count();
            assertTrue(singleReplies.stream().allMatch(r -> r.status() == 200 || r.status() == 409),
                    () -> singleReplies.stream().map(r -> r.status() + " " + r.body()).toList().toString());
            assertEquals(count, bulkWins + singleWins, "one winner per pledge: bulk " + bulkWins + ", single "
                    + singleWins);
            for (long id : ids) {
                assertEquals(1, transitions(id, "APPROVE"), "approve entries of pledge " + id);
                assertEquals("APPROVED", reviewer.get("api/pledges/" + id).object().getString("status"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertResult(JsonObject result, long id, String status, String outcome, String reason) {
        assertAll(
                () -> assertEquals(id, result.getJsonNumber("id").longValue(), result.toString()),
                () -> assertEquals(status, result.isNull("status") ? null : result.getString("status"),
                        result.toString()),
                () -> assertEquals(outcome, result.getString("outcome"), result.toString()),
                () -> assertEquals(reason, result.isNull("reason") ? null : result.getString("reason"),
                        result.toString()),
                () -> assertFalse(result.getString("detail").isBlank(), result.toString()));
    }

    /** How many history entries of this action the pledge has. */
    private long transitions(long id, String action) {
        Api.Reply history = reviewer.get("api/pledges/" + id + "/history");
        assertEquals(200, history.status(), history.body());
        return history.array().stream().map(JsonValue::asJsonObject)
                .filter(h -> h.getString("action").equals(action)).count();
    }

    private long draftId(Api as, String title, String capabilityType) {
        return id(draft(as, title, capabilityType));
    }

    /** Submits the pledge and the reviewer takes it into review; returns its id. */
    private long underReview(long id) {
        act(pakistan, id, "submit", null);
        act(reviewer, id, "start-review", null);
        return id;
    }

    // ------------------------------------------------------------------ helpers

    private static JsonObject draft(Api as, String title, String capabilityType) {
        Api.Reply created = as.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", capabilityType).add("event", "BERLIN-2025").add("title", title)
                .add("description", "Working together test pledge").add("units", 1).add("personnel", 60)
                .add("women", 12)
                .add("availableFrom", LocalDate.now(ZoneOffset.UTC).plusMonths(3).withDayOfMonth(1).toString())
                .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES")
                .add("preferredMissions", Json.createArrayBuilder().add("UNMISS")).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.object();
    }

    private static long id(JsonObject pledge) {
        return pledge.getJsonNumber("id").longValue();
    }

    private static JsonObject act(Api as, long id, String action, String comment) {
        var body = Json.createObjectBuilder();
        if (comment != null) {
            body.add("comment", comment);
        }
        Api.Reply reply = as.post(action(id, action), body.build().toString());
        assertEquals(200, reply.status(), () -> action + ": " + reply.body());
        return reply.object();
    }

    private static String action(long id, String action) {
        return "api/pledges/" + id + "/actions/" + action;
    }

    /** The one notice about this pledge in the focal point's inbox. */
    private static JsonObject notice(Api as, long pledgeId) {
        List<JsonObject> about = notices(as, pledgeId);
        assertEquals(1, about.size(), about::toString);
        return about.get(0);
    }

    /** The one notice of this kind about this pledge in the focal point's inbox. */
    private static JsonObject notice(Api as, long pledgeId, String kind) {
        List<JsonObject> about = notices(as, pledgeId).stream().filter(n -> n.getString("kind").equals(kind)).toList();
        assertEquals(1, about.size(), about::toString);
        return about.get(0);
    }

    private static List<JsonObject> notices(Api as, long pledgeId) {
        Api.Reply inbox = as.get("api/notifications");
        assertEquals(200, inbox.status(), inbox.body());
        return inbox.array().stream().map(JsonValue::asJsonObject)
                .filter(n -> !n.isNull("pledgeId") && n.getJsonNumber("pledgeId").longValue() == pledgeId).toList();
    }

    /** The one mail to this address about this pledge, waiting for it. */
    private static MimeMessage one(String address, String reference) throws InterruptedException {
        List<MimeMessage> found = TestMail.await(TestMail.to(address).and(TestMail.about(reference)), 1, MAIL_WAIT);
        assertEquals(1, found.size(), () -> "mail to " + address + " about " + reference + ": " + found.size());
        return found.get(0);
    }

    /** The text of the mail's part of this type. */
    private static String part(MimeMessage message, String type) throws MessagingException, IOException {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("No " + type + " part in " + message.getContentType());
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(MAIL_WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Waited " + MAIL_WAIT + " in vain: " + what);
            }
            Thread.sleep(250);
        }
    }
}
