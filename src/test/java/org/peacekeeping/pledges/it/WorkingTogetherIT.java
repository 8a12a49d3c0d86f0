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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Working together (SPEC §3 notices, §12): notices mailed for real to a mail server in the test JVM ({@link TestMail},
 * GreenMail) and read as they arrive (recipients, language, subject, text and HTML, links under PLEDGES_BASE_URL);
 * a refusing or absent mail server that neither blocks nor fails the user's action, the mail following once the
 * server is back; and bulk decisions in the review queue, each pledge on its own, with a single decision racing one.
 */
@ExtendWith({TestDatabase.class, TestClamd.class, TestMail.class, ArquillianExtension.class})
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
        Api.Reply inbox = as.get("api/notifications");
        assertEquals(200, inbox.status(), inbox.body());
        List<JsonObject> about = inbox.array().stream().map(JsonValue::asJsonObject)
                .filter(n -> !n.isNull("pledgeId") && n.getJsonNumber("pledgeId").longValue() == pledgeId).toList();
        assertEquals(1, about.size(), inbox.body());
        return about.get(0);
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
