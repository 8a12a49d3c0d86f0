package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved lists (SPEC §12) as their users meet them: saved through the API by a focal point, a reviewer and an analyst,
 * refused when hostile, invisible to anyone else (404), found again in the navigation and on their page; followed,
 * with the pledges they held then as the baseline; the daily digest run on demand and read from a real mail server
 * (GreenMail): one per account and day, in the recipient's language, with the new matches a user may see and working
 * links; and the signed unfollow link, tampered with, foreign, cut, opened (changes nothing) and confirmed (unfollows
 * that one list only).
 *
 * <p>Scenarios run by {@link WorkingTogetherIT} against its deployment (one Payara start for all of them).
 */
final class SavedLists {

    /** PLEDGES_BASE_URL of the container runs (pom.xml, it.base.url). */
    private static final String BASE_URL = System.getProperty("it.base.url", "http://pledges.it.example/tracker/");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern UNFOLLOW = Pattern.compile(
            "unfollow\\.xhtml\\?list=(\\d+)&account=(\\d+)&signature=([A-Za-z0-9_-]{43})");

    private final URL base;

    private Api api;
    private Api pakistan;
    private Api korea;
    private Api reviewer;
    private Api analyst;
    private Api admin;

    SavedLists(URL base) {
        this.base = base;
        TestMail.ensureRunning();
        api = new Api(base);
        pakistan = api.as("fp.pakistan");
        korea = api.as("fp.korea");
        reviewer = api.as("reviewer");
        analyst = api.as("analyst");
        admin = api.as("admin");
    }

    // ------------------------------------------------------------------ saving, owning, refusing

    void aSavedListIsItsOwnersOnlyRefusesHostileFiltersAndIsFoundAgain() {
        String name = "Medical drafts " + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = pakistan.post("api/saved-lists", Json.createObjectBuilder().add("name", "  " + name + " ")
                .add("page", "MY_PLEDGES").add("filter", Json.createObjectBuilder().add("status", "draft")
                        .add("category", "MEDICAL")).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject list = created.object();
        long id = list.getJsonNumber("id").longValue();
        String address = "pledges/index.xhtml?category=MEDICAL&status=DRAFT";
        assertAll(
                () -> assertEquals(name, list.getString("name"), "trimmed"),
                () -> assertEquals("category=MEDICAL&status=DRAFT", list.getString("query")),
                () -> assertEquals(address, list.getString("address")),
                () -> assertEquals("DRAFT", list.getJsonObject("filter").getString("status")),
                () -> assertFalse(list.getBoolean("followed")));

        // Refused, with the field named; nothing saved.
        assertAll(
                () -> refused(pakistan.post("api/saved-lists", body(name.toUpperCase(), "MY_PLEDGES", "{}")), "name"),
                () -> refused(pakistan.post("api/saved-lists", body("x", "MY_PLEDGES", "{\"memberState\":\"JPN\"}")),
                        "filter.memberState"),
                () -> refused(pakistan.post("api/saved-lists", body("x", "MY_PLEDGES",
                        "{\"status\":\"DRAFT' OR 1=1 --\"}")), "filter.status"),
                () -> refused(pakistan.post("api/saved-lists", body("x", "MY_PLEDGES", "{\"sort\":\"title\"}")),
                        "filter.sort"),
                () -> refused(pakistan.post("api/saved-lists", body("x", "REVIEW_QUEUE", "{}")), "page"),
                () -> refused(pakistan.post("api/saved-lists", body("x", "SOMEWHERE", "{}")), "page"),
                () -> refused(pakistan.post("api/saved-lists", body("x", "MY_PLEDGES", "\"status=DRAFT\"")), "filter"),
                () -> refused(pakistan.post("api/saved-lists", body("x".repeat(81), "MY_PLEDGES", "{}")), "name"),
                () -> refused(pakistan.post("api/saved-lists", body("  ", "MY_PLEDGES", "{}")), "name"),
                () -> refused(analyst.post("api/saved-lists", body("x", "ALL_PLEDGES", "{\"status\":\"DRAFT\"}")),
                        "filter.status"),
                () -> assertEquals(1, Sql.count("SELECT COUNT(*) FROM saved_list s JOIN user_account a "
                        + "ON a.id = s.account_id WHERE a.username = 'fp.pakistan' AND s.name_key = '"
                        + name.toLowerCase() + "'")));

        // Another account's list does not exist for it, whatever it tries.
        String path = "api/saved-lists/" + id;
        assertAll(
                () -> assertEquals(404, korea.get(path).status()),
                () -> assertEquals(404, korea.put(path, "{\"version\":0,\"name\":\"mine now\"}").status()),
                () -> assertEquals(404, korea.put(path + "/follow", "{}").status()),
                () -> assertEquals(404, korea.delete(path).status()),
                () -> assertEquals(404, reviewer.get(path).status()),
                () -> assertFalse(korea.get("api/saved-lists").body().contains(name)),
                () -> assertEquals(404, pakistan.get("api/saved-lists/abc").status()));

        // Rename: a stale version is refused, the current one goes through.
        long version = list.getJsonNumber("version").longValue();
        Api.Reply stale = pakistan.put(path, "{\"version\":" + (version + 5) + ",\"name\":\"Stale\"}");
        assertEquals(409, stale.status(), stale.body());
        Api.Reply renamed = pakistan.put(path, "{\"version\":" + version + ",\"name\":\"" + name + " renamed\"}");
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals(name + " renamed", renamed.object().getString("name"));
        refused(pakistan.put(path, "{\"name\":\"no version\"}"), "version");

        // Found again: in the navigation of every page, on the saved lists page, and it opens the list.
        Api.Reply page = pakistan.page("saved-lists.xhtml");
        Api.Reply listPage = pakistan.page(address);
        assertAll(
                () -> assertEquals(200, page.status()),
                () -> assertTrue(page.body().contains(name + " renamed"), "listed on its page"),
                () -> assertEquals(200, listPage.status()),
                () -> assertTrue(listPage.body().contains("href=\"/" + address.replace("&", "&amp;") + "\""),
                        "the navigation links to it: " + listPage.body().indexOf("navSavedLists")),
                () -> assertTrue(listPage.body().contains("saveListForm"), "the list page offers to save it"),
                () -> assertFalse(korea.page("saved-lists.xhtml").body().contains(name), "not for anyone else"));

        assertEquals(204, pakistan.delete(path).status());
        assertEquals(404, pakistan.get(path).status());
    }

    // ------------------------------------------------------------------ following and the digest

    void followedListsSendOneDigestADayInTheRecipientsLanguageWithWorkingSignedUnfollowLinks() throws Exception {
        Sql.update("DELETE FROM saved_list_digest");
        Sql.update("DELETE FROM saved_list");
        Sql.update("UPDATE user_account SET preferred_locale = 'fr' WHERE username = 'fp.korea'");
        try {
            String token = "Digest" + UUID.randomUUID().toString().substring(0, 8);
            long koreaSubmitted = follow(korea, "Médical soumis", "MY_PLEDGES",
                    "{\"status\":\"SUBMITTED\",\"category\":\"MEDICAL\"}");
            long koreaWithdrawn = follow(korea, "Retirés", "MY_PLEDGES", "{\"status\":\"WITHDRAWN\"}");
            long queue = follow(reviewer, "Korean medical in the queue", "REVIEW_QUEUE",
                    "{\"memberState\":\"KOR\",\"category\":\"MEDICAL\"}");
            follow(analyst, "Token " + token, "ALL_PLEDGES", "{\"q\":\"" + token + "\"}");
            follow(pakistan, "Our submitted medical", "MY_PLEDGES", "{\"status\":\"SUBMITTED\",\"category\":\"MEDICAL\"}");

            // What the lists held when followed is the baseline: nothing new, no digest.
            JsonObject first = runDigests();
            assertEquals(0, first.getInt("sent"), first.toString());

            JsonObject one = draft(korea, "Hôpital " + token + " un", "LEVEL_2_HOSPITAL");
            JsonObject two = draft(korea, "Hôpital " + token + " deux", "LEVEL_2_HOSPITAL");
            JsonObject kept = draft(korea, "Hôpital " + token + " brouillon", "LEVEL_2_HOSPITAL");
            act(korea, id(one), "submit");
            act(korea, id(two), "submit");
            int mailsBefore = TestMail.received().size();

            JsonObject second = runDigests();
            assertAll(
                    () -> assertEquals(3, second.getInt("sent"), second.toString()),
                    () -> assertEquals(1, second.getInt("nothingNew"), "Pakistan sees no Korean pledge"));
            MimeMessage toKorea = only("fp.korea@demo.invalid");
            MimeMessage toReviewer = only("reviewer@demo.invalid");
            MimeMessage toAnalyst = only("analyst@demo.invalid");
            String koreanText = part(toKorea, "text/plain");
            String koreanHtml = part(toKorea, "text/html");
            String reviewerText = part(toReviewer, "text/plain");
            String analystText = part(toAnalyst, "text/plain");
            String ref1 = one.getString("reference");
            String ref2 = two.getString("reference");
            assertAll(
                    () -> assertEquals("Listes enregistrées\u00a0: 2 nouveaux résultats", toKorea.getSubject()),
                    () -> assertEquals("fr", toKorea.getContentLanguage()[0]),
                    () -> assertTrue(toKorea.getContentType().startsWith("multipart/alternative")),
                    () -> assertTrue(koreanText.contains("Médical soumis\u00a0: 2 nouveaux résultats"), koreanText),
                    () -> assertTrue(koreanText.contains(ref1) && koreanText.contains(ref2), koreanText),
                    () -> assertFalse(koreanText.contains(kept.getString("reference")), "a draft is not submitted"),
                    () -> assertFalse(koreanText.contains("Retirés"), "a list with nothing new is left out"),
                    () -> assertTrue(koreanText.contains("Soumise"), "the status in French"),
                    () -> assertTrue(koreanText.contains(BASE_URL + "pledges/edit.xhtml?id=" + id(one)), koreanText),
                    () -> assertTrue(koreanHtml.contains("<html lang=\"fr\">"), koreanHtml),
                    () -> assertTrue(koreanHtml.contains("<a href=\"" + BASE_URL + "unfollow.xhtml?list="
                            + koreaSubmitted + "&amp;account="), koreanHtml),
                    () -> assertEquals("Saved lists: 2 new matches", toReviewer.getSubject()),
                    () -> assertEquals("en", toReviewer.getContentLanguage()[0]),
                    () -> assertTrue(reviewerText.contains("Korean medical in the queue: 2 new matches"), reviewerText),
                    () -> assertTrue(reviewerText.contains(ref1 + " · Hôpital " + token + " un · KOR · Submitted"),
                            reviewerText),
                    () -> assertTrue(analystText.contains(ref1) && analystText.contains(ref2), analystText),
                    () -> assertEquals(List.of(), digestSubjects(TestMail.received().stream().skip(mailsBefore)
                            .filter(TestMail.to("fp.pakistan@demo.invalid")).toList()), "no digest for Pakistan"));

            // The same digest is in the inbox; its links work on the real server.
            Api.Reply inbox = korea.get("api/notifications");
            JsonObject notice = inbox.array().stream().map(v -> v.asJsonObject())
                    .filter(n -> n.getString("kind").equals("SAVED_LIST_DIGEST")).findFirst()
                    .orElseThrow(() -> new AssertionError("no digest in the inbox: " + inbox.body() + " / "
                            + Sql.column("SELECT n.kind || ' ' || a.username FROM notification n JOIN user_account a "
                            + "ON a.id = n.recipient_id")));
            assertEquals(toKorea.getSubject(), notice.getString("subject"));
            String reviewLink = link(reviewerText, "review/pledge.xhtml?id=" + id(one));
            assertEquals(200, reviewer.page(reviewLink).status());
            Api.Reply listLink = reviewer.page(link(reviewerText, "review/index.xhtml?"));
            assertEquals(200, listLink.status());

            // Once a day: a second run the same day sends nothing more, even with something new.
            act(reviewer, id(one), "start-review");
            JsonObject third = runDigests();
            Thread.sleep(3000);
            assertAll(
                    () -> assertEquals(0, third.getInt("sent"), third.toString()),
                    () -> assertEquals(3, third.getInt("alreadySent"), third.toString()),
                    () -> assertEquals(1, TestMail.received().stream().filter(TestMail.to("fp.korea@demo.invalid"))
                            .filter(m -> subject(m).startsWith("Listes")).count()));

            // The unfollow link: tampered, foreign and cut links change nothing.
            Matcher signed = UNFOLLOW.matcher(koreanText);
            assertTrue(signed.find(), koreanText);
            assertEquals(String.valueOf(koreaSubmitted), signed.group(1));
            String account = signed.group(2);
            String signature = signed.group(3);
            String tampered = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
            Api anonymous = new Api(base).withCookies();
            Api.Reply forged = anonymous.page("unfollow.xhtml?list=" + koreaSubmitted + "&account=" + account
                    + "&signature=" + tampered);
            Api.Reply foreign = anonymous.page("unfollow.xhtml?list=" + queue + "&account=" + account
                    + "&signature=" + signature);
            Api.Reply cut = anonymous.page("unfollow.xhtml?list=" + koreaSubmitted + "&account=" + account
                    + "&signature=" + signature.substring(0, 30));
            assertAll(
                    () -> assertEquals(403, forged.status(), forged.body()),
                    () -> assertTrue(forged.body().contains("id=\"refused\""), forged.body()),
                    () -> assertFalse(forged.body().contains("unfollowForm"), "no button"),
                    () -> assertEquals(403, foreign.status()),
                    () -> assertEquals(400, cut.status()),
                    () -> assertTrue(followed(korea, koreaSubmitted)),
                    () -> assertTrue(followed(reviewer, queue)));

            // The right link: GET (what a mail scanner does) names the list and changes nothing; the button unfollows.
            String path = signed.group();
            Api.Reply confirmation = anonymous.page(path);
            assertAll(
                    () -> assertEquals(200, confirmation.status(), confirmation.body()),
                    () -> assertTrue(confirmation.body().contains("Médical soumis"), confirmation.body()),
                    () -> assertTrue(confirmation.body().contains("unfollowForm"), confirmation.body()),
                    () -> assertTrue(followed(korea, koreaSubmitted), "a GET changes nothing"));
            JsonObject before = korea.get("api/saved-lists/" + koreaSubmitted).object();
            Api.Reply done = anonymous.exchange("POST", "unfollow.xhtml", "application/x-www-form-urlencoded",
                    "text/html", form(confirmation.body()).getBytes(StandardCharsets.UTF_8));
            JsonObject after = korea.get("api/saved-lists/" + koreaSubmitted).object();
            assertAll(
                    () -> assertEquals(200, done.status(), done.body()),
                    () -> assertTrue(done.body().contains("id=\"done\""), done.body()),
                    () -> assertFalse(after.getBoolean("followed")),
                    () -> assertEquals(before.getString("name"), after.getString("name")),
                    () -> assertEquals(before.getString("query"), after.getString("query")),
                    () -> assertTrue(followed(korea, koreaWithdrawn), "the other list of the account stays followed"),
                    () -> assertTrue(followed(reviewer, queue), "and everyone else's"));
        } finally {
            Sql.update("UPDATE user_account SET preferred_locale = 'en' WHERE username = 'fp.korea'");
        }
    }

    /** The demo accounts' saved lists are left as they were found (none): other classes share the database. */
    static void removeTheSavedLists() {
        Sql.update("DELETE FROM saved_list_digest");
        Sql.update("DELETE FROM saved_list");
    }

    // ------------------------------------------------------------------ helpers

    private static String body(String name, String page, String filter) {
        return "{\"name\":\"" + name + "\",\"page\":\"" + page + "\",\"filter\":" + filter + "}";
    }

    private static void refused(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.object().getJsonArray("errors").stream()
                .anyMatch(e -> e.asJsonObject().getString("field").equals(field)), () -> field + ": " + reply.body());
    }

    private static long follow(Api as, String name, String page, String filter) {
        Api.Reply created = as.post("api/saved-lists", "{\"name\":\"" + name + "\",\"page\":\"" + page
                + "\",\"filter\":" + filter + ",\"followed\":true}");
        assertEquals(201, created.status(), created.body());
        assertTrue(created.object().getBoolean("followed"));
        return created.object().getJsonNumber("id").longValue();
    }

    private static boolean followed(Api as, long id) {
        Api.Reply reply = as.get("api/saved-lists/" + id);
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getBoolean("followed");
    }

    private JsonObject runDigests() {
        Api.Reply run = admin.post("api/admin/digests", "");
        assertEquals(200, run.status(), run.body());
        return run.object();
    }

    private static MimeMessage only(String address) throws InterruptedException {
        List<MimeMessage> found = TestMail.await(TestMail.to(address).and(m -> subject(m).contains("Saved lists")
                || subject(m).contains("Listes enregistrées")), 1, MAIL_WAIT);
        assertEquals(1, found.size(), () -> "digests to " + address + ": " + found.size());
        return found.get(0);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The address in the text that starts with the base URL and holds {@code containing}, relative to it. */
    private static String link(String text, String containing) {
        return text.lines().map(String::strip).flatMap(line -> List.of(line.split(" ")).stream())
                .filter(word -> word.startsWith(BASE_URL) && word.contains(containing)).findFirst()
                .map(word -> word.substring(BASE_URL.length()))
                .orElseThrow(() -> new AssertionError("no link with " + containing + " in " + text));
    }

    /** The unfollow form's fields as a browser would post them on its button. */
    private static String form(String html) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(state.find(), html);
        // PrimeFaces' CSP mode: its script sends the page's nonce with every postback.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
        assertTrue(nonce.find(), html);
        return "unfollowForm=unfollowForm&unfollowForm%3Aconfirm=&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8) + "&primefaces.nonce="
                + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
    }

    private static JsonObject draft(Api as, String title, String capabilityType) {
        Api.Reply created = as.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", capabilityType).add("event", "BERLIN-2025").add("title", title)
                .add("description", "Saved list test pledge").add("units", 1).add("personnel", 60)
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

    private static void act(Api as, long id, String action) {
        Api.Reply reply = as.post("api/pledges/" + id + "/actions/" + action, "{}");
        assertEquals(200, reply.status(), () -> action + ": " + reply.body());
    }

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

    /** The subjects of those mails that are digests (other notices, such as a window's reminder, may be sent too). */
    private static List<String> digestSubjects(List<MimeMessage> mails) throws MessagingException {
        List<String> digests = new java.util.ArrayList<>();
        for (MimeMessage mail : mails) {
            String subject = mail.getSubject();
            if (subject.startsWith("Saved lists") || subject.startsWith("Listes enregistrées")) {
                digests.add(subject);
            }
        }
        return digests;
    }
}
