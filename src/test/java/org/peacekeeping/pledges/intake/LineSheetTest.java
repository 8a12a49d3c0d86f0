package org.peacekeeping.pledges.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/**
 * The form's sheet of detail lines: the template offers it with a list of kinds, the streaming reader reads it from a
 * workbook filled with POI, each bad cell is named by sheet, row and column, and lines go to the pledge row they name.
 */
class LineSheetTest {

    @Test
    void theTemplateHasALinesSheetWithItsFieldRowAndAListOfReadableKinds() {
        XSSFWorkbook blank = Forms.blank("GHA");
        Sheet lines = blank.getSheet("Lines");
        assertAll(
                () -> assertEquals("Lines!$A$5:$D$5", blank.getName(FormReader.LINE_FIELDS).getRefersToFormula()),
                () -> assertEquals(List.of("pledgeRow", "kind", "description", "quantity"),
                        List.of(0, 1, 2, 3).stream().map(c -> lines.getRow(4).getCell(c).getStringCellValue())
                                .toList()),
                () -> assertTrue(lines.getRow(4).getZeroHeight(), "the field row is hidden"),
                () -> assertEquals("Quantity *", lines.getRow(5).getCell(3).getStringCellValue()),
                () -> assertEquals("Lists!$G$2:$G$3", blank.getName("list_line_kind").getRefersToFormula()),
                () -> assertEquals(List.of("Major equipment", "Self-sustainment"), List.of(
                        blank.getSheet("Lists").getRow(1).getCell(6).getStringCellValue(),
                        blank.getSheet("Lists").getRow(2).getCell(6).getStringCellValue())),
                () -> assertTrue(lines.getDataValidations().stream().map(DataValidation::getValidationConstraint)
                        .anyMatch(constraint -> "list_line_kind".equals(constraint.getFormula1()))));
    }

    @Test
    void aBlankFormReadsWithAnEmptyLinesSheet() {
        Forms.Read read = Forms.read(Forms.bytes(Forms.blank("GHA")), 10_000);
        assertEquals("Lines", read.read().lines().sheet());
        assertEquals(7, read.read().lines().firstDataRow());
        assertEquals(List.of(), read.lines());
    }

    @Test
    void linesAreReadByKeyOrRowNumberWithTheirKindFromLabelOrCode() {
        XSSFWorkbook form = Forms.blank("GHA");
        Forms.fill(form, 0, Forms.goodRow("Helicopters"));
        Forms.fillLine(form, 0, "GHA-K7Q2XF-0001", "Major equipment", "Utility helicopter Mi-17", 3);
        Forms.fillLine(form, 1, 7, "self-sustainment", "Catering", 1);
        Forms.fillLine(form, 2, "7", "MAJOR_EQUIPMENT", "Fuel bowser", "2");
        Forms.fillLine(form, 3, "GHA-K7Q2XF-0001", "Soutien autonome", "Laundry", 0);
        List<FormLine> lines = Forms.read(Forms.bytes(form), 10_000).lines();
        assertAll(
                () -> assertEquals(4, lines.size()),
                () -> assertEquals("GHA-K7Q2XF-0001", lines.get(0).pledgeKey()),
                () -> assertEquals(new LineItem(LineKind.MAJOR_EQUIPMENT, "Utility helicopter Mi-17", 3),
                        lines.get(0).item()),
                () -> assertEquals(7, lines.get(1).pledgeRow()),
                () -> assertEquals(new LineItem(LineKind.SELF_SUSTAINMENT, "Catering", 1), lines.get(1).item()),
                () -> assertEquals(7, lines.get(2).pledgeRow(), "a row number typed as text"),
                () -> assertEquals(new LineItem(LineKind.MAJOR_EQUIPMENT, "Fuel bowser", 2), lines.get(2).item()),
                () -> assertEquals(new LineItem(LineKind.SELF_SUSTAINMENT, "Laundry", 0), lines.get(3).item(),
                        "the French label, and a quantity of 0 as the screen allows"),
                () -> assertTrue(lines.stream().allMatch(line -> line.errors().isEmpty())));
    }

    @Test
    void everyBadLineCellIsNamedBySheetRowAndColumn() {
        XSSFWorkbook form = Forms.blank("GHA");
        Forms.fillLine(form, 0, "GHA-K7Q2XF-0001", "Major equipment", "Armoured personnel carrier", 2.5);
        Forms.fillLine(form, 1, "GHA-K7Q2XF-0001", "Spare parts", "Tyres", -1);
        Forms.fillLine(form, 2, null, null, "Generator", "many");
        Forms.fillLine(form, 3, "not a key!", "Major equipment", "x".repeat(501), 1);
        List<FormLine> lines = Forms.read(Forms.bytes(form), 10_000).lines();
        assertAll(
                () -> assertEquals(List.of("Lines!D7"), fields(lines.get(0))),
                () -> assertEquals("Sheet Lines, row 7, column D (Quantity): must be a whole number of 0 or more, "
                        + "not 2.5", lines.get(0).errors().get(0).message()),
                () -> assertNull(lines.get(0).item()),
                () -> assertEquals(List.of("Lines!B8", "Lines!D8"), fields(lines.get(1))),
                () -> assertTrue(lines.get(1).errors().get(0).message().contains("\u201cSpare parts\u201d is not a "
                        + "kind of line; choose Major equipment or Self-sustainment"), lines.get(1).errors()
                        .toString()),
                () -> assertEquals(List.of("Lines!A9", "Lines!B9", "Lines!D9"), fields(lines.get(2))),
                () -> assertTrue(lines.get(2).errors().get(2).message().endsWith("not \u201cmany\u201d")),
                () -> assertEquals(List.of("Lines!A10", "Lines!C10"), fields(lines.get(3))),
                () -> assertTrue(lines.get(3).errors().get(1).message().contains("at most 500 characters")));
    }

    @Test
    void linesGoToTheRowTheyNameAndALineNamingNoPledgeRowIsAProblem() {
        XSSFWorkbook form = Forms.blank("GHA");
        Forms.fill(form, 0, Forms.goodRow("First"));
        Forms.fill(form, 1, Forms.goodRow("Second"));
        Forms.fill(form, 2, Forms.goodRow("Third, without lines"));
        Forms.fillLine(form, 0, "GHA-K7Q2XF-0002", "Major equipment", "Water truck", 2);
        Forms.fillLine(form, 1, 7, "Major equipment", "Armoured personnel carrier", 4);
        Forms.fillLine(form, 2, 8, "Self-sustainment", "Medical", 1);
        Forms.fillLine(form, 3, "GHA-K7Q2XF-0500", "Major equipment", "A key with no pledge row", 1);
        Forms.fillLine(form, 4, 42, "Major equipment", "A row with no pledge", 1);
        Forms.Read read = Forms.read(Forms.bytes(form), 10_000);
        List<FieldError> problems = new ArrayList<>();
        PledgeFormService.RowLines lines = PledgeFormService.linesOfRow(read.read().lines(), read.rows(),
                read.lines(), problems);
        assertAll(
                () -> assertEquals(Map.of(
                        7, List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Armoured personnel carrier", 4)),
                        8, List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Water truck", 2),
                                new LineItem(LineKind.SELF_SUSTAINMENT, "Medical", 1)),
                        9, List.of()), lines.items(), "in the sheet's order; a row without lines gets none"),
                () -> assertEquals(List.of("Lines!A10", "Lines!A11"), problems.stream().map(FieldError::field)
                        .toList()),
                () -> assertEquals("Sheet Lines, row 10, column A (Pledge row): no pledge row of the sheet Pledges "
                        + "has the row key GHA-K7Q2XF-0500", problems.get(0).message()),
                () -> assertTrue(problems.get(1).message().contains("row 42 of the sheet Pledges holds no pledge"),
                        problems.get(1).message()),
                () -> assertEquals(7, lines.firstLine().get(8), "the first line of pledge row 8 is on row 7"));
    }

    @Test
    void aDraftIsUnchangedOnlyWhenItsLinesAreTheSheetsToo() {
        XSSFWorkbook form = Forms.blank("GHA");
        Forms.fill(form, 0, Forms.goodRow("Helicopters"));
        FormRow row = Forms.read(Forms.bytes(form), 10_000).rows().get(0);
        List<LineItem> held = List.of(new LineItem(LineKind.MAJOR_EQUIPMENT, "Utility helicopter", 3));
        PledgeView current = draftLike(row.input(), held);
        assertAll(
                () -> assertTrue(PledgeFormService.sameContent(current, row.input()),
                        "a form without a sheet of lines leaves the lines out of the comparison"),
                () -> assertTrue(PledgeFormService.sameContent(current, row.withLines(held).input())),
                () -> assertTrue(!PledgeFormService.sameContent(current, row.withLines(List.of()).input()),
                        "the sheet lists no line: the draft's line goes"),
                () -> assertTrue(!PledgeFormService.sameContent(current, row.withLines(List.of(
                        new LineItem(LineKind.MAJOR_EQUIPMENT, "Utility helicopter", 4))).input()), "quantity"));
    }

    /** The draft a row made, holding these lines. */
    private static PledgeView draftLike(PledgeInput in, List<LineItem> lines) {
        return new PledgeView(1, "GHA-2025-0001", "GHA", in.event(), null, in.capabilityType(), in.title(),
                in.description(), in.units(), in.personnel(), in.women(), ReadinessLevel.NONE, in.availableFrom(),
                in.daysToDeploy(), in.durationMonths(), in.selfSustainment(), in.caveats(), in.preferredMissions(),
                lines, PledgeStatus.DRAFT, 0, null, "fp", null, "fp", null, null, null, false);
    }

    private static List<String> fields(FormLine line) {
        return line.errors().stream().map(FieldError::field).toList();
    }
}
