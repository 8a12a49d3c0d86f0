package org.peacekeeping.pledges.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;

/** The streaming reader on real workbooks, made from the committed template and filled with POI. */
class FormReaderTest {

    @Test
    void aFilledRowIsReadWithEveryValueTyped() {
        XSSFWorkbook form = Forms.blank("GHA");
        Forms.fill(form, 0, Forms.goodRow("FPU for MINUSCA"));
        List<FormRow> rows = Forms.read(Forms.bytes(form), 100).rows();
        assertEquals(1, rows.size());
        FormRow row = rows.get(0);
        PledgeInput input = row.input();
        assertAll(
                () -> assertEquals(List.of(), row.errors()),
                () -> assertEquals(7, row.number()),
                () -> assertEquals("GHA-K7Q2XF-0001", row.rowKey()),
                () -> assertEquals("FPU for MINUSCA", input.title()),
                () -> assertEquals("FORMED_POLICE_UNIT", input.capabilityType()),
                () -> assertEquals("BERLIN-2025", input.event()),
                () -> assertEquals(140, input.personnel()),
                () -> assertEquals(30, input.women()),
                () -> assertEquals(LocalDate.of(2027, 3, 1), input.availableFrom()),
                () -> assertEquals(SelfSustainment.YES, input.selfSustainment()),
                () -> assertEquals(List.of("UNMISS", "MINUSCA"), input.preferredMissions()),
                () -> assertEquals(ReadinessLevel.LEVEL_2, row.statedReadiness()),
                () -> assertNull(input.memberState(), "always the uploader's own state"));
    }

    @Test
    void preparedRowsWithOnlyTheirKeyAreNoPledges() {
        XSSFWorkbook form = Forms.blank("GHA");
        Forms.fill(form, 0, Forms.goodRow("First"));
        Forms.fill(form, 5, Forms.goodRow("Sixth"));
        List<FormRow> rows = Forms.read(Forms.bytes(form), 100).rows();
        assertEquals(List.of(7, 12), rows.stream().map(FormRow::number).toList());
    }

    @Test
    void aFormulaWhereAValueIsExpectedIsABadCell() {
        XSSFWorkbook form = Forms.blank("GHA");
        Forms.fill(form, 0, Forms.goodRow("With a formula"));
        int personnel = Forms.columns(form).get(FormField.PERSONNEL);
        Forms.pledges(form).getRow(6).getCell(personnel).setCellFormula("100+40");
        FormRow row = Forms.read(Forms.bytes(form), 100).rows().get(0);
        FieldError error = row.errors().get(0);
        assertEquals("Pledges!G7", error.field());
        assertEquals("Sheet Pledges, row 7, column G (Personnel): holds a formula (=100+40); type the value itself",
                error.message());
        assertNull(row.input().personnel());
    }

    @Test
    void moreRowsThanAllowedStopTheReadingWith413() {
        XSSFWorkbook form = Forms.blank("GHA");
        for (int i = 0; i < 4; i++) {
            Forms.fill(form, i, Forms.goodRow("Row " + i));
        }
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> Forms.read(Forms.bytes(form), 3));
        assertEquals(Response.Status.REQUEST_ENTITY_TOO_LARGE, refused.status());
        assertTrue(refused.getMessage().contains("more than 3 pledge rows"), refused.getMessage());
    }

    @Test
    void anyOtherWorkbookIsNotThePledgeForm() {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Data").createRow(0).createCell(0).setCellValue("Hello");
        UploadRefusedException refused = assertThrows(UploadRefusedException.class,
                () -> Forms.read(Forms.bytes(other), 100));
        assertEquals(Response.Status.BAD_REQUEST, refused.status());
        assertTrue(refused.getMessage().contains("not the pledge form"), refused.getMessage());
    }

    @Test
    void columnsAreFoundByTheirFieldCodesWhereverTheyAre() {
        XSSFWorkbook form = new XSSFWorkbook();
        Sheet sheet = form.createSheet("My pledges");
        Row codes = sheet.createRow(1);
        Row headers = sheet.createRow(2);
        String[] order = {"title", "women", "capabilityType", "rowKey", "personnel"};
        for (int c = 0; c < order.length; c++) {
            codes.createCell(c).setCellValue(order[c]);
            headers.createCell(c).setCellValue(order[c].toUpperCase());
        }
        Row data = sheet.createRow(3);
        data.createCell(0).setCellValue("Moved columns");
        data.createCell(1).setCellValue(5);
        data.createCell(2).setCellValue("LEVEL_2_HOSPITAL");
        data.createCell(3).setCellValue("KEY-1");
        data.createCell(4).setCellValue(57);
        form.createName().setNameName(FormReader.FIELDS);
        form.getName(FormReader.FIELDS).setRefersToFormula("'My pledges'!$A$2:$E$2");
        FormRow row = Forms.read(Forms.bytes(form), 100).rows().get(0);
        assertEquals(List.of(), row.errors());
        assertEquals("KEY-1", row.rowKey());
        assertEquals("LEVEL_2_HOSPITAL", row.input().capabilityType());
        assertEquals(5, row.input().women());
        assertEquals(57, row.input().personnel());
    }

    @Test
    void rowsBeyondThePreparedOnesWithTheirOwnKeysAndInlineStringsAreReadToo() throws Exception {
        // SXSSF writes inline strings (no shared strings table), as many generators do.
        XSSFWorkbook template = Forms.blank("GHA");
        Map<FormField, Integer> columns = Forms.columns(template);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (SXSSFWorkbook streamed = new SXSSFWorkbook(template, 10)) {
            Row row = streamed.getSheet("Pledges").createRow(2000);
            row.createCell(columns.get(FormField.ROW_KEY)).setCellValue("MY-OWN-KEY");
            row.createCell(columns.get(FormField.TITLE)).setCellValue("Streamed title");
            row.createCell(columns.get(FormField.CAPABILITY_TYPE)).setCellValue("infantry battalion");
            row.createCell(columns.get(FormField.UNITS)).setCellValue("2");
            streamed.write(bytes);
            streamed.dispose();
        }
        FormRow read = Forms.read(bytes.toByteArray(), 100).rows().get(0);
        assertEquals(List.of(), read.errors());
        assertEquals(2001, read.number());
        assertEquals("MY-OWN-KEY", read.rowKey());
        assertEquals("Streamed title", read.input().title());
        assertEquals("INFANTRY_BATTALION", read.input().capabilityType());
        assertEquals(2, read.input().units(), "digits typed as text are read as the number");
    }

    @Test
    void cellReferencesGiveTheirColumnAsPoiReadsThem() {
        for (String reference : new String[] {"A1", "B7", "Z10000", "AA3", "AZ12", "BA1", "XFD1048576", "$C$4"}) {
            assertEquals(new org.apache.poi.ss.util.CellReference(reference).getCol(),
                    FormReader.SheetHandler.column(reference), reference);
        }
    }
}
