package org.peacekeeping.pledges.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.Partner;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/** Reading one row's raw cells as a pledge: each kind of value, codes and names, and the message of each mistake. */
class FormRowMapperTest {

    private static final FormField[] ORDER = {FormField.ROW_KEY, FormField.TITLE, FormField.CAPABILITY_TYPE,
        FormField.CATEGORY, FormField.EVENT, FormField.UNITS, FormField.PERSONNEL, FormField.WOMEN,
        FormField.READINESS_LEVEL, FormField.AVAILABLE_FROM, FormField.DAYS_TO_DEPLOY, FormField.DURATION_MONTHS,
        FormField.SELF_SUSTAINMENT, FormField.PREFERRED_MISSIONS, FormField.CAVEATS, FormField.DESCRIPTION};

    private final FormSheet sheet = sheet();
    private final FormRowMapper mapper = new FormRowMapper(sheet, Forms.LISTS);

    private static FormSheet sheet() {
        Map<Integer, FormField> fields = new HashMap<>();
        Map<Integer, String> headers = new HashMap<>();
        for (int c = 0; c < ORDER.length; c++) {
            fields.put(c, ORDER[c]);
            headers.put(c, ORDER[c].code().substring(0, 1).toUpperCase() + ORDER[c].code().substring(1));
        }
        return new FormSheet("Pledges", fields, headers, null, 7, false);
    }

    private FormRow map(Object... fieldsAndCells) {
        Map<Integer, RawCell> cells = new HashMap<>();
        cells.put(0, text(0, "KEY-1"));
        cells.put(1, text(1, "A title"));
        cells.put(2, text(2, "FORMED_POLICE_UNIT"));
        for (int i = 0; i < fieldsAndCells.length; i += 2) {
            int column = List.of(ORDER).indexOf((FormField) fieldsAndCells[i]);
            RawCell cell = (RawCell) fieldsAndCells[i + 1];
            if (cell == null) {
                cells.remove(column);
            } else {
                cells.put(column, new RawCell(column, cell.type(), cell.value(), cell.formula()));
            }
        }
        return mapper.map(new FormReader.RawRow(9, cells));
    }

    private static RawCell text(int column, String value) {
        return new RawCell(column, RawCell.Type.TEXT, value, null);
    }

    private static RawCell text(String value) {
        return text(0, value);
    }

    private static RawCell number(String value) {
        return new RawCell(0, RawCell.Type.NUMBER, value, null);
    }

    private static String only(FormRow row) {
        assertEquals(1, row.errors().size(), row.errors().toString());
        return row.errors().get(0).message();
    }

    @Test
    void thePartnersColumnNamesPartnerStatesByCodeAndAnEmptyCellNamesNone() {
        org.apache.poi.xssf.usermodel.XSSFWorkbook form = Forms.blank("GHA");
        Map<FormField, Object> joint = Forms.goodRow("Joint");
        joint.put(FormField.PARTNERS, "deu; NLD");
        Forms.fill(form, 0, joint);
        Forms.fill(form, 1, Forms.goodRow("Alone"));
        List<FormRow> rows = Forms.read(Forms.bytes(form), 10_000).rows();
        assertEquals(List.of(new Partner("DEU", null), new Partner("NLD", null)), rows.get(0).input().partners());
        assertEquals(List.of(), rows.get(1).input().partners(), "the form says: no partners");
        assertNull(map().input().partners(), "a form without the column leaves the draft's partners as they are");
    }

    @Test
    void wholeNumbersComeAsNumbersOrAsDigitsTypedAsText() {
        FormRow row = map(FormField.PERSONNEL, number("140"), FormField.WOMEN, text(" 12 "));
        assertEquals(List.of(), row.errors());
        assertEquals(140, row.input().personnel());
        assertEquals(12, row.input().women());
    }

    @Test
    void aFractionOrWordInANumberColumnIsNamedWithItsCell() {
        FormRow row = map(FormField.UNITS, number("2.5"), FormField.PERSONNEL, text("many"));
        assertEquals(List.of(new FieldError("Pledges!F9", "Sheet Pledges, row 9, column F (Units): must be a whole "
                        + "number, not 2.5"),
                new FieldError("Pledges!G9", "Sheet Pledges, row 9, column G (Personnel): must be a whole number, "
                        + "not \u201cmany\u201d")), row.errors());
    }

    @Test
    void datesComeAsExcelDatesOrAsIsoText() {
        assertEquals(LocalDate.of(2027, 3, 1), map(FormField.AVAILABLE_FROM, number("46447")).input().availableFrom());
        assertEquals(LocalDate.of(2027, 3, 1), map(FormField.AVAILABLE_FROM, text("2027-03-01")).input()
                .availableFrom());
        assertTrue(only(map(FormField.AVAILABLE_FROM, text("01/03/2027"))).endsWith("must be a date like 2027-03-31, "
                + "not \u201c01/03/2027\u201d"));
        assertTrue(only(map(FormField.AVAILABLE_FROM, number("12"))).contains("1900-01-12 is not a plausible date"));
    }

    @Test
    void capabilityTypesAreKnownByCodeEnglishOrFrenchName() {
        assertEquals("LEVEL_2_HOSPITAL", map(FormField.CAPABILITY_TYPE, text("Level 2 hospital")).input()
                .capabilityType());
        assertEquals("LEVEL_2_HOSPITAL", map(FormField.CAPABILITY_TYPE, text("h\u00f4pital de niveau 2")).input()
                .capabilityType());
        assertEquals("LEVEL_2_HOSPITAL", map(FormField.CAPABILITY_TYPE, text("level_2_hospital")).input()
                .capabilityType());
        assertTrue(only(map(FormField.CAPABILITY_TYPE, text("Submarine"))).endsWith("\u201cSubmarine\u201d is not a "
                + "capability type; choose one from the list"));
    }

    @Test
    void aCategoryMustBeTheTypesOwn() {
        assertEquals(List.of(), map(FormField.CATEGORY, text("formed police unit")).errors());
        assertTrue(only(map(FormField.CATEGORY, text("MEDICAL"))).contains("Formed police unit is in the category "
                + "FORMED_POLICE_UNIT, not MEDICAL"));
    }

    @Test
    void codesIgnoreCaseSpacesAndHyphens() {
        FormRow row = map(FormField.READINESS_LEVEL, text("Level 2"), FormField.SELF_SUSTAINMENT, text("partial"),
                FormField.EVENT, text("berlin-2025"));
        assertEquals(List.of(), row.errors());
        assertEquals(ReadinessLevel.LEVEL_2, row.statedReadiness());
        assertEquals("BERLIN-2025", row.input().event());
        assertTrue(only(map(FormField.SELF_SUSTAINMENT, text("mostly"))).endsWith("\u201cmostly\u201d is not one of "
                + "YES, PARTIAL, NO"));
        assertTrue(only(map(FormField.EVENT, text("PARIS-2030"))).contains("is not an event"));
    }

    @Test
    void missionsAreSplitAtCommasSemicolonsAndSpaces() {
        assertEquals(List.of("UNMISS", "MINUSCA", "UNIFIL"), map(FormField.PREFERRED_MISSIONS,
                text("unmiss; MINUSCA  UNIFIL")).input().preferredMissions());
    }

    @Test
    void aRowNeedsAKeyATitleAndACapabilityType() {
        FormRow row = map(FormField.ROW_KEY, null, FormField.TITLE, null, FormField.CAPABILITY_TYPE, null,
                FormField.UNITS, number("1"));
        assertEquals(List.of("Pledges!A9", "Pledges!B9", "Pledges!C9"),
                row.errors().stream().map(FieldError::field).toList());
        assertTrue(only(map(FormField.ROW_KEY, text("has space"))).contains("may hold only letters, digits"));
    }

    @Test
    void formulasErrorsAndBooleansAreRefusedWhereValuesAreExpected() {
        assertTrue(only(map(FormField.TITLE, new RawCell(0, RawCell.Type.TEXT, "x", "A1&\"x\""))).endsWith(
                "holds a formula (=A1&\"x\"); type the value itself"));
        assertTrue(only(map(FormField.UNITS, new RawCell(0, RawCell.Type.ERROR, "#N/A", null))).endsWith(
                "holds the error value #N/A; type the value itself"));
        assertTrue(only(map(FormField.CAVEATS, new RawCell(0, RawCell.Type.BOOLEAN, "1", null))).endsWith(
                "holds TRUE or FALSE, which this column does not take"));
    }

    @Test
    void numbersInTextColumnsReadAsTyped() {
        assertEquals("2025", map(FormField.TITLE, number("2025.0")).input().title());
        assertEquals("12.5", FormRowMapper.plainNumber("12.50"));
        assertNull(map().input().units(), "an empty cell is left to the pledge's default");
    }
}
