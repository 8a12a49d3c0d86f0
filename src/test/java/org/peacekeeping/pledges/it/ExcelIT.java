package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacekeeping.pledges.report.StylesPart;

/**
 * The Excel workbooks and the pledge form round trip on the real WAR (SPEC §5), read back with POI as an analyst's
 * spreadsheet or a focal point's script would. The ministerial summary is checked twice: on a crafted set with known
 * answers (a test-only ministerial and its preparatory meeting, pledged by Korea and Ghana through the API), and on the
 * demo data against the database itself. The register is checked against the list endpoint, filters and scoping
 * included; the form by a download, fill, upload and upload-again, and by every kind of refused file, after each of
 * which nothing was written. Everything this class makes is removed at the end, so that the other container test
 * classes see the database as they expect it whatever the order.
 */
@ExtendWith({TestDatabase.class, TestClamd.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExcelIT {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String EVENT = "EXCELTEST-2099";
    private static final String PREPARATORY = "EXCELPREP-2099";

    /** Pledges this class made (through the API or an upload), removed at the end. */
    private static final Set<Long> MADE = new ConcurrentSkipListSet<>();
    private static final Map<String, String> CRAFTED = new HashMap<>();
    private static boolean crafted;

    @Deployment(testable = false)
    static WebArchive application() {
        return FoundationIT.application();
    }

    @ArquillianResource
    private URL base;

    private Api korea;
    private Api ghana;
    private Api japan;
    private Api pakistan;
    private Api reviewer;
    private Api analyst;

    @BeforeEach
    void clients() {
        Api api = new Api(base);
        korea = api.as("fp.korea");
        ghana = api.as("fp.ghana");
        japan = api.as("fp.japan");
        pakistan = api.as("fp.pakistan");
        reviewer = api.as("reviewer");
        analyst = api.as("analyst");
        craftOnce();
    }

    /**
     * The crafted set: a test-only ministerial and its preparatory meeting; approved are two Korean formed police
     * units (one at each meeting) and a Ghanaian hospital; pending are a Korean hospital (submitted) and a Ghanaian
     * engineer company (under review); a Korean battalion stays a draft. Requirements: formed police units 3 critical
     * and 2 high, one level 2 hospital critical.
     */
    private void craftOnce() {
        if (crafted) {
            return;
        }
        Sql.update("INSERT INTO pledging_event (code, event_type, name_en, name_fr, city, start_date, end_date, "
                + "ministerial, version) VALUES ('" + EVENT + "', 'MINISTERIAL', 'Excel test ministerial', "
                + "'Ministerielle de test', 'Testville', DATE '2099-06-01', DATE '2099-06-02', NULL, 0)");
        Sql.update("INSERT INTO pledging_event (code, event_type, name_en, name_fr, city, start_date, end_date, "
                + "ministerial, version) VALUES ('" + PREPARATORY + "', 'PREPARATORY', 'Excel test preparatory "
                + "meeting', 'Reunion preparatoire de test', 'Prepville', DATE '2099-03-01', DATE '2099-03-01', '"
                + EVENT + "', 0)");
        crafted = true;
        CRAFTED.put("K1", reference(approved(korea, "FORMED_POLICE_UNIT", EVENT, 140, 30)));
        CRAFTED.put("K2", reference(approved(korea, "FORMED_POLICE_UNIT", PREPARATORY, 160, 20)));
        CRAFTED.put("G1", reference(approved(ghana, "LEVEL_2_HOSPITAL", EVENT, 60, 15)));
        long submitted = pledge(korea, "LEVEL_2_HOSPITAL", EVENT, 57, 10);
        action(korea, submitted, "submit");
        CRAFTED.put("K3", reference(submitted));
        long underReview = pledge(ghana, "ENGINEER_COMPANY", EVENT, 180, 9);
        action(ghana, underReview, "submit");
        action(reviewer, underReview, "start-review");
        CRAFTED.put("G2", reference(underReview));
        pledge(korea, "INFANTRY_BATTALION", EVENT, 850, 100);
        requirement("FORMED_POLICE_UNIT", 3, "CRITICAL", "MINUSCA");
        requirement("FORMED_POLICE_UNIT", 2, "HIGH", "UNMISS");
        requirement("LEVEL_2_HOSPITAL", 1, "CRITICAL", null);
    }

    @AfterAll
    static void removeWhatThisClassMade() {
        if (!MADE.isEmpty()) {
            Sql.update("DELETE FROM pledge WHERE id IN (" + MADE.stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")");
        }
        Sql.update("DELETE FROM pledge WHERE event_code IN ('" + EVENT + "', '" + PREPARATORY + "')");
        Sql.update("DELETE FROM capability_requirement WHERE event_code IN ('" + EVENT + "', '" + PREPARATORY + "')");
        Sql.update("DELETE FROM pledge_reference_counter WHERE ref_year = 2099");
        Sql.update("DELETE FROM pledging_event WHERE code = '" + PREPARATORY + "'");
        Sql.update("DELETE FROM pledging_event WHERE code = '" + EVENT + "'");
    }

    // ------------------------------------------------------------------ the summary on known answers

    @Test
    @Order(1)
    void theSummaryOfTheCraftedSetShowsTheKnownFiguresOnEverySheet() {
        XSSFWorkbook summary = workbook(analyst.download("api/reports/ministerial-summary?event=" + EVENT));
        assertEquals(List.of("Overview", "Category x regional group", "By member state", "Gender parity",
                "Gap analysis", "Fulfilment", "Register"), sheetNames(summary));

        Sheet overview = summary.getSheet("Overview");
        assertAll("overview",
                () -> assertEquals(3, number(row(overview, "Pledges").getCell(1))),
                () -> assertEquals(2, number(row(overview, "Member states").getCell(1))),
                () -> assertEquals(3, number(row(overview, "Units").getCell(1))),
                () -> assertEquals(360, number(row(overview, "Personnel").getCell(1))),
                () -> assertEquals(65, number(row(overview, "Women").getCell(1))),
                () -> assertEquals(65.0 / 360, row(overview, "Women's share").getCell(1).getNumericCellValue(), 1e-9),
                () -> assertEquals(3, number(row(overview, "Approved").getCell(1))),
                () -> assertEquals(2, number(row(overview, EVENT).getCell(1))),
                () -> assertEquals(1, number(row(overview, PREPARATORY).getCell(1))),
                () -> assertTrue(text(row(overview, "Event").getCell(1)).contains(PREPARATORY)),
                () -> assertEquals("Approved pledges only", text(row(overview, "Pledges included").getCell(1))));

        Sheet categories = summary.getSheet("Category x regional group");
        List<Row> fpu = rows(categories, "Formed police units");
        List<Row> medical = rows(categories, "Medical");
        List<Row> totals = rows(categories, "Total");
        assertAll("category x regional group",
                () -> assertEquals(2, number(fpu.get(0).getCell(2)), "pledges, Asia-Pacific"),
                () -> assertEquals(300, number(fpu.get(1).getCell(2)), "personnel, Asia-Pacific"),
                () -> assertEquals(50, number(fpu.get(2).getCell(2)), "women, Asia-Pacific"),
                () -> assertEquals(1, number(medical.get(0).getCell(1)), "pledges, African"),
                () -> assertEquals(60, number(medical.get(1).getCell(1)), "personnel, African"),
                () -> assertEquals(3, number(totals.get(0).getCell(7)), "all pledges"),
                () -> assertEquals(360, number(totals.get(1).getCell(7)), "all personnel"),
                () -> assertEquals(65, number(totals.get(2).getCell(7)), "all women"));

        Map<String, List<Long>> states = byState(summary.getSheet("By member state"));
        assertEquals(Map.of("GHA", List.of(1L, 1L, 60L, 15L), "KOR", List.of(2L, 2L, 300L, 50L)), states);

        Sheet gender = summary.getSheet("Gender parity");
        Row police = rows(gender, "Formed police units").get(0);
        Row contingents = row(gender, "Contingents");
        assertAll("gender parity",
                () -> assertEquals(300, number(police.getCell(2))),
                () -> assertEquals(50, number(police.getCell(3))),
                () -> assertEquals(0.20, police.getCell(5).getNumericCellValue(), 1e-9, "the 2028 target"),
                () -> assertEquals(10, number(police.getCell(7)), "60 of 300 is 20 %"),
                () -> assertEquals("No", text(police.getCell(8))),
                () -> assertEquals(60, number(contingents.getCell(2))),
                () -> assertEquals("Yes", text(contingents.getCell(8))));

        Sheet gaps = summary.getSheet("Gap analysis");
        Row policeGap = rowWhere(gaps, 1, "Formed police unit");
        Row hospitalGap = rowWhere(gaps, 1, "Level 2 hospital");
        assertAll("gaps",
                () -> assertEquals(5, number(policeGap.getCell(2)), "required"),
                () -> assertEquals(2, number(policeGap.getCell(4)), "approved at level 1"),
                () -> assertEquals(2, number(policeGap.getCell(8)), "approved"),
                () -> assertEquals(300, number(policeGap.getCell(9)), "approved personnel"),
                () -> assertEquals(3, number(policeGap.getCell(10)), "gap"),
                () -> assertEquals(0, number(hospitalGap.getCell(10)), "no gap"));
        Map<String, String> coverage = new HashMap<>();
        for (Row row : gaps) {
            if (row.getCell(7) != null && Set.of("Critical", "High").contains(text(row.getCell(0)))) {
                coverage.put(text(row.getCell(0)) + " " + text(row.getCell(1)), (long) number(row.getCell(7)) + " "
                        + text(row.getCell(9)));
            }
        }
        assertEquals(Map.of("Critical Formed police unit", "2 Partly covered", "High Formed police unit",
                "0 Not covered", "Critical Level 2 hospital", "1 Covered"), coverage);
        assertGapsEqualTheApi(gaps, EVENT);

        assertEquals(Set.of(CRAFTED.get("K1"), CRAFTED.get("K2"), CRAFTED.get("G1")),
                new HashSet<>(column(summary.getSheet("Register"), "Reference")));
    }

    @Test
    @Order(2)
    void withPendingPledgesTheSummaryMarksThemWithTheirStatus() {
        XSSFWorkbook summary = workbook(analyst.download("api/reports/ministerial-summary?event=" + EVENT
                + "&includePending=true"));
        Sheet overview = summary.getSheet("Overview");
        assertAll("overview",
                () -> assertEquals(5, number(row(overview, "Pledges").getCell(1))),
                () -> assertEquals(1, number(row(overview, "Submitted").getCell(1))),
                () -> assertEquals(1, number(row(overview, "Under review").getCell(1))),
                () -> assertEquals(3, number(row(overview, "Approved").getCell(1))),
                () -> assertEquals(597, number(row(overview, "Personnel").getCell(1))));
        Sheet states = summary.getSheet("By member state");
        Row korea = row(states, "KOR");
        assertEquals(List.of(3.0, 2.0, 1.0), List.of(korea.getCell(3).getNumericCellValue(),
                korea.getCell(4).getNumericCellValue(), korea.getCell(5).getNumericCellValue()));
        Sheet register = summary.getSheet("Register");
        Map<String, String> statusByReference = new HashMap<>();
        List<String> references = column(register, "Reference");
        List<String> statuses = column(register, "Status");
        for (int i = 0; i < references.size(); i++) {
            statusByReference.put(references.get(i), statuses.get(i));
        }
        assertEquals(Map.of(CRAFTED.get("K1"), "Approved", CRAFTED.get("K2"), "Approved", CRAFTED.get("G1"),
                "Approved", CRAFTED.get("K3"), "Submitted", CRAFTED.get("G2"), "Under review"), statusByReference);
        int pendingRow = references.indexOf(CRAFTED.get("K3")) + 1;
        int approvedRow = references.indexOf(CRAFTED.get("K1")) + 1;
        assertNotEquals(register.getRow(approvedRow).getCell(0).getCellStyle().getFillPattern(),
                register.getRow(pendingRow).getCell(0).getCellStyle().getFillPattern(), "pending rows are marked");
        assertEquals(3, number(rowWhere(summary.getSheet("Gap analysis"), 1, "Formed police unit").getCell(10)),
                "the gap counts approved pledges only, whatever the option");
    }

    // ------------------------------------------------------------------ the summary on the demo data

    @Test
    @Order(3)
    void theSummaryOfBerlinEqualsTheDatabaseOnEverySheet() {
        long started = System.nanoTime();
        Api.Download download = analyst.download("api/reports/ministerial-summary?event=BERLIN-2025");
        XSSFWorkbook summary = workbook(download);
        System.out.printf(Locale.ROOT, "Ministerial summary for BERLIN-2025 in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        StylesPart.of(download.body()).assertHasExcelsDefaults();
        assertSummaryEqualsTheDatabase(summary, "p.status IN ('APPROVED', 'DEPLOYED', 'REPATRIATED') "
                + "AND (e.code = 'BERLIN-2025' "
                + "OR e.ministerial = 'BERLIN-2025')");
        assertGapsEqualTheApi(summary.getSheet("Gap analysis"), "BERLIN-2025");
    }

    @Test
    @Order(4)
    void theSummaryOfAllEventsWithPendingPledgesEqualsTheDatabase() {
        XSSFWorkbook summary = workbook(reviewer.download("api/reports/ministerial-summary?includePending=true"));
        assertSummaryEqualsTheDatabase(summary, "p.status IN ('APPROVED', 'DEPLOYED', 'REPATRIATED', "
                + "'SUBMITTED', 'UNDER_REVIEW', 'RETURNED')");
        assertGapsEqualTheApi(summary.getSheet("Gap analysis"), null);
        assertTrue(text(row(summary.getSheet("Overview"), "Data").getCell(1)).contains("synthetic"),
                "the demo set says it is synthetic");
    }

    @Test
    @Order(5)
    void focalPointsMayNotDownloadTheSummaryAndUnknownEventsAndOptionsAreRefused() {
        assertProblem(korea.download("api/reports/ministerial-summary").asReply(), 403);
        assertProblem(analyst.download("api/reports/ministerial-summary?event=NO-SUCH-EVENT").asReply(), 404);
        assertProblem(analyst.download("api/reports/ministerial-summary?includePending=maybe").asReply(), 400);
    }

    // ------------------------------------------------------------------ one pipeline, three views

    /**
     * The dashboard page (its rendered HTML, signed in as analyst), GET /api/dashboard and the summary workbook show
     * the same figures for the same event and choice: totals of pledges, member states, personnel and women, and
     * pledges and personnel per category, per regional group and per counted status. On the crafted set, whose
     * answers are known, and on the demo data, for one event and for all.
     */
    @Test
    @Order(6)
    void theDashboardItsJsonAndTheSummaryShowTheSameFigures() {
        for (String event : new String[] {EVENT, "BERLIN-2025", null}) {
            for (boolean includePending : new boolean[] {false, true}) {
                if (event == null && !includePending) {
                    continue;
                }
                String choice = (event == null ? "all events" : event) + (includePending ? " with pending" : "");
                Map<String, Long> page = pageFigures(event, includePending);
                Map<String, Long> json = jsonFigures(event, includePending);
                Map<String, Long> workbook = workbookFigures(event, includePending);
                assertFalse(page.isEmpty(), choice);
                assertEquals(json, page, "the dashboard page shows GET /api/dashboard, " + choice);
                assertEquals(json, workbook, "the summary workbook shows GET /api/dashboard, " + choice);
                if (EVENT.equals(event)) {
                    assertAll("the crafted set's known answers, " + choice,
                            () -> assertEquals(includePending ? 5 : 3, json.get("total pledges")),
                            () -> assertEquals(includePending ? 597 : 360, json.get("total personnel")),
                            () -> assertEquals(2, json.get("category FORMED_POLICE_UNIT pledges")),
                            () -> assertEquals(includePending ? 357 : 300, json.get("group ASIA_PACIFIC personnel")),
                            () -> assertEquals(includePending ? 240 : 60, json.get("group AFRICAN personnel")),
                            () -> assertEquals(3, json.get("status APPROVED pledges")),
                            () -> assertEquals(includePending ? 1L : null, json.get("status SUBMITTED pledges")));
                }
            }
        }
    }

    // ------------------------------------------------------------------ fulfilment

    /** The funnel's steps as SQL conditions on the pledge row, as SPEC §10 and FulfilmentCalculator define them. */
    private static final Map<String, String> FUNNEL_STEPS = funnelSteps();

    private static Map<String, String> funnelSteps() {
        String approved = " AND status IN ('APPROVED', 'DEPLOYED', 'REPATRIATED')";
        Map<String, String> steps = new java.util.LinkedHashMap<>();
        steps.put("announced", "");
        steps.put("approved", approved);
        steps.put("level2OrHigher", approved + " AND readiness_level IN ('LEVEL_2', 'LEVEL_3', 'RAPID_DEPLOYMENT')");
        steps.put("level3OrHigher", approved + " AND readiness_level IN ('LEVEL_3', 'RAPID_DEPLOYMENT')");
        steps.put("rapidDeployment", approved + " AND readiness_level = 'RAPID_DEPLOYMENT'");
        steps.put("deployed", " AND status IN ('DEPLOYED', 'REPATRIATED')");
        return steps;
    }

    /**
     * GET /api/fulfilment against the database: for every ministerial (its preparatory meetings included), the
     * pledges and pledged personnel at every step of the funnel, in total, in one category and in one regional
     * group, counted straight from the pledge table; the ministerials in the order they were held.
     */
    @Test
    @Order(7)
    void theFulfilmentFunnelIsTheDatabases() {
        Api.Reply reply = analyst.get("api/fulfilment");
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> ministerials = reply.object().getJsonArray("ministerials").getValuesAs(JsonObject.class);
        assertEquals(Sql.column("SELECT code FROM pledging_event WHERE event_type = 'MINISTERIAL' "
                        + "ORDER BY start_date, code"),
                ministerials.stream().map(m -> m.getString("event")).toList());
        for (JsonObject ministerial : ministerials) {
            String code = ministerial.getString("event");
            String pledges = "FROM pledge WHERE status <> 'DRAFT' AND event_code IN (SELECT code FROM "
                    + "pledging_event WHERE code = '" + code + "' OR ministerial = '" + code + "')";
            JsonObject medical = ministerial.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                    .filter(row -> row.getString("category").equals("MEDICAL")).findFirst()
                    .map(row -> row.getJsonObject("funnel")).orElse(null);
            JsonObject african = ministerial.getJsonArray("byRegionalGroup").getValuesAs(JsonObject.class).stream()
                    .filter(row -> !row.isNull("regionalGroup") && row.getString("regionalGroup").equals("AFRICAN"))
                    .findFirst().map(row -> row.getJsonObject("funnel")).orElse(null);
            for (Map.Entry<String, String> step : FUNNEL_STEPS.entrySet()) {
                String where = pledges + step.getValue();
                String what = code + " " + step.getKey();
                JsonObject total = ministerial.getJsonObject("total").getJsonObject(step.getKey());
                assertEquals(Sql.count("SELECT COUNT(*) " + where), total.getJsonNumber("pledges").longValue(), what);
                assertEquals(Sql.count("SELECT COALESCE(SUM(personnel), 0) " + where),
                        total.getJsonNumber("personnel").longValue(), what + " personnel");
                long medicalInDatabase = Sql.count("SELECT COUNT(*) " + where + " AND category = 'MEDICAL'");
                assertEquals(medicalInDatabase, medical == null ? 0
                        : medical.getJsonObject(step.getKey()).getJsonNumber("pledges").longValue(), what + " medical");
                long africanInDatabase = Sql.count("SELECT COUNT(*) " + where + " AND member_state IN (SELECT iso3 "
                        + "FROM member_state WHERE regional_group = 'AFRICAN')");
                assertEquals(africanInDatabase, african == null ? 0
                        : african.getJsonObject(step.getKey()).getJsonNumber("pledges").longValue(), what + " African");
            }
        }
        for (JsonObject ministerial : ministerials) {
            String code = ministerial.getString("event");
            String deployed = "FROM pledge WHERE status IN ('DEPLOYED', 'REPATRIATED') AND event_code IN (SELECT code"
                    + " FROM pledging_event WHERE code = '" + code + "' OR ministerial = '" + code + "')";
            assertEquals(Sql.count("SELECT COALESCE(SUM(deployed_personnel), 0) " + deployed),
                    ministerial.getJsonNumber("deployedPersonnel").longValue(), code + " personnel deployed");
            assertEquals(Sql.count("SELECT COALESCE(SUM(deployed_women), 0) " + deployed),
                    ministerial.getJsonNumber("deployedWomen").longValue(), code + " women deployed");
            assertEquals(Sql.count("SELECT COUNT(*) " + deployed) > 0, !ministerial.isNull("medianDaysToDeployment"),
                    code + " has a median exactly when something deployed");
        }
        JsonObject seoul = ministerials.stream().filter(m -> m.getString("event").equals("SEOUL-2021")).findFirst()
                .orElseThrow();
        assertTrue(seoul.getJsonNumber("medianDaysToDeployment").doubleValue() > 0,
                "the demo's Seoul 2021 pledges deployed after their approval");
        assertTrue(ministerials.stream().anyMatch(m -> m.getJsonObject("total").getJsonObject("approved")
                .getJsonNumber("pledges").longValue() > 0), "the demo data has approved pledges at a ministerial");

        // The page and the workbook show the same pledges at every step as the API (and so as the database).
        Map<String, List<Long>> json = new TreeMap<>();
        for (JsonObject ministerial : ministerials) {
            json.put(ministerial.getString("event"), FUNNEL_STEPS.keySet().stream().map(step -> ministerial
                    .getJsonObject("total").getJsonObject(step).getJsonNumber("pledges").longValue()).toList());
        }
        assertEquals(json, fulfilmentPage(), "the fulfilment page shows GET /api/fulfilment");
        assertEveryFigureOfTheFulfilmentPageOpensAListOfThatMany(ministerials);
        assertEquals(json, fulfilmentSheet(), "the summary's Fulfilment sheet shows GET /api/fulfilment");

        JsonObject berlin = analyst.get("api/fulfilment?event=BERLIN-2025").object();
        assertEquals(List.of("BERLIN-2025"), berlin.getJsonArray("ministerials").getValuesAs(JsonObject.class)
                .stream().map(m -> m.getString("event")).toList());
        assertProblem(korea.get("api/fulfilment"), 403);
        assertProblem(analyst.get("api/fulfilment?event=NO-SUCH-2025"), 404);
        String meeting = Sql.column("SELECT code FROM pledging_event WHERE event_type = 'PREPARATORY'").get(0);
        Api.Reply preparatory = analyst.get("api/fulfilment?event=" + meeting);
        assertProblem(preparatory, 400);
        assertTrue(preparatory.body().contains("\"event\""), "the problem names the parameter: " + preparatory.body());
    }

    /** Pledges at each step per ministerial, from the fulfilment page's tables as an analyst's browser gets them. */
    private Map<String, List<Long>> fulfilmentPage() {
        Api.Reply reply = analyst.page("analysis/fulfilment.xhtml");
        assertEquals(200, reply.status(), reply.body());
        String html = reply.body();
        Map<String, List<Long>> figures = new TreeMap<>();
        Matcher table = Pattern.compile("<tbody id=\"[^\"]*:steps_data\"[^>]*>(.*?)</tbody>", Pattern.DOTALL)
                .matcher(html);
        while (table.find()) {
            List<Long> steps = new ArrayList<>();
            String event = null;
            Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1));
            while (row.find()) {
                Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
                assertTrue(cell.find() && cell.find(), row.group(1));
                Matcher link = Pattern.compile("event=([A-Z0-9-]+)").matcher(cell.group(1));
                assertTrue(link.find(), "every step's pledges link to their list: " + cell.group(1));
                event = link.group(1);
                steps.add(count(plain(cell.group(1))));
            }
            figures.put(event, steps);
        }
        return figures;
    }

    /**
     * Every pledge count of the fulfilment page (every step of each ministerial's total, of each category and of each
     * regional group) links to a pledge list: the same query through GET /api/pledges counts as many pledges as the
     * page and the API show, and the total's links, followed as a browser would, open a list of that many.
     */
    private void assertEveryFigureOfTheFulfilmentPageOpensAListOfThatMany(List<JsonObject> ministerials) {
        Map<String, JsonObject> byCode = new HashMap<>();
        ministerials.forEach(m -> byCode.put(m.getString("event"), m));
        String html = analyst.page("analysis/fulfilment.xhtml").body();
        Matcher table = Pattern.compile("<tbody id=\"[^\"]*:(steps|byCategory|byGroup)_data\"[^>]*>(.*?)</tbody>",
                Pattern.DOTALL).matcher(html);
        Pattern link = Pattern.compile("href=\"[^\"]*/analysis/pledges\\.xhtml\\?([^\"]*)\"");
        Map<String, Integer> tables = new TreeMap<>();
        Set<String> readinessSteps = new TreeSet<>();
        int followed = 0;
        while (table.find()) {
            String kind = table.group(1);
            List<List<String>> rows = new ArrayList<>();
            Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(2));
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
                while (cell.find()) {
                    cells.add(cell.group(1));
                }
                rows.add(cells);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r);
                // the total: one row per step, its count in the second cell; a row of the others: the six steps
                List<String> steps = kind.equals("steps") ? List.of(FUNNEL_STEPS.keySet().stream().toList().get(r))
                        : List.copyOf(FUNNEL_STEPS.keySet());
                List<String> figures = kind.equals("steps") ? List.of(cells.get(1)) : cells.subList(1, cells.size());
                if (!kind.equals("steps") && cells.size() == 1) {
                    continue; // an empty table's "no records" row
                }
                assertEquals(steps.size(), figures.size(), kind + " " + plain(cells.get(0)) + ": a count per step");
                for (int i = 0; i < steps.size(); i++) {
                    Matcher href = link.matcher(figures.get(i));
                    assertTrue(href.find(), "every " + kind + " figure links to its list: " + figures.get(i));
                    String query = href.group(1).replace("&amp;", "&");
                    long shown = count(plain(figures.get(i)));
                    Map<String, String> parameters = new TreeMap<>();
                    for (String pair : query.split("&")) {
                        String[] nameValue = pair.split("=", 2);
                        parameters.put(nameValue[0], java.net.URLDecoder.decode(nameValue[1],
                                java.nio.charset.StandardCharsets.UTF_8));
                    }
                    JsonObject ministerial = byCode.get(parameters.get("event"));
                    assertTrue(ministerial != null, "the link names its ministerial: " + query);
                    String step = steps.get(i);
                    JsonObject funnel = switch (kind) {
                        case "steps" -> ministerial.getJsonObject("total");
                        case "byCategory" -> ministerial.getJsonArray("byCategory").getValuesAs(JsonObject.class)
                                .stream().filter(c -> c.getString("category").equals(parameters.get("category")))
                                .findFirst().orElseThrow(() -> new AssertionError("no category in " + query))
                                .getJsonObject("funnel");
                        default -> ministerial.getJsonArray("byRegionalGroup").getValuesAs(JsonObject.class)
                                .stream().filter(g -> (g.isNull("regionalGroup") ? "NONE" : g.getString("regionalGroup"))
                                        .equals(parameters.get("regionalGroup")))
                                .findFirst().orElseThrow(() -> new AssertionError("no group in " + query))
                                .getJsonObject("funnel");
                    };
                    String what = parameters.get("event") + " " + kind + " " + step + " (" + query + ")";
                    assertEquals(funnel.getJsonObject(step).getJsonNumber("pledges").longValue(), shown,
                            what + ": the page shows the API's figure");
                    Api.Reply list = analyst.get("api/pledges?size=1&" + query);
                    assertEquals(200, list.status(), list.body());
                    assertEquals(shown, list.object().getJsonNumber("total").longValue(),
                            what + ": the linked list counts the figure's pledges");
                    if (parameters.containsKey("readinessAtLeast")) {
                        readinessSteps.add(step);
                    }
                    if (kind.equals("steps") && parameters.get("event").equals("BERLIN-2025")) {
                        Api.Reply page = analyst.page("analysis/pledges.xhtml?" + query);
                        assertEquals(200, page.status(), page.body());
                        Matcher report = Pattern.compile("class=\"ui-paginator-current\"[^>]*>([^<]*)<")
                                .matcher(page.body());
                        assertTrue(report.find(), "the list shows how many it holds");
                        String[] numbers = plain(report.group(1)).split("[^0-9,]+");
                        assertEquals(shown, count(numbers[numbers.length - 1]),
                                what + ": the list page the link opens holds that many");
                        followed++;
                    }
                }
                tables.merge(kind, 1, Integer::sum);
            }
        }
        assertEquals(Set.of("level2OrHigher", "level3OrHigher", "rapidDeployment"), readinessSteps,
                "the readiness steps link to lists filtered on the readiness level");
        assertEquals(FUNNEL_STEPS.size(), followed, "Berlin 2025's six steps opened as lists");
        assertEquals(ministerials.size() * FUNNEL_STEPS.size(), tables.get("steps"), "every step of every total");
        assertTrue(tables.getOrDefault("byCategory", 0) > 0 && tables.getOrDefault("byGroup", 0) > 0,
                "rows by category and by group were followed: " + tables);
    }

    /** Pledges at each step per ministerial, from the side-by-side table of the summary's Fulfilment sheet. */
    private Map<String, List<Long>> fulfilmentSheet() {
        Sheet sheet = workbook(analyst.download("api/reports/ministerial-summary")).getSheet("Fulfilment");
        assertTrue(sheet != null, "the summary has a Fulfilment sheet");
        Row header = rows(sheet, "Step").get(0);
        Map<String, List<Long>> figures = new TreeMap<>();
        for (int c = 1; header.getCell(c) != null && !header.getCell(c).getStringCellValue().isEmpty(); c++) {
            List<Long> steps = new ArrayList<>();
            for (int r = 1; r <= FUNNEL_STEPS.size(); r++) {
                steps.add((long) number(sheet.getRow(header.getRowNum() + r).getCell(c)));
            }
            figures.put(header.getCell(c).getStringCellValue(), steps);
        }
        return figures;
    }

    private static final List<String> PENDING = List.of("SUBMITTED", "UNDER_REVIEW", "RETURNED");

    /** The statuses every figure counts as approved (SPEC §10), as an SQL list. */
    private static final String APPROVED_OR_LATER = "'APPROVED', 'DEPLOYED', 'REPATRIATED'";

    private static boolean counted(String status, boolean includePending) {
        return status.equals("APPROVED") || includePending && PENDING.contains(status);
    }

    /** The figures from GET /api/dashboard, by the keys the three views share (zeros left out). */
    private Map<String, Long> jsonFigures(String event, boolean includePending) {
        Api.Reply reply = analyst.get("api/dashboard?includePending=" + includePending
                + (event == null ? "" : "&event=" + event));
        assertEquals(200, reply.status(), reply.body());
        JsonObject dashboard = reply.object();
        Map<String, Long> figures = new TreeMap<>();
        JsonObject totals = dashboard.getJsonObject("totals");
        for (String name : List.of("pledges", "memberStates", "personnel", "women")) {
            put(figures, "total " + name, totals.getJsonNumber(name).longValue());
        }
        dashboard.getJsonArray("byCategory").forEach(value -> breakdown(figures, "category "
                + value.asJsonObject().getString("category"), value.asJsonObject().getJsonObject("figures")));
        dashboard.getJsonArray("byRegionalGroup").forEach(value -> {
            JsonObject row = value.asJsonObject();
            breakdown(figures, "group " + (row.isNull("group") ? "NONE" : row.getString("group")),
                    row.getJsonObject("figures"));
        });
        dashboard.getJsonArray("byStatus").forEach(value -> {
            JsonObject row = value.asJsonObject();
            if (counted(row.getString("status"), includePending)) {
                assertTrue(row.getBoolean("counted"), row.toString());
                breakdown(figures, "status " + row.getString("status"), row.getJsonObject("figures"));
            }
        });
        return figures;
    }

    private static void breakdown(Map<String, Long> figures, String key, JsonObject sums) {
        put(figures, key + " pledges", sums.getJsonNumber("pledges").longValue());
        put(figures, key + " personnel", sums.getJsonNumber("personnel").longValue());
    }

    private static void put(Map<String, Long> figures, String key, long value) {
        if (value != 0) {
            figures.put(key, value);
        }
    }

    /** The figures of the dashboard page as an analyst's browser gets it: its key figures and three tables. */
    private Map<String, Long> pageFigures(String event, boolean includePending) {
        Api.Reply reply = analyst.page("analysis/index.xhtml?pending=" + includePending
                + (event == null ? "" : "&event=" + event));
        assertEquals(200, reply.status(), reply.body());
        String html = reply.body();
        ResourceBundle texts = ResourceBundle.getBundle("org.peacekeeping.pledges.web.analysis", Locale.ENGLISH);
        Map<String, String> kpis = new HashMap<>();
        Matcher kpi = Pattern.compile("<div class=\"value\">(.*?)</div>\\s*<div class=\"label\">(.*?)</div>",
                Pattern.DOTALL).matcher(html);
        while (kpi.find()) {
            kpis.put(plain(kpi.group(2)), plain(kpi.group(1)));
        }
        Map<String, Long> figures = new TreeMap<>();
        put(figures, "total pledges", count(kpis.get(texts.getString("kpi.pledges"))));
        put(figures, "total memberStates", count(kpis.get(texts.getString("kpi.memberStates"))));
        put(figures, "total personnel", count(kpis.get(texts.getString("kpi.personnel"))));
        put(figures, "total women", count(kpis.get(texts.getString("kpi.women"))));
        for (List<String> cells : tableRows(html, "byCategory")) {
            Matcher code = Pattern.compile("category=([A-Z_]+)").matcher(cells.get(0));
            assertTrue(code.find(), cells.get(0));
            put(figures, "category " + code.group(1) + " pledges", count(plain(cells.get(1))));
            put(figures, "category " + code.group(1) + " personnel", count(plain(cells.get(3))));
        }
        Map<String, String> groups = new HashMap<>();
        for (String group : List.of("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_AND_CARIBBEAN",
                "WESTERN_EUROPEAN_AND_OTHERS", "NONE")) {
            groups.put(texts.getString("group." + group), group);
        }
        for (List<String> cells : tableRows(html, "byGroup")) {
            String group = groups.get(plain(cells.get(0)));
            assertTrue(group != null, cells.get(0));
            put(figures, "group " + group + " pledges", count(plain(cells.get(1))));
            put(figures, "group " + group + " personnel", count(plain(cells.get(3))));
        }
        for (List<String> cells : tableRows(html, "byStatus")) {
            Matcher code = Pattern.compile("status=([A-Z_]+)").matcher(cells.get(0));
            assertTrue(code.find(), cells.get(0));
            if (counted(code.group(1), includePending)) {
                assertEquals(texts.getString("byStatus.counted"), plain(cells.get(3)), cells.toString());
                put(figures, "status " + code.group(1) + " pledges", count(plain(cells.get(1))));
                put(figures, "status " + code.group(1) + " personnel", count(plain(cells.get(2))));
            }
        }
        return figures;
    }

    /** The cells (as HTML) of each row of a PrimeFaces data table's body. */
    private static List<List<String>> tableRows(String html, String table) {
        Matcher body = Pattern.compile("<tbody id=\"(?:[^\"]*:)?" + table + "_data\"[^>]*>(.*?)</tbody>",
                Pattern.DOTALL).matcher(html);
        assertTrue(body.find(), "no table " + table + " on the page");
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The text of some HTML: tags dropped, the few entities the labels use decoded, spaces collapsed. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&nbsp;", " ")
                .replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A whole number as the page writes it ("1,234"). */
    private static long count(String text) {
        assertTrue(text != null && text.matches("[0-9][0-9,]*"), "not a count: " + text);
        return Long.parseLong(text.replace(",", ""));
    }

    /** The same figures read from the summary workbook's cells: the overview and category x regional group. */
    private Map<String, Long> workbookFigures(String event, boolean includePending) {
        XSSFWorkbook summary = workbook(analyst.download("api/reports/ministerial-summary?includePending="
                + includePending + (event == null ? "" : "&event=" + event)));
        Map<String, Long> figures = new TreeMap<>();
        Sheet overview = summary.getSheet("Overview");
        put(figures, "total pledges", (long) number(row(overview, "Pledges").getCell(1)));
        put(figures, "total memberStates", (long) number(row(overview, "Member states").getCell(1)));
        put(figures, "total personnel", (long) number(row(overview, "Personnel").getCell(1)));
        put(figures, "total women", (long) number(row(overview, "Women").getCell(1)));
        Map<String, String> statuses = Map.of("APPROVED", "Approved", "SUBMITTED", "Submitted", "UNDER_REVIEW",
                "Under review", "RETURNED", "Returned");
        statuses.forEach((status, label) -> {
            List<Row> rows = rows(overview, label);
            if (!rows.isEmpty()) {
                assertTrue(counted(status, includePending), label);
                put(figures, "status " + status + " pledges", (long) number(rows.get(0).getCell(1)));
                put(figures, "status " + status + " personnel", (long) number(rows.get(0).getCell(4)));
            }
        });
        Sheet categories = summary.getSheet("Category x regional group");
        String[] groups = {"AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_AND_CARIBBEAN",
            "WESTERN_EUROPEAN_AND_OTHERS", "NONE"};
        String[] categoryCodes = {"MILITARY_UNIT", "FORMED_POLICE_UNIT", "INDIVIDUAL_POLICE", "MEDICAL", "C_IED",
            "TECHNOLOGY", "ENGINEERING", "AVIATION", "TRAINING_CAPACITY_BUILDING", "WOMEN_PEACE_SECURITY", "OTHER"};
        List<Row> headers = rows(categories, "Category");
        List<Row> totals = rows(categories, "Total");
        String[] blocks = {"pledges", "personnel"};
        for (int b = 0; b < blocks.length; b++) {
            int headerRow = headers.get(b).getRowNum();
            for (int c = 0; c < categoryCodes.length; c++) {
                put(figures, "category " + categoryCodes[c] + " " + blocks[b],
                        (long) number(categories.getRow(headerRow + 1 + c).getCell(1 + groups.length)));
            }
            for (int g = 0; g < groups.length; g++) {
                put(figures, "group " + groups[g] + " " + blocks[b], (long) number(totals.get(b).getCell(1 + g)));
            }
        }
        return figures;
    }

    // ------------------------------------------------------------------ the register

    @Test
    @Order(10)
    void theRegisterShowsWhereWhenAndWithWhomDeployedPledgesDeployed() {
        XSSFWorkbook register = workbook(analyst.download(
                "api/reports/register?status=DEPLOYED,REPATRIATED&sort=reference"));
        Sheet sheet = register.getSheetAt(0);
        List<String> references = column(sheet, "Reference");
        assertFalse(references.isEmpty(), "the demo set has deployed pledges");
        List<String> expected = Sql.column("SELECT reference || ' ' || deployment_mission || ' ' || CAST(deployed_on AS "
                + "VARCHAR(10)) || ' ' || CAST(deployed_personnel AS VARCHAR(10)) FROM pledge "
                + "WHERE status IN ('DEPLOYED', 'REPATRIATED')");
        List<String> rows = new ArrayList<>();
        int personnel = header(sheet).indexOf("Personnel deployed");
        int deployedOn = header(sheet).indexOf("Deployed on");
        List<String> mission = column(sheet, "Deployed to (mission)");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            assertEquals(CellType.NUMERIC, row.getCell(personnel).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(deployedOn)));
            rows.add(references.get(r - 1) + " " + mission.get(r - 1) + " "
                    + row.getCell(deployedOn).getLocalDateTimeCellValue().toLocalDate() + " "
                    + (long) row.getCell(personnel).getNumericCellValue());
        }
        assertEquals(new TreeSet<>(expected), new TreeSet<>(rows));
        List<String> repatriated = column(sheet, "Repatriated on");
        List<String> statuses = column(sheet, "Status");
        for (int i = 0; i < statuses.size(); i++) {
            assertEquals(statuses.get(i).equals("Repatriated"), !repatriated.get(i).isEmpty(), references.get(i));
        }
    }

    @Test
    @Order(8)
    void theReadinessAndRegionalGroupFiltersReachTheRegisterAndRefuseWhatMeansNothing() {
        String filters = "status=APPROVED,DEPLOYED,REPATRIATED&readinessAtLeast=LEVEL_2&regionalGroup=AFRICAN";
        String where = " FROM pledge WHERE status IN (" + APPROVED_OR_LATER + ") AND readiness_level IN ('LEVEL_2', "
                + "'LEVEL_3', 'RAPID_DEPLOYMENT') AND member_state IN (SELECT iso3 FROM member_state WHERE "
                + "regional_group = 'AFRICAN')";
        long inDatabase = Sql.count("SELECT COUNT(*)" + where);
        assertEquals(inDatabase, analyst.get("api/pledges?size=1&" + filters).object().getJsonNumber("total")
                .longValue(), "the list counts the African pledges at level 2 or higher");
        assertEquals(new TreeSet<>(Sql.column("SELECT reference" + where)), new TreeSet<>(column(
                workbook(analyst.download("api/reports/register?" + filters)).getSheetAt(0), "Reference")),
                "the register holds the same pledges");
        assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE status <> 'DRAFT' AND member_state IN (SELECT iso3"
                + " FROM member_state WHERE regional_group IS NULL)"), analyst.get("api/pledges?size=1&regionalGroup="
                + "NONE").object().getJsonNumber("total").longValue(), "NONE: the states in no regional group");

        for (String path : List.of("api/pledges", "api/reports/register")) {
            Api.Reply level = analyst.get(path + "?readinessAtLeast=LEVEL_9");
            assertProblem(level, 400);
            assertTrue(level.body().contains("\"readinessAtLeast\"") && level.body().contains("RAPID_DEPLOYMENT"),
                    path + ": the problem names the parameter and the levels: " + level.body());
            Api.Reply group = analyst.get(path + "?regionalGroup=NORDIC");
            assertProblem(group, 400);
            assertTrue(group.body().contains("\"regionalGroup\"") && group.body().contains("NONE"),
                    path + ": the problem names the parameter and the groups: " + group.body());
        }

        Api.Reply page = analyst.page("analysis/pledges.xhtml?regionalGroup=NORDIC&readinessAtLeast=LEVEL_2");
        assertEquals(200, page.status(), page.body());
        assertTrue(plain(page.body()).contains("NORDIC") && plain(page.body()).contains("is no regional group"),
                "the list says the group it could not filter on");
        assertTrue(page.body().contains("<label") && page.body().contains(">Readiness level")
                && page.body().contains(">Regional group"), "the list's filters are labelled");
    }

    @Test
    @Order(10)
    void theRegisterHoldsExactlyWhatTheListCountsWithTheSameFilters() {
        String filters = "status=APPROVED,UNDER_REVIEW&category=FORMED_POLICE_UNIT&event=BERLIN-2025";
        XSSFWorkbook register = workbook(analyst.download("api/reports/register?" + filters + "&sort=reference"));
        Sheet sheet = register.getSheetAt(0);
        List<String> references = column(sheet, "Reference");
        assertEquals(analyst.get("api/pledges?size=1&" + filters).object().getInt("total"), references.size());
        assertEquals(new TreeSet<>(Sql.column("SELECT p.reference FROM pledge p JOIN pledging_event e ON e.code = "
                + "p.event_code WHERE p.status IN ('APPROVED', 'UNDER_REVIEW') AND p.category = 'FORMED_POLICE_UNIT' "
                + "AND (e.code = 'BERLIN-2025' OR e.ministerial = 'BERLIN-2025')")), new TreeSet<>(references),
                "the list's event filter counts a ministerial's preparatory meetings with it");
        assertEquals(references.stream().sorted().toList(), references, "sorted as asked");
        assertTrue(column(sheet, "Status").stream().allMatch(s -> s.equals("Approved") || s.equals("Under review")));

        int personnel = header(sheet).indexOf("Personnel");
        int availableFrom = header(sheet).indexOf("Available from");
        Row first = sheet.getRow(1);
        assertAll("typed cells, frozen header, autofilter",
                () -> assertEquals(CellType.NUMERIC, first.getCell(personnel).getCellType()),
                () -> assertTrue(DateUtil.isCellDateFormatted(first.getCell(availableFrom))),
                () -> assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition()),
                () -> assertTrue(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()),
                () -> assertTrue(header(sheet).size() >= 16, "at least 16 columns"));
    }

    @Test
    @Order(11)
    void aFocalPointsRegisterHoldsItsOwnStatesPledgesDraftsIncluded() {
        XSSFWorkbook register = workbook(japan.download("api/reports/register"));
        Sheet sheet = register.getSheetAt(0);
        List<String> states = column(sheet, "State code");
        assertEquals(japan.get("api/pledges?size=1").object().getInt("total"), states.size());
        assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE member_state = 'JPN'"), states.size());
        assertEquals(Set.of("JPN"), new HashSet<>(states));

        XSSFWorkbook analysts = workbook(analyst.download("api/reports/register?memberState=JPN"));
        assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE member_state = 'JPN' AND status <> 'DRAFT'"),
                column(analysts.getSheetAt(0), "Reference").size(), "others never see drafts");
        XSSFWorkbook probing = workbook(japan.download("api/reports/register?memberState=PAK"));
        assertEquals(List.of(), column(probing.getSheetAt(0), "Reference"), "another state's pledges do not exist");
        assertProblem(analyst.download("api/reports/register?status=NOPE").asReply(), 400);
        assertProblem(analyst.download("api/reports/register?sort=colour").asReply(), 400);
    }

    @Test
    @Order(11)
    void theRegisterAndTheSummaryNameAJointPledgesPartnersAndCountItOnceForTheLeadState() {
        Api.Reply created = pakistan.post("api/pledges", Json.createObjectBuilder()
                .add("capabilityType", "LEVEL_2_HOSPITAL").add("title", "Joint hospital for the register")
                .add("units", 1).add("personnel", 60).add("women", 12).add("availableFrom", "2027-03-01")
                .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES")
                .add("partners", Json.createArrayBuilder().add(Json.createObjectBuilder().add("memberState", "GHA")
                        .add("role", "provides the surgeons")))
                .build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        String reference = created.object().getString("reference");
        Dossiers.attachLevelOne(pakistan, id);
        for (String[] step : List.of(new String[] {"submit", "fp"}, new String[] {"start-review", "r"},
                new String[] {"approve", "r"})) {
            Api.Reply done = (step[1].equals("fp") ? pakistan : reviewer)
                    .post("api/pledges/" + id + "/actions/" + step[0], "{}");
            assertEquals(200, done.status(), done.body());
        }
        String partners = "Ghana (GHA): provides the surgeons";

        Sheet register = workbook(analyst.download("api/reports/register?q=" + reference)).getSheetAt(0);
        assertAll("the register names the partners and counts the pledge once, for its lead state",
                () -> assertEquals(List.of(reference), column(register, "Reference")),
                () -> assertEquals(List.of("PAK"), column(register, "State code")),
                () -> assertEquals(List.of(partners), column(register, "Partner states (joint pledge)")),
                () -> assertEquals(CellType.STRING, register.getRow(1)
                        .getCell(header(register).indexOf("Partner states (joint pledge)")).getCellType()));
        Sheet ghanas = workbook(ghana.download("api/reports/register")).getSheetAt(0);
        assertTrue(column(ghanas, "Reference").contains(reference), "a partner's register lists the pledge");
        assertEquals(ghana.get("api/pledges?size=1").object().getInt("total"), column(ghanas, "Reference").size(),
                "the partner's register and list agree");
        Sheet all = workbook(analyst.download("api/reports/register")).getSheetAt(0);
        assertEquals(Sql.count("SELECT COUNT(*) FROM pledge p WHERE p.status <> 'DRAFT' AND NOT EXISTS "
                        + "(SELECT 1 FROM pledge_partner pp WHERE pp.pledge_id = p.id)"),
                column(all, "Partner states (joint pledge)").stream().filter(String::isEmpty).count(),
                "pledges of one state leave the cell empty");

        XSSFWorkbook summary = workbook(reviewer.download("api/reports/ministerial-summary"));
        Map<String, List<Long>> states = byState(summary.getSheet("By member state"));
        assertAll("the summary's figures count the joint pledge once, for its lead state",
                () -> assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE status IN ("
                        + APPROVED_OR_LATER + ") AND member_state = 'PAK'"), states.get("PAK").get(0), "Pakistan's row counts it"),
                () -> assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE status IN ("
                        + APPROVED_OR_LATER + ") AND member_state = 'GHA'"), states.get("GHA").get(0), "Ghana's row, the partner's, does not"),
                () -> assertEquals(Sql.count("SELECT COUNT(*) FROM pledge WHERE status IN (" + APPROVED_OR_LATER + ")"),
                        (long) number(row(summary.getSheet("Overview"), "Pledges").getCell(1)), "once in all"),
                () -> assertTrue(Sql.count("SELECT COUNT(*) FROM pledge p JOIN pledge_partner pp ON pp.pledge_id = "
                        + "p.id WHERE p.status = 'APPROVED' AND pp.member_state = 'GHA'") >= 1,
                        "Ghana is a partner of approved pledges (this one, and the demo's)"));
        Sheet summaryRegister = summary.getSheet("Register");
        List<String> references = column(summaryRegister, "Reference");
        assertEquals(1, references.stream().filter(reference::equals).count(), "once in the summary");
        assertEquals(partners, column(summaryRegister, "Partner states (joint pledge)")
                .get(references.indexOf(reference)), "the summary names the partners");
    }

    @Test
    @Order(12)
    void theWholeRegisterMatchesTheListAndTheDatabase() {
        long started = System.nanoTime();
        Api.Download download = reviewer.download("api/reports/register");
        System.out.printf(Locale.ROOT, "Register of every pledge for a reviewer: %d bytes in %d ms%n",
                download.body().length, (System.nanoTime() - started) / 1_000_000);
        assertTrue(download.disposition().startsWith("attachment; filename=\"pledge-register-"),
                download.disposition());
        List<String> references = column(workbook(download).getSheetAt(0), "Reference");
        StylesPart.of(download.body()).assertHasExcelsDefaults();
        assertEquals(reviewer.get("api/pledges?size=1").object().getInt("total"), references.size());
        assertEquals(new TreeSet<>(Sql.column("SELECT reference FROM pledge WHERE status <> 'DRAFT'")),
                new TreeSet<>(references));
    }

    // ------------------------------------------------------------------ the pledge form round trip

    @Test
    @Order(20)
    void aFilledFormBecomesDraftsAndUploadingItAgainDuplicatesNothing() {
        Api.Download download = ghana.download("api/pledge-form");
        XSSFWorkbook form = workbook(download);
        assertTrue(download.disposition().contains("pledge-form-GHA-"), download.disposition());
        assertEquals("GHA", cellNamed(form, "pledge_state").getStringCellValue());
        StylesPart.of(download.body()).assertHasExcelsDefaults();
        assertEquals("Pledges!$A$1:$Q$56", form.getPrintArea(form.getSheetIndex("Pledges")),
                "an empty form prints its first 50 pledge rows, not the 1,000 keyed ones");
        assertEquals(1, form.getSheet("Pledges").getPrintSetup().getFitWidth());
        fill(form, 0, row("Formed police unit for MINUSCA", "Formed police unit", 140, 35));
        fill(form, 1, row("Level 2 hospital for UNMISS", "LEVEL_2_HOSPITAL", 60, 18));
        fill(form, 2, row("Engineer company", "Engineer company", 180, 12));
        byte[] filled = bytes(form);
        List<String> keys = List.of(key(form, 0), key(form, 1), key(form, 2));

        long pledgesBefore = Sql.count("SELECT COUNT(*) FROM pledge");
        Api.Reply first = ghana.postBytes("api/pledge-form", XLSX, filled);
        assertEquals(200, first.status(), first.body());
        JsonObject result = first.object();
        result.getJsonArray("pledges").forEach(line -> MADE.add(line.asJsonObject().getJsonNumber("id").longValue()));
        assertAll("first upload",
                () -> assertEquals(3, result.getInt("created")),
                () -> assertEquals("GHA", result.getString("memberState")),
                () -> assertEquals(pledgesBefore + 3, Sql.count("SELECT COUNT(*) FROM pledge")),
                () -> assertEquals(3, Sql.count("SELECT COUNT(*) FROM pledge p JOIN pledge_form_row k ON k.pledge_id"
                        + " = p.id WHERE p.member_state = 'GHA' AND p.status = 'DRAFT' AND k.row_key IN ("
                        + keys.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", ")) + ")")),
                () -> assertEquals(3, Sql.count("SELECT COUNT(*) FROM pledge_history h JOIN pledge_form_row k ON "
                        + "k.pledge_id = h.pledge_id WHERE h.action = 'CREATE' AND h.comment_text LIKE "
                        + "'Uploaded with the pledge form, row %'")));
        JsonObject police = result.getJsonArray("pledges").getJsonObject(0);
        JsonObject pledge = ghana.get("api/pledges/" + police.getJsonNumber("id").longValue()).object();
        assertAll("the first row's draft",
                () -> assertEquals(7, police.getInt("row")),
                () -> assertEquals("FORMED_POLICE_UNIT", pledge.getString("capabilityType")),
                () -> assertEquals(140, pledge.getInt("personnel")),
                () -> assertEquals(35, pledge.getInt("women")),
                () -> assertEquals("2027-03-01", pledge.getString("availableFrom")),
                () -> assertEquals("BERLIN-2025", pledge.getString("event")),
                () -> assertEquals(List.of("MINUSCA", "UNMISS"), pledge.getJsonArray("preferredMissions").stream()
                        .map(v -> ((jakarta.json.JsonString) v).getString()).toList()));

        Api.Reply again = ghana.postMultipart("api/pledge-form", "file", "pledge-form.xlsx", XLSX, filled);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.object().getInt("created"));
        assertEquals(3, again.object().getInt("unchanged"));
        assertEquals(pledgesBefore + 3, Sql.count("SELECT COUNT(*) FROM pledge"), "still three");

        fill(form, 1, Map.of("personnel", 64));
        long submitted = first.object().getJsonArray("pledges").getJsonObject(2).getJsonNumber("id").longValue();
        action(ghana, submitted, "submit");
        Api.Reply third = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
        assertEquals(200, third.status(), third.body());
        assertEquals(List.of("UNCHANGED", "UPDATED", "KEPT"), third.object().getJsonArray("pledges").stream()
                .map(line -> line.asJsonObject().getString("outcome")).toList());
        assertEquals(64, ghana.get("api/pledges/" + third.object().getJsonArray("pledges").getJsonObject(1)
                .getJsonNumber("id").longValue()).object().getInt("personnel"));
        assertEquals(pledgesBefore + 3, Sql.count("SELECT COUNT(*) FROM pledge"));
    }

    @Test
    @Order(25)
    void theFormsLinesSheetGivesEachPledgeItsLinesAllOrNothingAndUploadingAgainChangesNothing() {
        XSSFWorkbook form = workbook(ghana.download("api/pledge-form"));
        Sheet sheet = form.getSheet("Lines");
        assertAll("the downloaded form offers a Lines sheet",
                () -> assertEquals(List.of("Pledge row *", "Kind *", "Item *", "Quantity *"), List.of(0, 1, 2, 3)
                        .stream().map(c -> sheet.getRow(5).getCell(c).getStringCellValue()).toList()),
                () -> assertEquals("Major equipment", form.getSheet("Lists").getRow(1).getCell(6)
                        .getStringCellValue(), "the kinds' list is readable labels"),
                () -> assertTrue(sheet.getDataValidations().stream().anyMatch(validation ->
                        "list_line_kind".equals(validation.getValidationConstraint().getFormula1()))));
        fill(form, 0, row("Helicopter unit with lines", "Utility helicopter unit", 120, 14));
        fill(form, 0, Map.of("partners", "deu, NLD"));
        fill(form, 1, row("Hospital with lines", "Level 2 hospital", 60, 20));
        String helicopters = key(form, 0);
        line(form, 0, helicopters, "Major equipment", "Utility helicopter Mi-17", 4);
        line(form, 1, 8, "Self-sustainment", "Medical", 1);
        line(form, 2, helicopters, "Self-sustainment", "Catering", 1);

        Api.Reply first = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
        assertEquals(200, first.status(), first.body());
        first.object().getJsonArray("pledges").forEach(l -> MADE.add(l.asJsonObject().getJsonNumber("id")
                .longValue()));
        long helicopterId = first.object().getJsonArray("pledges").getJsonObject(0).getJsonNumber("id").longValue();
        long hospitalId = first.object().getJsonArray("pledges").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(List.of("MAJOR_EQUIPMENT Utility helicopter Mi-17 4", "SELF_SUSTAINMENT Catering 1"),
                lines(helicopterId), "the lines the sheet gives the first row, by key, in the sheet's order");
        assertEquals(List.of("SELF_SUSTAINMENT Medical 1"), lines(hospitalId), "by row number");
        assertEquals(List.of("DEU", "NLD"), ghana.get("api/pledges/" + helicopterId).object()
                .getJsonArray("partners").stream().map(p -> p.asJsonObject().getString("memberState")).toList(),
                "the partners column names a joint pledge's partners");
        assertEquals(0, ghana.get("api/pledges/" + hospitalId).object().getJsonArray("partners").size());
        assertEquals(200, new Api(base).as("fp.germany").get("api/pledges/" + helicopterId).status(),
                "the partner reads it");

        long historyBefore = Sql.count("SELECT COUNT(*) FROM pledge_history");
        Api.Reply again = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
        assertEquals(200, again.status(), again.body());
        assertEquals(2, again.object().getInt("unchanged"), again.body());
        assertEquals(historyBefore, Sql.count("SELECT COUNT(*) FROM pledge_history"), "no history entry");
        assertEquals(2, lines(helicopterId).size());

        sheet.getRow(6).getCell(3).setCellValue(6);
        sheet.removeRow(sheet.getRow(7));
        Api.Reply revised = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
        assertEquals(200, revised.status(), revised.body());
        assertEquals(List.of("UPDATED", "UPDATED"), revised.object().getJsonArray("pledges").stream()
                .map(l -> l.asJsonObject().getString("outcome")).toList());
        assertEquals(List.of("MAJOR_EQUIPMENT Utility helicopter Mi-17 6", "SELF_SUSTAINMENT Catering 1"),
                lines(helicopterId));
        assertEquals(List.of(), lines(hospitalId), "the sheet lists no line for the hospital any more");
        JsonArray history = ghana.get("api/pledges/" + helicopterId + "/history").array();
        JsonObject edit = history.getJsonObject(history.size() - 1).asJsonObject();
        assertEquals("EDIT", edit.getString("action"));
        JsonObject change = edit.getJsonArray("changes").getJsonObject(0);
        assertAll("the history shows the lines old \u2192 new",
                () -> assertEquals("lines", change.getString("field")),
                () -> assertEquals("Major equipment: Utility helicopter Mi-17 \u00d7 4; Self-sustainment: Catering "
                        + "\u00d7 1", change.getString("from")),
                () -> assertEquals("Major equipment: Utility helicopter Mi-17 \u00d7 6; Self-sustainment: Catering "
                        + "\u00d7 1", change.getString("to")));

        line(form, 3, helicopters, "Major equipment", "Fuel bowser", 2.5);
        line(form, 4, "GHA-NOSUCH-0001", "Major equipment", "Water truck", 1);
        line(form, 5, 8, "Major equipment", "Ambulance", 2);
        assertNothingWritten(() -> {
            Api.Reply refused = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
            assertProblem(refused, 400);
            Map<String, String> errors = refused.object().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
            assertEquals(Set.of("Lines!D10", "Lines!A11"), errors.keySet(), refused.body());
            assertEquals("Sheet Lines, row 10, column D (Quantity): must be a whole number of 0 or more, not 2.5",
                    errors.get("Lines!D10"));
            assertEquals("Sheet Lines, row 11, column A (Pledge row): no pledge row of the sheet Pledges has the "
                    + "row key GHA-NOSUCH-0001", errors.get("Lines!A11"));
        });
        assertEquals(List.of("MAJOR_EQUIPMENT Utility helicopter Mi-17 6", "SELF_SUSTAINMENT Catering 1"),
                lines(helicopterId), "nothing written: not even the good line for the hospital");
        assertEquals(List.of(), lines(hospitalId));
    }

    /** A pledge's lines as the API gives them: "KIND description quantity". */
    private List<String> lines(long id) {
        return ghana.get("api/pledges/" + id).object().getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .map(l -> l.getString("kind") + " " + l.getString("description") + " " + l.getInt("quantity"))
                .toList();
    }

    /** Fills the n-th row of the sheet Lines (0 is row 7): the pledge row (key or number), kind, item, quantity. */
    private static void line(XSSFWorkbook form, int n, Object pledgeRow, String kind, String item, double quantity) {
        Sheet sheet = form.getSheet("Lines");
        Row row = sheet.getRow(6 + n) == null ? sheet.createRow(6 + n) : sheet.getRow(6 + n);
        if (pledgeRow instanceof Number number) {
            row.createCell(0).setCellValue(number.doubleValue());
        } else {
            row.createCell(0).setCellValue(String.valueOf(pledgeRow));
        }
        row.createCell(1).setCellValue(kind);
        row.createCell(2).setCellValue(item);
        row.createCell(3).setCellValue(quantity);
    }

    @Test
    @Order(21)
    void onlyFocalPointsUseTheFormAndOnlyForTheirOwnState() {
        assertProblem(analyst.download("api/pledge-form").asReply(), 403);
        XSSFWorkbook form = workbook(ghana.download("api/pledge-form"));
        fill(form, 0, row("Ghana's pledge uploaded by Pakistan", "Formed police unit", 140, 20));
        assertNothingWritten(() -> {
            Api.Reply foreign = pakistan.postBytes("api/pledge-form", XLSX, bytes(form));
            assertProblem(foreign, 403);
            assertTrue(foreign.object().getString("detail").contains("as a focal point of PAK"), foreign.body());
            assertProblem(reviewer.postBytes("api/pledge-form", XLSX, bytes(form)), 403);
        });
    }

    @Test
    @Order(22)
    void everyBadCellIsListedWithItsSheetRowColumnAndReasonAndNothingIsSaved() {
        XSSFWorkbook form = workbook(ghana.download("api/pledge-form"));
        fill(form, 0, row("Good row", "Formed police unit", 140, 20));
        fill(form, 1, row("Too many women", "Formed police unit", 100, 120));
        fill(form, 2, row("Unknown type", "Submarine", 40, 4));
        fill(form, 3, row("Bad date", "Level 2 hospital", 60, 6));
        fill(form, 3, Map.of("availableFrom", "next spring"));
        fill(form, 4, row("Formula", "Level 2 hospital", 60, 6));
        formula(form, 4, "personnel", "50+10");
        assertNothingWritten(() -> {
            Api.Reply refused = ghana.postBytes("api/pledge-form", XLSX, bytes(form));
            assertProblem(refused, 400);
            Map<String, String> errors = refused.object().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
            assertEquals(Set.of("Pledges!H8", "Pledges!C9", "Pledges!J10", "Pledges!G11"), errors.keySet(),
                    refused.body());
            assertEquals("Sheet Pledges, row 8, column H (of whom women): cannot be more than the personnel (100)",
                    errors.get("Pledges!H8"));
            assertTrue(errors.get("Pledges!C9").startsWith("Sheet Pledges, row 9, column C (Capability type): "
                    + "\u201cSubmarine\u201d is not a capability type"), errors.get("Pledges!C9"));
            assertTrue(errors.get("Pledges!J10").contains("must be a date like 2027-03-31"));
            assertTrue(errors.get("Pledges!G11").contains("holds a formula (=50+10)"));
            assertTrue(refused.object().getString("detail").startsWith("The form has 4 problems; nothing was saved"));
        });
    }

    @Test
    @Order(23)
    void filesThatAreNotAPlainXlsxFormAreRefusedAndNothingIsWritten() {
        byte[] good = formWithOneRow("Refused anyway");
        assertNothingWritten(() -> {
            assertRefused(ghana.postBytes("api/pledge-form", "text/csv", "Title;Personnel\nFPU;140\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), 415, "not an Excel workbook");
            assertRefused(ghana.postBytes("api/pledge-form", XLSX, new byte[0]), 400, "empty");
            assertRefused(ghana.postBytes("api/pledge-form", XLSX, withExtraPart(good, "xl/vbaProject.bin",
                    new byte[] {1, 2, 3})), 415, "Macro-enabled");
            assertRefused(ghana.postBytes("api/pledge-form", XLSX, withExtraPart(good, "xl/worksheets/sheet9.xml",
                    new byte[5_000_000])), 400, "zip bomb");
            XSSFWorkbook other = new XSSFWorkbook();
            other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            assertRefused(ghana.postBytes("api/pledge-form", XLSX, bytes(other)), 400, "not the pledge form");
            assertRefused(ghana.postMultipart("api/pledge-form", "attachment", "form.xlsx", XLSX, good), 400,
                    "multipart field 'file'");
        });
    }

    @Test
    @Order(24)
    void filesOverTheSizeOrRowLimitsAreRefusedWith413() {
        byte[] random = new byte[5 * 1024 * 1024 + 10_000];
        new Random(5).nextBytes(random);
        byte[] huge = new byte[6 * 1024 * 1024];
        byte[] manyRows = formWithRows(10_001);
        assertTrue(manyRows.length < 5 * 1024 * 1024, "10,001 rows fit in " + manyRows.length + " bytes");
        assertNothingWritten(() -> {
            assertRefused(ghana.postBytes("api/pledge-form", XLSX, random), 413, "larger than 5 MB");
            assertRefused(ghana.postBytes("api/pledge-form", XLSX, huge), 413, "larger than 5 MB");
            long started = System.nanoTime();
            assertRefused(ghana.postBytes("api/pledge-form", XLSX, manyRows), 413, "more than 10,000 pledge rows");
            System.out.printf(Locale.ROOT, "A form of 10,001 rows refused in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    // ------------------------------------------------------------------ checks shared by the scenarios

    /** Every sheet of a summary against SQL over the same selection ({@code where} on p, m, t, e). */
    private static void assertSummaryEqualsTheDatabase(XSSFWorkbook summary, String where) {
        String from = " FROM pledge p JOIN member_state m ON m.iso3 = p.member_state JOIN capability_type t ON "
                + "t.code = p.capability_type LEFT JOIN pledging_event e ON e.code = p.event_code WHERE " + where;
        List<String> totals = Sql.column("SELECT CONCAT(CONCAT(CONCAT(CONCAT(CONCAT(CONCAT(CONCAT(CONCAT("
                + "CAST(COUNT(*) AS VARCHAR(20)), ' '), CAST(COUNT(DISTINCT p.member_state) AS VARCHAR(20))), ' '), "
                + "CAST(COALESCE(SUM(p.units), 0) AS VARCHAR(20))), ' '), CAST(COALESCE(SUM(p.personnel), 0) AS "
                + "VARCHAR(20))), ' '), CAST(COALESCE(SUM(p.women), 0) AS VARCHAR(20)))" + from);
        Sheet overview = summary.getSheet("Overview");
        assertEquals(totals.get(0), String.join(" ", List.of("Pledges", "Member states", "Units", "Personnel",
                "Women").stream().map(label -> String.valueOf((long) number(row(overview, label).getCell(1))))
                .toList()), "overview key figures");

        Map<String, Long> expected = new HashMap<>();
        for (String line : Sql.column("SELECT CONCAT(CONCAT(CONCAT(CONCAT(p.category, '|'), COALESCE("
                + "m.regional_group, 'NONE')), '|'), CONCAT(CONCAT(CAST(COUNT(*) AS VARCHAR(20)), '|'), "
                + "CONCAT(CONCAT(CAST(SUM(p.personnel) AS VARCHAR(20)), '|'), CAST(SUM(p.women) AS VARCHAR(20)))))"
                + from + " GROUP BY p.category, m.regional_group")) {
            String[] parts = line.split("\\|");
            expected.put(parts[0] + "|" + parts[1] + "|pledges", Long.parseLong(parts[2]));
            expected.put(parts[0] + "|" + parts[1] + "|personnel", Long.parseLong(parts[3]));
            expected.put(parts[0] + "|" + parts[1] + "|women", Long.parseLong(parts[4]));
        }
        Map<String, Long> actual = new HashMap<>();
        Sheet categories = summary.getSheet("Category x regional group");
        String[] groups = {"AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_AND_CARIBBEAN",
            "WESTERN_EUROPEAN_AND_OTHERS", "NONE"};
        String[] categoryCodes = {"MILITARY_UNIT", "FORMED_POLICE_UNIT", "INDIVIDUAL_POLICE", "MEDICAL", "C_IED",
            "TECHNOLOGY", "ENGINEERING", "AVIATION", "TRAINING_CAPACITY_BUILDING", "WOMEN_PEACE_SECURITY", "OTHER"};
        String[] blocks = {"pledges", "personnel", "women"};
        List<Row> headers = rows(categories, "Category");
        for (int b = 0; b < blocks.length; b++) {
            int headerRow = headers.get(b).getRowNum();
            for (int c = 0; c < categoryCodes.length; c++) {
                Row row = categories.getRow(headerRow + 1 + c);
                for (int g = 0; g < groups.length; g++) {
                    long value = (long) number(row.getCell(1 + g));
                    if (value != 0) {
                        actual.put(categoryCodes[c] + "|" + groups[g] + "|" + blocks[b], value);
                    }
                }
            }
        }
        expected.values().removeIf(value -> value == 0);
        assertEquals(expected, actual, "every cell of category x regional group");

        Map<String, List<Long>> states = new HashMap<>();
        for (String line : Sql.column("SELECT CONCAT(CONCAT(p.member_state, '|'), CONCAT(CONCAT(CONCAT(CONCAT("
                + "CAST(COUNT(*) AS VARCHAR(20)), '|'), CAST(SUM(p.units) AS VARCHAR(20))), '|'), CONCAT(CONCAT("
                + "CAST(SUM(p.personnel) AS VARCHAR(20)), '|'), CAST(SUM(p.women) AS VARCHAR(20)))))" + from
                + " GROUP BY p.member_state")) {
            String[] parts = line.split("\\|");
            states.put(parts[0], List.of(Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Long.parseLong(parts[3]), Long.parseLong(parts[4])));
        }
        assertEquals(states, byState(summary.getSheet("By member state")), "every member state's row");

        Map<String, String> kinds = new HashMap<>();
        for (String line : Sql.column("SELECT CONCAT(CONCAT(t.personnel_kind, '|'), CONCAT(CONCAT(CAST(SUM("
                + "p.personnel) AS VARCHAR(20)), '|'), CAST(SUM(p.women) AS VARCHAR(20))))" + from
                + " GROUP BY t.personnel_kind")) {
            String[] parts = line.split("\\|");
            kinds.put(parts[0], parts[1] + "|" + parts[2]);
        }
        Sheet gender = summary.getSheet("Gender parity");
        Row kindHeader = row(gender, "Kind of personnel");
        String[] kindCodes = {"CONTINGENT", "STAFF_OFFICER_MILITARY_OBSERVER", "FORMED_POLICE_UNIT",
            "INDIVIDUAL_POLICE", "NOT_DEPLOYED"};
        Map<String, String> sheetKinds = new HashMap<>();
        for (int k = 0; k < kindCodes.length; k++) {
            Row row = gender.getRow(kindHeader.getRowNum() + 1 + k);
            if (number(row.getCell(2)) > 0 || number(row.getCell(3)) > 0) {
                sheetKinds.put(kindCodes[k], (long) number(row.getCell(2)) + "|" + (long) number(row.getCell(3)));
            }
        }
        kinds.values().removeIf(value -> value.equals("0|0"));
        assertEquals(kinds, sheetKinds, "personnel and women by kind of personnel");

        assertEquals(new TreeSet<>(Sql.column("SELECT p.reference" + from)),
                new TreeSet<>(column(summary.getSheet("Register"), "Reference")), "the register sheet");
    }

    /** The gap sheet's table holds exactly the rows and figures of GET /api/gaps for the same event. */
    private void assertGapsEqualTheApi(Sheet sheet, String event) {
        JsonObject gaps = analyst.get("api/gaps" + (event == null ? "" : "?event=" + event)).object();
        List<String> fromApi = new ArrayList<>();
        gaps.getJsonArray("rows").forEach(value -> {
            JsonObject row = value.asJsonObject();
            JsonObject pledged = row.getJsonObject("pledged");
            fromApi.add(row.getString("name") + " " + row.getInt("required") + " " + pledged.getInt("NONE") + " "
                    + pledged.getInt("LEVEL_1") + " " + pledged.getInt("LEVEL_2") + " " + pledged.getInt("LEVEL_3")
                    + " " + pledged.getInt("RAPID_DEPLOYMENT") + " " + row.getInt("pledgedTotal") + " "
                    + row.getInt("pledgedPersonnel") + " " + row.getInt("gap"));
        });
        JsonObject totals = gaps.getJsonObject("totals");
        fromApi.add("Total " + totals.getInt("required") + " " + totals.getInt("pledgedTotal") + " "
                + totals.getInt("pledgedPersonnel") + " " + totals.getInt("gap"));
        List<String> fromSheet = new ArrayList<>();
        Row header = row(sheet, "Category");
        for (int r = header.getRowNum() + 1; ; r++) {
            Row row = sheet.getRow(r);
            if (text(row.getCell(0)).equals("Total")) {
                fromSheet.add("Total " + (long) number(row.getCell(2)) + " " + (long) number(row.getCell(8)) + " "
                        + (long) number(row.getCell(9)) + " " + (long) number(row.getCell(10)));
                break;
            }
            StringBuilder line = new StringBuilder(text(row.getCell(1)));
            for (int c = 2; c <= 10; c++) {
                line.append(' ').append((long) number(row.getCell(c)));
            }
            fromSheet.add(line.toString());
        }
        assertEquals(fromApi, fromSheet, "the gap sheet is GET /api/gaps");
    }

    /** Runs refusals and checks that no pledge, form row key or history entry appeared. */
    private static void assertNothingWritten(Runnable refusals) {
        List<Long> before = counts();
        refusals.run();
        assertEquals(before, counts(), "pledges, form rows and history entries before and after");
    }

    private static List<Long> counts() {
        return List.of(Sql.count("SELECT COUNT(*) FROM pledge"), Sql.count("SELECT COUNT(*) FROM pledge_form_row"),
                Sql.count("SELECT COUNT(*) FROM pledge_history"));
    }

    private static void assertRefused(Api.Reply reply, int status, String saying) {
        assertProblem(reply, status);
        assertTrue(reply.object().getString("detail").contains(saying), reply.body());
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"),
                reply.contentType() + " " + reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    // ------------------------------------------------------------------ making the crafted set

    private long pledge(Api as, String type, String event, int personnel, int women) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("capabilityType", type).add("event", event)
                .add("title", "Excel test " + type).add("units", 1).add("personnel", personnel).add("women", women)
                .add("availableFrom", "2099-09-01").add("daysToDeploy", 60).add("durationMonths", 12)
                .add("selfSustainment", "YES");
        Api.Reply created = as.post("api/pledges", body.build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        MADE.add(id);
        return id;
    }

    private long approved(Api as, String type, String event, int personnel, int women) {
        long id = pledge(as, type, event, personnel, women);
        Dossiers.attachLevelOne(as, id);
        action(as, id, "submit");
        action(reviewer, id, "start-review");
        action(reviewer, id, "approve");
        return id;
    }

    private String reference(long id) {
        return Sql.single("SELECT reference FROM pledge WHERE id = " + id);
    }

    private static void action(Api as, long id, String action) {
        Api.Reply reply = as.post("api/pledges/" + id + "/actions/" + action, "{}");
        assertEquals(200, reply.status(), action + ": " + reply.body());
    }

    private void requirement(String type, int quantity, String priority, String mission) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("capabilityType", type).add("quantity", quantity)
                .add("priority", priority).add("event", EVENT);
        if (mission != null) {
            body.add("mission", mission);
        }
        Api.Reply created = reviewer.post("api/requirements", body.build().toString());
        assertEquals(201, created.status(), created.body());
    }

    // ------------------------------------------------------------------ filling forms as a focal point would

    private byte[] formWithOneRow(String title) {
        XSSFWorkbook form = workbook(ghana.download("api/pledge-form"));
        fill(form, 0, row(title, "Formed police unit", 140, 20));
        return bytes(form);
    }

    /** A form with this many rows, each a different pledge: the prepared rows, then rows with keys of their own. */
    private byte[] formWithRows(int count) {
        XSSFWorkbook form = workbook(ghana.download("api/pledge-form"));
        Map<String, Integer> columns = columns(form);
        int prepared = new AreaReference(form.getName("pledge_rows").getRefersToFormula(),
                SpreadsheetVersion.EXCEL2007).getAllReferencedCells().length;
        for (int i = 0; i < prepared; i++) {
            fill(form, i, Map.of("title", "Pledge " + i, "capabilityType", "Formed police unit"));
        }
        try (SXSSFWorkbook streamed = new SXSSFWorkbook(form, 100)) {
            Sheet sheet = streamed.getSheet("Pledges");
            for (int i = prepared; i < count; i++) {
                Row row = sheet.createRow(6 + i);
                row.createCell(columns.get("rowKey")).setCellValue("GHA-BULK-" + i);
                row.createCell(columns.get("title")).setCellValue("Pledge " + i);
                row.createCell(columns.get("capabilityType")).setCellValue("Formed police unit");
                row.createCell(columns.get("personnel")).setCellValue(100 + i % 50);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            streamed.write(out);
            streamed.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> row(String title, String type, int personnel, int women) {
        Map<String, Object> row = new HashMap<>();
        row.put("title", title);
        row.put("capabilityType", type);
        row.put("event", "BERLIN-2025");
        row.put("units", 1);
        row.put("personnel", personnel);
        row.put("women", women);
        row.put("readinessLevel", "LEVEL_1");
        row.put("availableFrom", LocalDate.of(2027, 3, 1));
        row.put("daysToDeploy", 90);
        row.put("durationMonths", 12);
        row.put("selfSustainment", "PARTIAL");
        row.put("preferredMissions", "MINUSCA, UNMISS");
        return row;
    }

    /** The columns of the form's fields, by code, from its hidden field row. */
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

    private static void formula(XSSFWorkbook form, int n, String field, String formula) {
        form.getSheet("Pledges").getRow(6 + n).getCell(columns(form).get(field)).setCellFormula(formula);
    }

    private static String key(XSSFWorkbook form, int n) {
        return form.getSheet("Pledges").getRow(6 + n).getCell(columns(form).get("rowKey")).getStringCellValue();
    }

    private static Cell cellNamed(XSSFWorkbook form, String name) {
        var cell = new AreaReference(form.getName(name).getRefersToFormula(), SpreadsheetVersion.EXCEL2007)
                .getFirstCell();
        return form.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol());
    }

    /** The workbook's parts plus one more (a macro project, a bomb). */
    private static byte[] withExtraPart(byte[] workbook, String name, byte[] content) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                 ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ reading workbooks back

    private static XSSFWorkbook workbook(Api.Download download) {
        assertEquals(200, download.status(), new String(download.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(XLSX, download.contentType());
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(download.body()));
        } catch (IOException e) {
            throw new AssertionError("Not a workbook", e);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** Rows whose first cell reads {@code label}, top to bottom. */
    private static List<Row> rows(Sheet sheet, String label) {
        List<Row> found = new ArrayList<>();
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                found.add(row);
            }
        }
        return found;
    }

    private static Row row(Sheet sheet, String label) {
        List<Row> found = rows(sheet, label);
        if (found.isEmpty()) {
            throw new AssertionError("No row '" + label + "' on " + sheet.getSheetName());
        }
        return found.get(0);
    }

    private static Row rowWhere(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row with '" + value + "' in column " + column + " of " + sheet.getSheetName());
    }

    /** The member states sheet as code to pledges, units, personnel, women (the total row left out). */
    private static Map<String, List<Long>> byState(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(3).forEach(cell -> header.add(cell.getStringCellValue()));
        Map<String, List<Long>> states = new HashMap<>();
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String code = text(row.getCell(0));
            if (code.isEmpty()) {
                break;
            }
            states.put(code, List.of((long) number(row.getCell(header.indexOf("Pledges"))),
                    (long) number(row.getCell(header.indexOf("Units"))),
                    (long) number(row.getCell(header.indexOf("Personnel"))),
                    (long) number(row.getCell(header.indexOf("Women")))));
        }
        return states;
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    /** The text of a register column, every row under the header. */
    private static List<String> column(Sheet sheet, String name) {
        int column = header(sheet).indexOf(name);
        assertTrue(column >= 0, "no column " + name + " in " + header(sheet));
        List<String> values = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            values.add(text(sheet.getRow(r).getCell(column)));
        }
        return values;
    }

    private static double number(Cell cell) {
        return cell == null ? 0 : cell.getNumericCellValue();
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
                : String.valueOf(cell.getNumericCellValue());
    }
}
