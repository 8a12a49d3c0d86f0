package org.peacekeeping.pledges.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.analysis.Fulfilment;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.GenderTarget;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByCategoryAndGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByEvent;
import org.peacekeeping.pledges.report.SummaryFigures.ByKind;
import org.peacekeeping.pledges.report.SummaryFigures.ByState;
import org.peacekeeping.pledges.report.SummaryFigures.ByStatus;
import org.peacekeeping.pledges.report.SummaryFigures.ByType;
import org.peacekeeping.pledges.report.SummaryFigures.EventInfo;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.SummaryFigures.Selection;
import org.peacekeeping.pledges.report.SummaryFigures.Target;
import org.peacekeeping.pledges.report.SummaryFigures.Totals;
import org.peacekeeping.pledges.requirement.GapReport;
import org.peacekeeping.pledges.requirement.Priority;
import org.peacekeeping.pledges.requirement.RequirementView;

/**
 * The summary written from known figures (two Asia-Pacific formed police units, one African hospital, one pending),
 * read back as an analyst's spreadsheet would: every sheet, the totals, the charts and the print setup.
 */
class MinisterialSummaryWriterTest {

    private static final EventInfo BERLIN = new EventInfo("BERLIN-2025", "United Nations Peacekeeping Ministerial 2025",
            "Berlin", LocalDate.of(2025, 5, 13), LocalDate.of(2025, 5, 14), List.of("ISLAMABAD-2025"));

    private static final ReportLayout LAYOUT = ReportLayoutTest.committed(ReportService.SUMMARY_LAYOUT);

    /** Written once per selection: making a workbook is the slow part. */
    private static final Map<Boolean, XSSFWorkbook> WRITTEN = new java.util.HashMap<>();
    private static final Map<Boolean, byte[]> BYTES = new java.util.HashMap<>();

    @Test
    void everySheetIsThereInOrderWithTheRegisterLast() throws IOException {
        XSSFWorkbook workbook = write(true);
        assertEquals(List.of("Overview", "Category x regional group", "By member state", "Gender parity",
                "Gap analysis", "Fulfilment", "Register"), sheetNames(workbook));
    }

    @Test
    void theFulfilmentSheetSetsTheMinisterialsSideBySideWithTheirChart() throws IOException {
        XSSFSheet sheet = write(true).getSheet("Fulfilment");
        assertAll(
                () -> assertEquals("Step", sheet.getRow(5).getCell(0).getStringCellValue()),
                () -> assertEquals("SEOUL-2021", sheet.getRow(5).getCell(1).getStringCellValue()),
                () -> assertEquals("BERLIN-2025", sheet.getRow(5).getCell(2).getStringCellValue()),
                () -> assertEquals("Announced", sheet.getRow(6).getCell(0).getStringCellValue()),
                () -> assertEquals(12, sheet.getRow(6).getCell(1).getNumericCellValue()),
                () -> assertEquals(4, sheet.getRow(6).getCell(2).getNumericCellValue()),
                () -> assertEquals("Deployed", sheet.getRow(11).getCell(0).getStringCellValue()),
                () -> assertEquals(6, sheet.getRow(11).getCell(1).getNumericCellValue()),
                () -> assertEquals(0, sheet.getRow(11).getCell(2).getNumericCellValue()));
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        assertEquals(1, drawing.getCharts().size());
        assertEquals(2, drawing.getCharts().get(0).getChartSeries().get(0).getSeriesCount(), "one per ministerial");
        assertEquals("Fulfilment!$B$7:$B$12", drawing.getCharts().get(0).getCTChart().getPlotArea()
                .getBarChartArray(0).getSerArray(0).getVal().getNumRef().getF());
        String median = null;
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && row.getCell(0).getStringCellValue().equals("Median days, approval to deployment")) {
                median = median == null ? String.valueOf((long) row.getCell(1).getNumericCellValue()) : median;
            }
        }
        assertEquals("41", median, "Seoul's median, whole days (40.5 rounds up)");
    }

    /** Two ministerials' funnels: Seoul 2021 mostly deployed, Berlin 2025 with nothing deployed yet. */
    private static Fulfilment fulfilment() {
        Fulfilment.Funnel seoul = new Fulfilment.Funnel(new Fulfilment.Step(12, 14, 4_000, 600),
                new Fulfilment.Step(10, 12, 3_500, 500), new Fulfilment.Step(9, 11, 3_200, 450),
                new Fulfilment.Step(7, 8, 2_600, 400), new Fulfilment.Step(2, 2, 900, 120),
                new Fulfilment.Step(6, 7, 2_400, 380));
        Fulfilment.Funnel berlin = new Fulfilment.Funnel(new Fulfilment.Step(4, 4, 800, 90),
                new Fulfilment.Step(2, 2, 400, 50), Fulfilment.Step.NONE, Fulfilment.Step.NONE, Fulfilment.Step.NONE,
                Fulfilment.Step.NONE);
        return new Fulfilment(List.of(
                new Fulfilment.Ministerial("SEOUL-2021", "Seoul", LocalDate.of(2021, 12, 7), seoul,
                        List.of(new Fulfilment.ByCategory(Category.MEDICAL, seoul)),
                        List.of(new Fulfilment.ByRegionalGroup(RegionalGroup.ASIA_PACIFIC, seoul)), 40.5, 2_300, 360),
                new Fulfilment.Ministerial("BERLIN-2025", "Berlin", LocalDate.of(2025, 5, 13), berlin,
                        List.of(new Fulfilment.ByCategory(Category.MEDICAL, berlin)),
                        List.of(new Fulfilment.ByRegionalGroup(null, berlin)), null, 0, 0)));
    }

    @Test
    void theOverviewStatesTheSelectionAndItsTotals() throws IOException {
        Sheet overview = write(true).getSheet("Overview");
        assertAll(
                () -> assertEquals("United Nations Peacekeeping Ministerial 2025, Berlin, 13\u201314 May 2025",
                        overview.getRow(1).getCell(0).getStringCellValue()),
                () -> assertEquals("BERLIN-2025, with its preparatory meetings: ISLAMABAD-2025",
                        valueOf(overview, "Event")),
                () -> assertEquals(4.0, valueOf(overview, "Pledges")),
                () -> assertEquals(2.0, valueOf(overview, "Member states")),
                () -> assertEquals(337.0, valueOf(overview, "Personnel")),
                () -> assertEquals(50.0, valueOf(overview, "Women")),
                () -> assertEquals(50.0 / 337, (double) valueOf(overview, "Women's share"), 1e-9),
                () -> assertTrue(((String) valueOf(overview, "Data")).startsWith("4 of these pledges are synthetic")),
                () -> assertEquals(CellType.NUMERIC, cellRight(overview, "Generated (UTC)").getCellType()));
    }

    @Test
    void theCategoryMatrixAddsUpAcrossAndDown() throws IOException {
        Sheet sheet = write(true).getSheet("Category x regional group");
        // Pledges block: header on row 5, Military units first; Formed police units second.
        Row fpu = findRow(sheet, "Formed police units");
        assertEquals(3.0, fpu.getCell(2).getNumericCellValue(), "Asia-Pacific column");
        assertEquals(3.0, fpu.getCell(7).getNumericCellValue(), "row total");
        Row total = findRow(sheet, "Total");
        assertEquals(1.0, total.getCell(1).getNumericCellValue(), "African total");
        assertEquals(4.0, total.getCell(7).getNumericCellValue(), "grand total");
    }

    @Test
    void genderParityComparesEachKindWithItsTarget() throws IOException {
        Sheet sheet = write(true).getSheet("Gender parity");
        Row fpu = findRow(sheet, "Formed police units");
        assertAll(
                () -> assertEquals(280.0, fpu.getCell(2).getNumericCellValue()),
                () -> assertEquals(40.0, fpu.getCell(3).getNumericCellValue()),
                () -> assertEquals(40.0 / 280, fpu.getCell(4).getNumericCellValue(), 1e-9),
                () -> assertEquals(0.20, fpu.getCell(5).getNumericCellValue(), 1e-9),
                () -> assertEquals(-5.7, fpu.getCell(6).getNumericCellValue(), 1e-9),
                () -> assertEquals(16.0, fpu.getCell(7).getNumericCellValue(), "56 of 280 is 20 %"),
                () -> assertEquals("No", fpu.getCell(8).getStringCellValue()),
                () -> assertEquals("Target 2028", findRow(sheet, "Kind of personnel").getCell(5).getStringCellValue()));
    }

    @Test
    void theGapSheetShowsTheGapReportAndWhichRequirementsStayUncovered() throws IOException {
        Sheet sheet = write(false).getSheet("Gap analysis");
        Row fpu = findRow(sheet, "Formed police units");
        assertAll(
                () -> assertEquals(5.0, fpu.getCell(2).getNumericCellValue(), "required"),
                () -> assertEquals(2.0, fpu.getCell(4).getNumericCellValue(), "at level 1"),
                () -> assertEquals(2.0, fpu.getCell(8).getNumericCellValue(), "approved units"),
                () -> assertEquals(3.0, fpu.getCell(10).getNumericCellValue(), "gap"),
                () -> assertEquals(0.4, fpu.getCell(11).getNumericCellValue(), 1e-9));
        Row critical = findRow(sheet, "Critical");
        assertEquals(2.0, critical.getCell(7).getNumericCellValue(), "the critical requirement takes the 2 units");
        assertEquals("Partly covered", critical.getCell(9).getStringCellValue());
        Row high = findRow(sheet, "High");
        assertEquals(0.0, high.getCell(7).getNumericCellValue());
        assertEquals("Not covered", high.getCell(9).getStringCellValue());
    }

    @Test
    void theOverviewCarriesThreeNativeCharts() throws IOException {
        XSSFSheet overview = write(true).getSheet("Overview");
        XSSFDrawing drawing = overview.getDrawingPatriarch();
        assertEquals(3, drawing.getCharts().size());
        assertEquals("Pledges by category", drawing.getCharts().get(0).getTitleText().getString());
        String formula = drawing.getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0)
                .getVal().getNumRef().getF();
        assertEquals("'Category x regional group'!$H$6:$H$16", formula);
        assertEquals(2, drawing.getCharts().get(2).getChartSeries().get(0).getSeriesCount(), "share and target");
    }

    @Test
    void everySheetPrintsLandscapeOnePageWide() throws IOException {
        for (Sheet sheet : write(true)) {
            assertTrue(sheet.getPrintSetup().getLandscape(), sheet.getSheetName());
            assertEquals(1, sheet.getPrintSetup().getFitWidth(), sheet.getSheetName());
        }
    }

    @Test
    void theStylesPartCarriesTheDefaultCellStyleExcelWrites() throws IOException {
        write(true);
        StylesPart.of(BYTES.get(true)).assertHasExcelsDefaults();
    }

    @Test
    void theRegisterHoldsTheRowsItWasFed() throws IOException {
        Sheet register = write(true).getSheet("Register");
        assertEquals(4, register.getLastRowNum());
        assertEquals("Under review", register.getRow(4).getCell(RegisterColumn.of(LAYOUT)
                .indexOf(RegisterColumn.STATUS)).getStringCellValue());
    }

    @Test
    void approvedUnitsCoverTheMostUrgentRequirementsFirst() {
        GapReport gaps = gaps();
        List<GapsSheet.Coverage> coverage = GapsSheet.coverage(requirements(), gaps);
        assertEquals(Priority.CRITICAL, coverage.get(0).requirement().priority());
        assertEquals(2, coverage.get(0).covered());
        assertEquals(0, coverage.get(1).covered());
    }

    @Test
    void womenNeededRoundsUpToWholePeople() {
        assertEquals(16, GenderSheet.womenNeeded(new Figures(2, 2, 280, 40), new Target(2028, 0.2)));
        assertEquals(0, GenderSheet.womenNeeded(new Figures(1, 1, 100, 30), new Target(2028, 0.2)));
        assertEquals(1, GenderSheet.womenNeeded(new Figures(1, 1, 11, 1), new Target(2028, 0.15)));
    }

    @Test
    void datesReadAsInAnInvitation() {
        assertEquals("13\u201314 May 2025", OverviewSheet.dates(LocalDate.of(2025, 5, 13),
                LocalDate.of(2025, 5, 14)));
        assertEquals("30 August \u2013 1 September 2023", OverviewSheet.dates(LocalDate.of(2023, 8, 30),
                LocalDate.of(2023, 9, 1)));
        assertEquals("7 December 2021", OverviewSheet.dates(LocalDate.of(2021, 12, 7),
                LocalDate.of(2021, 12, 7)));
    }

    @Test
    void theTargetsAreThoseOfTheFirstTargetYearNotBeforeTheEvent() {
        List<GenderTarget> targets = List.of(new GenderTarget(PersonnelKind.CONTINGENT, 2025, BigDecimal.TEN),
                new GenderTarget(PersonnelKind.CONTINGENT, 2028, BigDecimal.valueOf(15)),
                new GenderTarget(PersonnelKind.FORMED_POLICE_UNIT, 2028, BigDecimal.valueOf(20)));
        assertEquals(Map.of(PersonnelKind.CONTINGENT, new Target(2028, 0.15), PersonnelKind.FORMED_POLICE_UNIT,
                new Target(2028, 0.2)), ReportService.targets(targets, LocalDate.of(2026, 1, 1)));
        assertEquals(new Target(2025, 0.1), ReportService.targets(targets, LocalDate.of(2023, 1, 1))
                .get(PersonnelKind.CONTINGENT));
        assertNull(ReportService.targets(targets, LocalDate.of(2023, 1, 1)).get(PersonnelKind.FORMED_POLICE_UNIT));
        assertEquals(new Target(2028, 0.15), ReportService.targets(targets, LocalDate.of(2030, 1, 1))
                .get(PersonnelKind.CONTINGENT), "the latest targets when all lie in the past");
    }

    // ------------------------------------------------------------------ the crafted figures

    private static XSSFWorkbook write(boolean includePending) throws IOException {
        XSSFWorkbook written = WRITTEN.get(includePending);
        if (written == null) {
            written = writeNew(includePending);
            WRITTEN.put(includePending, written);
        }
        return written;
    }

    private static XSSFWorkbook writeNew(boolean includePending) throws IOException {
        Figures fpu = new Figures(3, 3, 280 + 0, 40);
        Figures hospital = new Figures(1, 1, 57, 10);
        Figures all = fpu.plus(hospital);
        SummaryFigures figures = new SummaryFigures(new Selection(BERLIN, includePending),
                Instant.parse("2026-11-22T10:15:00Z"), "analyst", new Totals(all, 2, 4),
                List.of(new ByStatus(PledgeStatus.UNDER_REVIEW, new Figures(1, 1, 0, 0), 1),
                        new ByStatus(PledgeStatus.APPROVED, new Figures(3, 3, 337, 50), 2)),
                List.of(new ByEvent("BERLIN-2025", "Berlin", new Figures(3, 3, 197, 30), 2),
                        new ByEvent("ISLAMABAD-2025", "Islamabad", new Figures(1, 1, 140, 20), 1)),
                List.of(new ByCategoryAndGroup(Category.FORMED_POLICE_UNIT, RegionalGroup.ASIA_PACIFIC, fpu),
                        new ByCategoryAndGroup(Category.MEDICAL, RegionalGroup.AFRICAN, hospital)),
                List.of(new ByState("GHA", "Ghana", RegionalGroup.AFRICAN, hospital, 1),
                        new ByState("KOR", "Republic of Korea", RegionalGroup.ASIA_PACIFIC, fpu, 2)),
                List.of(new ByKind(PersonnelKind.FORMED_POLICE_UNIT, fpu), new ByKind(PersonnelKind.CONTINGENT,
                        hospital)),
                List.of(new ByType("FORMED_POLICE_UNIT", "Formed police unit", Category.FORMED_POLICE_UNIT,
                        PersonnelKind.FORMED_POLICE_UNIT, fpu), new ByType("LEVEL_2_HOSPITAL", "Level 2 hospital",
                        Category.MEDICAL, PersonnelKind.CONTINGENT, hospital)),
                new EnumMap<>(Map.of(PersonnelKind.CONTINGENT, new Target(2028, 0.15),
                        PersonnelKind.STAFF_OFFICER_MILITARY_OBSERVER, new Target(2028, 0.25),
                        PersonnelKind.FORMED_POLICE_UNIT, new Target(2028, 0.2),
                        PersonnelKind.INDIVIDUAL_POLICE, new Target(2028, 0.3))),
                gaps(), requirements());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxFile file = new MinisterialSummaryWriter(LAYOUT, figures, fulfilment()).write(sink -> {
            sink.accept(Rows.row(1, "GHA", PledgeStatus.APPROVED, 57, 10));
            sink.accept(Rows.row(2, "KOR", PledgeStatus.APPROVED, 140, 20));
            sink.accept(Rows.row(3, "KOR", PledgeStatus.APPROVED, 140, 20));
            sink.accept(Rows.row(4, "KOR", PledgeStatus.UNDER_REVIEW, 0, 0));
        }, "summary.xlsx")) {
            file.writeTo(bytes);
        }
        BYTES.put(includePending, bytes.toByteArray());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "ministerial-summary-" + (includePending ? "pending" : "approved") + ".xlsx"),
                bytes.toByteArray());
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static GapReport gaps() {
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("NONE", 0L);
        levels.put("LEVEL_1", 2L);
        levels.put("LEVEL_2", 0L);
        levels.put("LEVEL_3", 0L);
        levels.put("RAPID_DEPLOYMENT", 0L);
        return new GapReport("BERLIN-2025", List.of(new GapReport.Row("FORMED_POLICE_UNIT",
                Category.FORMED_POLICE_UNIT, "Formed police unit", 5, levels, 2, 280, 3, 0.4)),
                new GapReport.Totals(5, 2, 280, 3));
    }

    private static List<RequirementView> requirements() {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        return List.of(new RequirementView(2, "FORMED_POLICE_UNIT", Category.FORMED_POLICE_UNIT, 2, Priority.HIGH,
                        "BERLIN-2025", "UNMISS", null, null, null, "reviewer", at, at, 0),
                new RequirementView(1, "FORMED_POLICE_UNIT", Category.FORMED_POLICE_UNIT, 3, Priority.CRITICAL,
                        "BERLIN-2025", "MINUSCA", LocalDate.of(2026, 1, 1), null, null, "reviewer", at, at, 0));
    }

    // ------------------------------------------------------------------ reading back

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new java.util.ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The row whose first cell reads {@code label}, the first such from the top. */
    static Row findRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row '" + label + "' on " + sheet.getSheetName());
    }

    private static Cell cellRight(Sheet sheet, String label) {
        return findRow(sheet, label).getCell(1);
    }

    private static Object valueOf(Sheet sheet, String label) {
        Cell cell = cellRight(sheet, label);
        return cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                : cell.getStringCellValue();
    }
}
