package org.peacekeeping.pledges.intake;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.report.StylesPart;

/** The committed template keeps its contract with the application, and a download is personalised as promised. */
class PledgeFormTemplateTest {

    @Test
    void theCommittedTemplateHasItsNamesFieldRowAndHiddenLists() {
        XSSFWorkbook blank = Forms.blank("GHA");
        for (String name : List.of(FormReader.FIELDS, FormReader.STATE, FormReader.ROWS, "list_category",
                "list_capability_type", "list_event", "list_readiness_level", "list_self_sustainment")) {
            assertNotNull(blank.getName(name), name);
        }
        assertTrue(Forms.columns(blank).keySet().containsAll(Set.of(FormField.values())), "every field has a column");
        assertEquals(SheetVisibility.HIDDEN, blank.getSheetVisibility(blank.getSheetIndex("Lists")));
        assertTrue(Forms.pledges(blank).getRow(4).getZeroHeight(), "the field row is hidden");
    }

    @Test
    void aDownloadCarriesTheStateAFormIdAndAFreshKeyOnEveryPreparedRow() {
        XSSFWorkbook blank = Forms.blank("GHA");
        Sheet pledges = Forms.pledges(blank);
        int keyColumn = Forms.columns(blank).get(FormField.ROW_KEY);
        Set<String> keys = new HashSet<>();
        for (int r = 6; r < 6 + PledgeFormTemplateGenerator.PREPARED; r++) {
            keys.add(pledges.getRow(r).getCell(keyColumn).getStringCellValue());
        }
        assertAll(
                () -> assertEquals("GHA", pledges.getRow(1).getCell(1).getStringCellValue()),
                () -> assertEquals("Ghana", pledges.getRow(1).getCell(2).getStringCellValue()),
                () -> assertEquals("K7Q2XF", pledges.getRow(2).getCell(1).getStringCellValue()),
                () -> assertEquals(PledgeFormTemplateGenerator.PREPARED, keys.size()),
                () -> assertTrue(keys.contains("GHA-K7Q2XF-0001") && keys.contains("GHA-K7Q2XF-1000")),
                () -> assertTrue(keys.stream().allMatch(key -> FormRowMapper.ROW_KEY.matcher(key).matches())));
    }

    @Test
    void theDropDownsOfferTheCurrentLists() {
        XSSFWorkbook blank = Forms.blank("GHA");
        assertEquals("Lists!$B$2:$B$4", blank.getName("list_capability_type").getRefersToFormula(),
                "three active types; the retired one is not offered");
        Sheet lists = blank.getSheet("Lists");
        assertEquals("Infantry battalion", lists.getRow(1).getCell(1).getStringCellValue());
        assertEquals("Lists!$C$2:$C$3", blank.getName("list_event").getRefersToFormula());
        assertEquals("Lists!$A$2:$A$12", blank.getName("list_category").getRefersToFormula());
        List<String> lists1 = Forms.pledges(blank).getDataValidations().stream()
                .map(DataValidation::getValidationConstraint)
                .map(constraint -> constraint.getFormula1()).toList();
        assertTrue(lists1.containsAll(List.of("list_capability_type", "list_category", "list_event",
                "list_readiness_level", "list_self_sustainment")), lists1.toString());
    }

    @Test
    void headersCarryHintsAndTheInstructionsTheLimits() {
        XSSFWorkbook blank = Forms.blank("GHA");
        Row headers = Forms.pledges(blank).getRow(5);
        int personnel = Forms.columns(blank).get(FormField.PERSONNEL);
        assertTrue(headers.getCell(personnel).getCellComment().getString().getString().contains("typical size"));
        assertTrue(Forms.pledges(blank).getDataValidations().stream().allMatch(DataValidation::getShowPromptBox));
        CellReference cell = new AreaReference(blank.getName(PledgeFormTemplate.LIMITS).getRefersToFormula(),
                SpreadsheetVersion.EXCEL2007).getFirstCell();
        String limits = blank.getSheet(cell.getSheetName()).getRow(cell.getRow()).getCell(cell.getCol())
                .getStringCellValue();
        assertTrue(limits.contains("10,000"), limits);
    }

    @Test
    void aBlankDownloadReadsAsAFormWithoutPledges() {
        Forms.Read read = Forms.read(Forms.bytes(Forms.blank("GHA")), 10_000);
        assertEquals(List.of(), read.rows());
        assertEquals("GHA", read.read().state().value());
        assertEquals("Pledges", read.read().sheet().sheet());
        assertEquals(7, read.read().sheet().firstDataRow());
    }

    @Test
    void theFormPrintsOnePageWideWithItsHeadersOnEveryPageAndAnEmptyOneItsFirstFiftyRows() {
        assertPrintsAsPromised(Forms.blank("GHA"), "the download");
        assertPrintsAsPromised(PledgeFormTemplateGenerator.template(), "the generator's template");
    }

    private static void assertPrintsAsPromised(XSSFWorkbook form, String which) {
        Sheet pledges = Forms.pledges(form);
        int index = form.getSheetIndex(pledges);
        assertAll(which,
                () -> assertTrue(pledges.getPrintSetup().getLandscape(), "landscape"),
                () -> assertTrue(pledges.getFitToPage(), "fitted to the page"),
                () -> assertEquals(1, pledges.getPrintSetup().getFitWidth(), "one page wide"),
                () -> assertEquals(0, pledges.getPrintSetup().getFitHeight(), "as many pages long as it takes"),
                () -> assertEquals("6:6", pledges.getRepeatingRows().formatAsString(), "headers on every page"),
                () -> assertEquals("Pledges!$A$1:$Q$56", form.getPrintArea(index),
                        "the header block and the first 50 pledge rows, not the 1,000 keyed ones"),
                () -> assertEquals("Pledges!$A$1:$Q$56", form.getNames("_xlnm.Print_Area").stream()
                        .filter(name -> name.getSheetIndex() == index).findFirst().orElseThrow().getRefersToFormula(),
                        "as the built-in name Excel and LibreOffice read"),
                () -> assertEquals("&A", pledges.getHeader().getLeft(), "the sheet's name on each page"),
                () -> assertEquals("&P / &N", pledges.getFooter().getCenter(), "page numbers"),
                () -> assertTrue(pledges.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT) <= 0.5,
                        "narrow side margins"),
                () -> assertEquals(SheetVisibility.HIDDEN, form.getSheetVisibility(form.getSheetIndex("Lists")),
                        "the lists do not print"));
        for (String other : List.of("Instructions", "Lines", "Lists")) {
            Sheet sheet = form.getSheet(other);
            assertAll(which + ", " + other,
                    () -> assertTrue(sheet.getFitToPage()),
                    () -> assertEquals(1, sheet.getPrintSetup().getFitWidth()),
                    () -> assertEquals(0, sheet.getPrintSetup().getFitHeight()));
        }
    }

    @Test
    void theInstructionsSayHowToPrintMoreRows() {
        Sheet instructions = Forms.blank("GHA").getSheet("Instructions");
        String text = java.util.stream.StreamSupport.stream(instructions.spliterator(), false)
                .map(row -> row.getCell(0)).filter(java.util.Objects::nonNull)
                .map(cell -> cell.getStringCellValue()).filter(line -> line.startsWith("9. Printing"))
                .findFirst().orElseThrow();
        assertTrue(text.contains("row 56") && text.contains("Set Print Area")
                && text.contains("Format > Print Ranges > Define"), text);
    }

    @Test
    void aFormMadeFromAFilledWorkbookPrintsEveryRowThatHoldsData() throws java.io.IOException {
        XSSFWorkbook filled = Forms.blank("GHA");
        Forms.fill(filled, 59, Forms.goodRow("The sixtieth pledge"));
        XSSFWorkbook again = PledgeFormTemplate.personalise(new java.io.ByteArrayInputStream(Forms.bytes(filled)),
                Forms.LISTS, "GHA", "Ghana", "K7Q2XF", java.time.LocalDate.of(2026, 11, 22), "limits");
        assertEquals("Pledges!$A$1:$Q$66", again.getPrintArea(again.getSheetIndex("Pledges")),
                "down to row 66, the 60th pledge row; the keys below it do not count");
    }

    @Test
    void theStylesPartsCarryTheDefaultCellStyleExcelWrites() throws java.io.IOException {
        StylesPart.of(java.nio.file.Files.readAllBytes(PledgeFormTemplateGenerator.TEMPLATE))
                .assertHasExcelsDefaults();
        StylesPart.of(Forms.bytes(Forms.blank("GHA"))).assertHasExcelsDefaults();
    }

    @Test
    void keysLookLikeTheirStateAndForm() {
        assertEquals("GHA-AB23CD-0042", PledgeFormTemplate.rowKey("GHA", "AB23CD", 42));
        String id = PledgeFormTemplate.newFormId();
        assertTrue(id.matches("[A-HJ-NP-Z2-9]{6}"), id);
    }
}
