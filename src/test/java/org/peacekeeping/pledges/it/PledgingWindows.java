package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Pledging windows (SPEC §12) against the running application: a closed window refuses new pledges, moves and
 * submissions (a returned pledge's too) through the API and an uploaded form, naming the event's closing date, and
 * writes nothing; reviewers' actions go on; the reminders 7 days and 1 day before a window closes reach the focal
 * points with drafts by mail (GreenMail), in their language, with links, once; an administrator's extension is
 * recorded, re-opens submissions and makes the reminders due again; nobody else may extend (403).
 *
 * <p>The events are this class's own, inserted with windows relative to today (UTC), and removed afterwards.
 *
 * <p>Scenarios run in this order by {@link WorkingTogetherIT} against its deployment (one Payara start for all of
 * them); {@link #removeWhatThisClassMade()} after them.
 */
final class PledgingWindows {

    private static final String BASE_URL = System.getProperty("it.base.url", "http://pledges.it.example/tracker/");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);

    private static final String CLOSED = "WINCLOSED-2026";
    private static final String OPEN = "WINOPEN-2026";
    private static final String SEVEN = "WINSEVEN-2026";
    private static final String ONE = "WINONE-2026";
    private static final String LATER = "WINLATER-2026";
    private static final List<String> EVENTS = List.of(CLOSED, OPEN, SEVEN, ONE, LATER);
    private static boolean inserted;

    private final URL base;

    private Api pakistan;
    private Api ghana;
    private Api japan;
    private Api korea;
    private Api reviewer;
    private Api admin;

    PledgingWindows(URL base) {
        this.base = base;
        TestMail.ensureRunning();
        Api api = new Api(base);
        pakistan = api.as("fp.pakistan");
        ghana = api.as("fp.ghana");
        japan = api.as("fp.japan");
        korea = api.as("fp.korea");
        reviewer = api.as("reviewer");
        admin = api.as("admin");
        if (!inserted) {
            event(CLOSED, "Window test closed", TODAY.minusMonths(3), TODAY.minusDays(1));
            event(OPEN, "Window test open", TODAY.minusMonths(1), TODAY.plusDays(30));
            event(SEVEN, "Window test seven", TODAY.minusMonths(1), TODAY.plusDays(7));
            event(ONE, "Window test one", TODAY.minusMonths(1), TODAY.plusDays(1));
            event(LATER, "Window test later", TODAY.plusDays(10), TODAY.plusDays(40));
            inserted = true;
        }
    }

    private static void event(String code, String name, LocalDate opens, LocalDate closes) {
        Sql.update("INSERT INTO pledging_event (code, event_type, name_en, name_fr, city, start_date, end_date, "
                + "ministerial, pledging_opens, pledging_closes, version) VALUES ('" + code + "', 'MINISTERIAL', '"
                + name + "', '" + name + " (fr)', 'Testville', DATE '2026-12-30', DATE '2026-12-31', NULL, DATE '"
                + opens + "', DATE '" + closes + "', 0)");
    }

    static void removeWhatThisClassMade() {
        String events = "('" + String.join("', '", EVENTS) + "')";
        Sql.update("DELETE FROM notification WHERE kind = 'WINDOW_CLOSING'");
        Sql.update("DELETE FROM window_reminder WHERE event_code IN " + events);
        Sql.update("DELETE FROM event_window_change WHERE event_code IN " + events);
        Sql.update("DELETE FROM pledge WHERE event_code IN " + events);
        Sql.update("DELETE FROM pledging_event WHERE code IN " + events);
        Sql.update("UPDATE user_account SET preferred_locale = 'en' WHERE username = 'fp.japan'");
    }

    // ------------------------------------------------------------------ the rule

    void aClosedWindowRefusesNewPledgesMovesAndSubmissionsWithItsDateAndWritesNothing() {
        String closedOn = ENGLISH.format(TODAY.minusDays(1));
        assertAll("the API says where each window stands",
                () -> assertEquals("CLOSED", event(CLOSED).getString("pledgingWindow")),
                () -> assertEquals("OPEN", event(OPEN).getString("pledgingWindow")),
                () -> assertEquals("NOT_YET_OPEN", event(LATER).getString("pledgingWindow")));
        long pledgesBefore = Sql.count("SELECT COUNT(*) FROM pledge");
        long historyBefore = Sql.count("SELECT COUNT(*) FROM pledge_history");
        Api.Reply refused = pakistan.post("api/pledges", body(CLOSED, "Too late").build().toString());
        assertRefusedForEvent(refused, "Pledging for Window test closed (" + CLOSED + ") closed on " + closedOn);
        assertEquals(pledgesBefore, Sql.count("SELECT COUNT(*) FROM pledge"), "nothing written");
        assertEquals(historyBefore, Sql.count("SELECT COUNT(*) FROM pledge_history"), "no history entry");

        JsonObject draft = created(pakistan, OPEN, "Moved too late");
        Api.Reply moved = pakistan.put("api/pledges/" + id(draft), body(CLOSED, "Moved too late")
                .add("version", draft.getJsonNumber("version").longValue()).build().toString());
        assertRefusedForEvent(moved, "closed on " + closedOn);
        assertEquals(OPEN, pakistan.get("api/pledges/" + id(draft)).object().getString("event"), "not moved");

        // A draft made while the window was open cannot be submitted once it closed.
        Sql.update("UPDATE pledge SET event_code = '" + CLOSED + "' WHERE id = " + id(draft));
        assertRefusedForEvent(pakistan.post(action(id(draft), "submit"), "{}"), "closed on " + closedOn);
        assertEquals("DRAFT", pakistan.get("api/pledges/" + id(draft)).object().getString("status"));

        // Reviewers go on with a pledge whose window closed after its submission; the returned pledge is not
        // resubmitted.
        JsonObject submitted = created(pakistan, OPEN, "Returned after the window");
        assertEquals(200, pakistan.post(action(id(submitted), "submit"), "{}").status());
        Sql.update("UPDATE pledge SET event_code = '" + CLOSED + "' WHERE id = " + id(submitted));
        assertEquals(200, reviewer.post(action(id(submitted), "start-review"), "{}").status());
        Api.Reply returned = reviewer.post(action(id(submitted), "return"),
                "{\"comment\":\"Please add the equipment list\"}");
        assertEquals(200, returned.status(), returned.body());
        assertRefusedForEvent(pakistan.post(action(id(submitted), "submit"), "{}"), "closed on " + closedOn);
        assertEquals("RETURNED", pakistan.get("api/pledges/" + id(submitted)).object().getString("status"));

        // A standing pledge has no window; an open window takes pledges; one not yet open takes drafts only.
        JsonObject standing = created(pakistan, null, "Standing pledge");
        assertEquals(200, pakistan.post(action(id(standing), "submit"), "{}").status());
        JsonObject open = created(pakistan, OPEN, "In time");
        assertEquals(200, pakistan.post(action(id(open), "submit"), "{}").status());
        JsonObject early = created(pakistan, LATER, "Early draft");
        assertRefusedForEvent(pakistan.post(action(id(early), "submit"), "{}"),
                "opens on " + ENGLISH.format(TODAY.plusDays(10)));
    }

    void anUploadedFormIsRefusedOnTheEventCellOfARowForAClosedWindow() {
        XSSFWorkbook form = workbook(ghana.download("api/pledge-form"));
        List<String> offered = offeredEvents(form);
        assertTrue(offered.containsAll(List.of(OPEN, SEVEN, ONE, LATER, "BERLIN-2025")), offered::toString);
        assertFalse(offered.contains(CLOSED), "a blank form offers no event whose window has closed: " + offered);
        assertFalse(offered.contains("SEOUL-2021"), offered::toString);
        fill(form, 0, row("Uploaded in time", OPEN));
        fill(form, 1, row("Uploaded too late", CLOSED));
        long pledgesBefore = Sql.count("SELECT COUNT(*) FROM pledge");
        Api.Reply refused = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        List<JsonObject> errors = refused.object().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                .toList();
        String column = org.apache.poi.ss.util.CellReference.convertNumToColString(columns(form).get("event"));
        assertAll(
                () -> assertEquals(1, errors.size(), refused.body()),
                () -> assertEquals("Pledges!" + column + "8", errors.get(0).getString("field")),
                () -> assertTrue(errors.get(0).getString("message").startsWith("Sheet Pledges, row 8, column "
                        + column), errors.get(0).getString("message")),
                () -> assertTrue(errors.get(0).getString("message").endsWith("Pledging for Window test closed ("
                        + CLOSED + ") closed on " + ENGLISH.format(TODAY.minusDays(1))),
                        errors.get(0).getString("message")));
        assertEquals(pledgesBefore, Sql.count("SELECT COUNT(*) FROM pledge"), "all or nothing: nothing written");

        fill(form, 1, row("Uploaded too late", OPEN));
        Api.Reply saved = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(pledgesBefore + 2, Sql.count("SELECT COUNT(*) FROM pledge"));
    }

    // ------------------------------------------------------------------ reminders

    void focalPointsWithDraftsAreRemindedSevenDaysAndOneDayBeforeOnceInTheirLanguage() throws Exception {
        Sql.update("UPDATE user_account SET preferred_locale = 'fr' WHERE username = 'fp.japan'");
        long japaneseDraft = id(created(japan, SEVEN, "Brouillon pour la fenetre"));
        long ghanaianDraft = id(created(ghana, ONE, "Draft closing tomorrow"));
        long ghanaianSecond = id(created(ghana, ONE, "Second draft closing tomorrow"));
        long koreanSubmitted = id(created(korea, SEVEN, "Submitted in time"));
        assertEquals(200, korea.post(action(koreanSubmitted, "submit"), "{}").status());
        created(japan, OPEN, "Thirty days to go");

        assertEquals(403, reviewer.post("api/admin/window-reminders", "{}").status());
        Api.Reply run = admin.post("api/admin/window-reminders", "{}");
        assertEquals(200, run.status(), run.body());

        MimeMessage toJapan = one("fp.japan@demo.invalid", "Window test seven");
        MimeMessage toGhana = one("fp.ghana@demo.invalid", "Window test one");
        String japaneseText = part(toJapan, "text/plain");
        String ghanaianText = part(toGhana, "text/plain");
        assertAll(
                () -> assertTrue(toJapan.getContentType().startsWith("multipart/alternative"), toJapan.getContentType()),
                () -> assertEquals("fr", toJapan.getContentLanguage()[0]),
                () -> assertEquals("Rappel\u00a0: les annonces pour Window test seven (fr) se terminent le "
                        + FRENCH.format(TODAY.plusDays(7)), toJapan.getSubject()),
                () -> assertTrue(japaneseText.contains("dans 7 jours"), japaneseText),
                () -> assertTrue(japaneseText.contains(BASE_URL + "pledges/edit.xhtml?id=" + japaneseDraft),
                        japaneseText),
                () -> assertTrue(part(toJapan, "text/html").contains("<html lang=\"fr\">")),
                () -> assertEquals("en", toGhana.getContentLanguage()[0]),
                () -> assertEquals("Reminder: pledging for Window test one closes on "
                        + ENGLISH.format(TODAY.plusDays(1)), toGhana.getSubject()),
                () -> assertTrue(ghanaianText.contains("(tomorrow)"), ghanaianText),
                () -> assertTrue(ghanaianText.contains("2 pledges"), ghanaianText),
                () -> assertTrue(ghanaianText.contains(BASE_URL + "pledges/edit.xhtml?id=" + ghanaianDraft)
                        && ghanaianText.contains(BASE_URL + "pledges/edit.xhtml?id=" + ghanaianSecond), ghanaianText),
                () -> assertEquals(List.of(), mails(TestMail.to("fp.korea@demo.invalid")
                        .and(subject("Window test seven"))), "no drafts, no reminder"),
                () -> assertEquals(List.of(), mails(subject("Window test open")), "30 days out: not yet"));
        assertTrue(japan.get("api/notifications").array().stream().map(JsonValue::asJsonObject)
                .anyMatch(n -> n.getString("kind").equals("WINDOW_CLOSING")
                        && n.getString("subject").contains("Window test seven")), "in the inbox too");

        Api.Reply again = admin.post("api/admin/window-reminders", "{}");
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.object().getInt("reminded"), "once each");
        Thread.sleep(3000);
        assertEquals(1, mails(TestMail.to("fp.japan@demo.invalid").and(subject("Window test seven"))).size());
        assertEquals(1, mails(TestMail.to("fp.ghana@demo.invalid").and(subject("Window test one"))).size());
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM window_reminder WHERE event_code = '" + ONE + "'"));
    }

    // ------------------------------------------------------------------ extension

    void anAdministratorsExtensionIsRecordedReopensSubmissionsAndMakesRemindersDueAgain() throws Exception {
        String path = "api/events/" + CLOSED + "/window-extensions";
        LocalDate newCloses = TODAY.plusDays(20);
        String extension = Json.createObjectBuilder().add("pledgingCloses", newCloses.toString())
                .add("reason", "Delegations asked for two more weeks").build().toString();
        assertProblem(reviewer.post(path, extension), 403);
        assertProblem(pakistan.post(path, extension), 403);
        assertProblem(reviewer.get(path), 403);
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM event_window_change WHERE event_code = '" + CLOSED + "'"));

        assertFieldError(admin.post(path, "{\"pledgingCloses\":\"" + TODAY.minusDays(1) + "\",\"reason\":\"x\"}"),
                "pledgingCloses", "The new closing date must be later than the current one.");
        assertFieldError(admin.post(path, "{\"pledgingCloses\":\"" + newCloses + "\",\"reason\":\"  \"}"),
                "reason", "Say why the window is extended.");
        assertFieldError(admin.post(path, "{\"pledgingCloses\":\"next week\",\"reason\":\"x\"}"),
                "pledgingCloses", "must be a date like 2026-01-31");
        assertProblem(admin.post("api/events/NOSUCH-2026/window-extensions", extension), 404);
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM event_window_change WHERE event_code = '" + CLOSED + "'"),
                "nothing recorded by a refusal");

        Api.Reply extended = admin.post(path, extension);
        assertEquals(201, extended.status(), extended.body());
        JsonObject change = extended.object();
        assertAll(
                () -> assertEquals("EXTENSION", change.getString("kind")),
                () -> assertEquals(TODAY.minusDays(1).toString(), change.getString("oldCloses")),
                () -> assertEquals(newCloses.toString(), change.getString("newCloses")),
                () -> assertEquals("Delegations asked for two more weeks", change.getString("reason")),
                () -> assertEquals("admin", change.getString("changedBy")));
        Api.Reply listed = admin.get(path);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(1, listed.array().size(), listed.body());
        assertEquals(newCloses.toString(), event(CLOSED).getString("pledgingCloses"));
        assertEquals("OPEN", event(CLOSED).getString("pledgingWindow"));

        JsonObject late = created(pakistan, CLOSED, "Welcome after the extension");
        Api.Reply submitted = pakistan.post(action(id(late), "submit"), "{}");
        assertEquals(200, submitted.status(), submitted.body());

        // Ghana was reminded one day before the old date; extended by two days, the 7-day reminder for the new date
        // is due.
        Api.Reply one = admin.post("api/events/" + ONE + "/window-extensions", "{\"pledgingCloses\":\""
                + TODAY.plusDays(3) + "\",\"reason\":\"One more weekend\"}");
        assertEquals(201, one.status(), one.body());
        assertEquals(200, admin.post("api/admin/window-reminders", "{}").status());
        List<MimeMessage> toGhana = TestMail.await(TestMail.to("fp.ghana@demo.invalid")
                .and(subject("Window test one")), 2, MAIL_WAIT);
        assertEquals(2, toGhana.size());
        assertTrue(toGhana.stream().anyMatch(m -> subjectOf(m).endsWith(ENGLISH.format(TODAY.plusDays(3)))),
                "the reminder names the new date");
    }

    // ------------------------------------------------------------------ helpers

    private JsonObject event(String code) {
        return pakistan.get("api/events").array().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("code").equals(code)).findFirst().orElseThrow();
    }

    private static void assertRefusedForEvent(Api.Reply reply, String message) {
        assertProblem(reply, 400);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertAll(
                () -> assertEquals("event", error.getString("field"), reply.body()),
                () -> assertTrue(error.getString("message").contains(message), reply.body()),
                () -> assertTrue(reply.object().getString("detail").contains(message), reply.body()));
    }

    private static void assertFieldError(Api.Reply reply, String field, String message) {
        assertProblem(reply, 400);
        JsonObject error = reply.object().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), reply.body());
        assertEquals(message, error.getString("message"), reply.body());
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    private static JsonObjectBuilder body(String event, String title) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("capabilityType", "LEVEL_2_HOSPITAL")
                .add("title", title).add("description", "Pledging window test").add("units", 1)
                .add("personnel", 60).add("women", 12)
                .add("availableFrom", TODAY.plusMonths(3).withDayOfMonth(1).toString()).add("daysToDeploy", 60)
                .add("durationMonths", 12).add("selfSustainment", "YES");
        if (event != null) {
            body.add("event", event);
        }
        return body;
    }

    private static JsonObject created(Api as, String event, String title) {
        Api.Reply created = as.post("api/pledges", body(event, title).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.object();
    }

    private static long id(JsonObject pledge) {
        return pledge.getJsonNumber("id").longValue();
    }

    private static String action(long id, String action) {
        return "api/pledges/" + id + "/actions/" + action;
    }

    private static Predicate<MimeMessage> subject(String part) {
        return message -> subjectOf(message).contains(part);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static List<MimeMessage> mails(Predicate<MimeMessage> matching) {
        return TestMail.received().stream().filter(matching).toList();
    }

    private static MimeMessage one(String address, String subject) throws InterruptedException {
        List<MimeMessage> found = TestMail.await(TestMail.to(address).and(subject(subject)), 1, MAIL_WAIT);
        assertEquals(1, found.size(), () -> "mail to " + address + " about " + subject + ": " + found.size());
        return found.get(0);
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

    // ------------------------------------------------------------------ the uploaded form

    private static Map<String, Object> row(String title, String event) {
        Map<String, Object> row = new HashMap<>();
        row.put("title", title);
        row.put("capabilityType", "Level 2 hospital");
        row.put("event", event);
        row.put("units", 1);
        row.put("personnel", 60);
        row.put("women", 12);
        row.put("readinessLevel", "LEVEL_1");
        row.put("availableFrom", TODAY.plusMonths(4).withDayOfMonth(1));
        row.put("daysToDeploy", 90);
        row.put("durationMonths", 12);
        row.put("selfSustainment", "PARTIAL");
        return row;
    }

    private static Map<String, Integer> columns(XSSFWorkbook form) {
        AreaReference fields = new AreaReference(form.getName("pledge_fields").getRefersToFormula(),
                SpreadsheetVersion.EXCEL2007);
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : form.getSheet(fields.getFirstCell().getSheetName()).getRow(fields.getFirstCell().getRow())) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return columns;
    }

    /** Fills the n-th prepared row (0 is row 7) with these values, by field code. */
    private static void fill(XSSFWorkbook form, int n, Map<String, Object> values) {
        Map<String, Integer> columns = columns(form);
        Sheet sheet = form.getSheet("Pledges");
        Row row = sheet.getRow(6 + n) == null ? sheet.createRow(6 + n) : sheet.getRow(6 + n);
        values.forEach((field, value) -> {
            int column = columns.get(field);
            Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        });
    }

    private static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events the form's event column offers: the cells of its named list. */
    private static List<String> offeredEvents(XSSFWorkbook form) {
        org.apache.poi.ss.util.AreaReference area = new org.apache.poi.ss.util.AreaReference(
                form.getName("list_event").getRefersToFormula(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
        List<String> codes = new java.util.ArrayList<>();
        for (org.apache.poi.ss.util.CellReference cell : area.getAllReferencedCells()) {
            codes.add(form.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol())
                    .getStringCellValue());
        }
        return codes;
    }

    private static XSSFWorkbook workbook(Api.Download download) {
        assertEquals(200, download.status(), new String(download.body(), java.nio.charset.StandardCharsets.UTF_8));
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(download.body()));
        } catch (IOException e) {
            throw new AssertionError("Not a workbook", e);
        }
    }
}
