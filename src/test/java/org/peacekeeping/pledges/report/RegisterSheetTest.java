package org.peacekeeping.pledges.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.PledgeStatus;

class RegisterSheetTest {

    private final ReportLayout layout = ReportLayoutTest.committed(RegisterWorkbook.LAYOUT);
    private final List<RegisterColumn> columns = RegisterColumn.of(layout);

    @Test
    void numbersAreNumbersDatesAreDatesAndCodesReadAsLabels() throws IOException {
        XSSFSheet sheet = write(List.of(Rows.row(7, "GHA", PledgeStatus.APPROVED, 140, 30)), false);
        Row row = sheet.getRow(1);
        assertAll(
                () -> assertEquals("GHA-2025-0007", text(row, RegisterColumn.REFERENCE)),
                () -> assertEquals(CellType.NUMERIC, cell(row, RegisterColumn.PERSONNEL).getCellType()),
                () -> assertEquals(140, cell(row, RegisterColumn.PERSONNEL).getNumericCellValue()),
                () -> assertEquals(30.0 / 140, cell(row, RegisterColumn.WOMEN_SHARE).getNumericCellValue(), 1e-9),
                () -> assertEquals("0.0%", cell(row, RegisterColumn.WOMEN_SHARE).getCellStyle().getDataFormatString()),
                () -> assertTrue(DateUtil.isCellDateFormatted(cell(row, RegisterColumn.AVAILABLE_FROM))),
                () -> assertEquals(LocalDate.of(2026, 3, 1),
                        cell(row, RegisterColumn.AVAILABLE_FROM).getLocalDateTimeCellValue().toLocalDate()),
                () -> assertEquals(LocalDateTime.of(2025, 1, 20, 12, 30),
                        cell(row, RegisterColumn.APPROVED_AT).getLocalDateTimeCellValue()),
                () -> assertEquals("Formed police units", text(row, RegisterColumn.CATEGORY)),
                () -> assertEquals("Level 1", text(row, RegisterColumn.READINESS_LEVEL)),
                () -> assertEquals("Approved", text(row, RegisterColumn.STATUS)),
                () -> assertEquals("UNMISS, MINUSCA", text(row, RegisterColumn.PREFERRED_MISSIONS)),
                () -> assertEquals(CellType.BOOLEAN, cell(row, RegisterColumn.SYNTHETIC).getCellType()),
                () -> assertNull(cell(row, RegisterColumn.RENEWAL_DUE), "an empty value is an empty cell"));
    }

    @Test
    void theHeaderIsFrozenFilteredAndPrintedOnEveryPage() throws IOException {
        XSSFSheet sheet = write(List.of(Rows.row(1, "GHA", PledgeStatus.APPROVED, 10, 1),
                Rows.row(2, "GHA", PledgeStatus.APPROVED, 10, 1)), false);
        assertAll(
                () -> assertEquals("Reference", sheet.getRow(0).getCell(0).getStringCellValue()),
                () -> assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition()),
                () -> assertEquals("A1:" + lastColumn() + "3", sheet.getCTWorksheet().getAutoFilter().getRef()),
                () -> assertEquals("1:1", sheet.getRepeatingRows().formatAsString()),
                () -> assertTrue(sheet.getPrintSetup().getLandscape()),
                () -> assertEquals(1, sheet.getPrintSetup().getFitWidth()));
    }

    @Test
    void theStylesPartCarriesTheDefaultCellStyleExcelWrites() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxFile file = RegisterWorkbook.write(new ReportFiles(java.nio.file.Path.of("reports")), "register.xlsx",
                sink -> sink.accept(Rows.row(1, "GHA", PledgeStatus.APPROVED, 10, 1)))) {
            file.writeTo(bytes);
        }
        StylesPart.of(bytes.toByteArray()).assertHasExcelsDefaults();
    }

    @Test
    void pendingPledgesAreMarkedWhenAsked() throws IOException {
        XSSFSheet sheet = write(List.of(Rows.row(1, "GHA", PledgeStatus.APPROVED, 10, 1),
                Rows.row(2, "GHA", PledgeStatus.UNDER_REVIEW, 10, 1)), true);
        short approvedFill = cell(sheet.getRow(1), RegisterColumn.TITLE).getCellStyle().getFillPattern().getCode();
        short pendingFill = cell(sheet.getRow(2), RegisterColumn.TITLE).getCellStyle().getFillPattern().getCode();
        assertNotEquals(approvedFill, pendingFill);
        assertEquals("Under review", text(sheet.getRow(2), RegisterColumn.STATUS));
    }

    @Test
    void textKeepsEveryCharacterAndRowsBeyondTheMemoryWindowKeepTheirPlace() throws IOException {
        String awkward = "  <b>Rock & \"roll\"</b>\tline\nnext\u00a0\u00e9t\u00e9 \u65e5\u672c \ud83d\ude92 ";
        List<org.peacekeeping.pledges.pledge.PledgeRow> rows = new java.util.ArrayList<>();
        int count = StreamingWorkbook.WINDOW * 2 + 7;
        for (int i = 1; i <= count; i++) {
            org.peacekeeping.pledges.pledge.PledgeRow row = Rows.row(i, "GHA", PledgeStatus.APPROVED, 10 * i, i);
            rows.add(i == count ? withTitle(row, awkward) : i == 2 ? withTitle(row, "bell\u0007 and \ufffe") : row);
        }
        XSSFSheet sheet = write(rows, false);
        assertAll(
                () -> assertEquals(count, sheet.getLastRowNum()),
                () -> assertEquals("GHA-2025-" + String.format("%04d", count - 1),
                        text(sheet.getRow(count - 1), RegisterColumn.REFERENCE)),
                () -> assertEquals(10.0 * (count - 1), cell(sheet.getRow(count - 1), RegisterColumn.PERSONNEL)
                        .getNumericCellValue()),
                () -> assertEquals(awkward, text(sheet.getRow(count), RegisterColumn.TITLE)),
                () -> assertEquals("bell? and ?", text(sheet.getRow(2), RegisterColumn.TITLE),
                        "characters XML cannot carry become question marks, as POI writes them"),
                () -> assertEquals(LocalDateTime.of(2025, 2, 3, 4, 5, 6),
                        cell(sheet.getRow(count), RegisterColumn.UPDATED_AT).getLocalDateTimeCellValue()));
    }

    private static org.peacekeeping.pledges.pledge.PledgeRow withTitle(org.peacekeeping.pledges.pledge.PledgeRow row,
                                                                       String title) {
        return new org.peacekeeping.pledges.pledge.PledgeRow(row.id(), row.reference(), row.memberState(),
                row.memberStateName(), row.regionalGroup(), row.event(), row.category(), row.capabilityType(),
                row.capabilityTypeName(), title, row.description(), row.units(), row.personnel(), row.women(),
                row.readinessLevel(), row.availableFrom(), row.daysToDeploy(), row.durationMonths(),
                row.selfSustainment(), row.caveats(), row.preferredMissions(), row.status(), row.createdAt(),
                row.updatedAt(), row.submittedAt(), row.approvedAt(), row.renewalDue(), row.synthetic());
    }

    private XSSFSheet write(List<org.peacekeeping.pledges.pledge.PledgeRow> rows, boolean markPending)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new StreamingWorkbook()) {
            RegisterSheet sheet = new RegisterSheet(workbook.createSheet("Register"), layout,
                    new WorkbookStyles(workbook, layout), markPending);
            rows.forEach(sheet::add);
            sheet.finish();
            assertEquals(rows.size(), sheet.rows());
            workbook.write(bytes);
            workbook.dispose();
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray())).getSheetAt(0);
    }

    private org.apache.poi.ss.usermodel.Cell cell(Row row, RegisterColumn column) {
        return row.getCell(columns.indexOf(column));
    }

    private String text(Row row, RegisterColumn column) {
        return cell(row, column).getStringCellValue();
    }

    private String lastColumn() {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(columns.size() - 1);
    }

}
