package org.peacekeeping.pledges.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.peacekeeping.pledges.pledge.PledgeDetails;
import org.peacekeeping.pledges.pledge.PledgeInput;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.report.Printing;
import org.peacekeeping.pledges.report.Stylesheet;

/**
 * Writes the pledge form template {@code reports/pledge-form.xlsx}, the starting point the committed file was made
 * from. The template is a layout like any other: change it in Excel or LibreOffice (headers, hints, column order,
 * widths, colours, instructions), keeping its defined names and the hidden row of field codes. Regenerate it from here
 * only to start afresh:
 *
 * <pre>mvn -o -q test -Dtest=PledgeFormTemplateGenerator -Dpledges.form.generate=true</pre>
 *
 * The server fills in, per download: the state, the form id and date, a key on each prepared row, the lists.
 */
class PledgeFormTemplateGenerator {

    static final Path TEMPLATE = Path.of("reports", PledgeFormTemplate.TEMPLATE);

    /** Pledge rows the drop-downs and formats cover; the server puts keys on the first {@value #PREPARED} of them. */
    static final int ROWS = 10_000;
    static final int PREPARED = 1_000;

    /** Pledge rows an empty form prints: its print area ends after them (the download extends it to rows with data). */
    static final int PRINTED = PledgeFormTemplate.PRINTED_ROWS;

    private static final int FIELD_ROW = 4;
    private static final int HEADER_ROW = 5;
    private static final int FIRST_ROW = 6;

    /** One column of the form: its field, header, width, format, hint, and validation. */
    private record Column(FormField field, String header, int width, String format, String hint, String list,
                          int max) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(FormField.ROW_KEY, "Row key", 20, "@", "Keeps this row's pledge apart when you upload the "
                    + "form again. Do not change it or copy it to another row.", null, 40),
            new Column(FormField.TITLE, "Title *", 40, "@", "A short name for the pledge, e.g. Level 2 hospital for "
                    + "UNMISS (at most " + PledgeDetails.TITLE_MAX + " characters).", null, PledgeDetails.TITLE_MAX),
            new Column(FormField.CAPABILITY_TYPE, "Capability type *", 30, "@", "Choose from the list. The category "
                    + "follows from the type.", "list_capability_type", 0),
            new Column(FormField.CATEGORY, "Category", 24, "@", "Optional. If given, it must be the capability "
                    + "type's category.", "list_category", 0),
            new Column(FormField.EVENT, "Event", 17, "@", "The ministerial or preparatory meeting the pledge is "
                    + "announced at. Leave empty for a standing pledge.", "list_event", 0),
            new Column(FormField.UNITS, "Units", 8, "0", "How many units (companies, teams, hospitals...). Empty "
                    + "counts as 1.", null, PledgeInput.MAX_UNITS),
            new Column(FormField.PERSONNEL, "Personnel", 11, "#,##0", "All personnel, women included. Empty: the "
                    + "type's typical size times the units.", null, PledgeInput.MAX_PERSONNEL),
            new Column(FormField.WOMEN, "of whom women", 10, "#,##0", "How many of the personnel are women (not more "
                    + "than the personnel).", null, PledgeInput.MAX_PERSONNEL),
            new Column(FormField.READINESS_LEVEL, "Readiness level reached", 17, "@", "For information: the level "
                    + "your state considers reached. A reviewer sets the level after an assessment.",
                    "list_readiness_level", 0),
            new Column(FormField.AVAILABLE_FROM, "Available from", 13, "yyyy-mm-dd", "The date from which the "
                    + "capability is available, e.g. 2027-03-31.", null, 0),
            new Column(FormField.DAYS_TO_DEPLOY, "Days to deploy", 10, "0", "Days needed to deploy once requested.",
                    null, PledgeInput.MAX_DAYS_TO_DEPLOY),
            new Column(FormField.DURATION_MONTHS, "Duration (months)", 10, "0", "For how many months the capability "
                    + "is offered.", null, PledgeInput.MAX_DURATION_MONTHS),
            new Column(FormField.SELF_SUSTAINMENT, "Self-sustaining", 13, "@", "YES, PARTIAL or NO.",
                    "list_self_sustainment", 0),
            new Column(FormField.PREFERRED_MISSIONS, "Preferred missions", 22, "@", "Mission codes separated by "
                    + "commas, e.g. UNMISS, MINUSCA (see the sheet Instructions).", null, 200),
            new Column(FormField.PARTNERS, "Partner states (joint pledge)", 20, "@", "Only for a joint pledge: the "
                    + "states that pledge it with yours, as alpha-3 codes separated by commas, e.g. GHA, DEU. Give "
                    + "their roles in the application. Leave empty for a pledge of your state alone.", null, 200),
            new Column(FormField.CAVEATS, "Caveats and national restrictions", 36, "@", "Optional, at most "
                    + "4,000 characters.", null, PledgeDetails.TEXT_MAX),
            new Column(FormField.DESCRIPTION, "Description", 50, "@", "What is offered, in a few sentences; at most "
                    + "4,000 characters.", null, PledgeDetails.TEXT_MAX));

    /** Lines the sheet of detail lines offers drop-downs and formats for. */
    static final int LINE_ROWS = 20_000;

    /** One column of the sheet of detail lines. */
    private record LineColumn(LineField field, String header, int width, String format, String hint) {
    }

    private static final List<LineColumn> LINE_COLUMNS = List.of(
            new LineColumn(LineField.PLEDGE_ROW, "Pledge row *", 22, "@", "The pledge this line belongs to: copy its "
                    + "row key from column A of the sheet Pledges (e.g. GHA-K7Q2XF-0001), or type its row number "
                    + "there (e.g. 7)."),
            new LineColumn(LineField.KIND, "Kind *", 20, "@", "Major equipment or Self-sustainment (choose from the "
                    + "list)."),
            new LineColumn(LineField.DESCRIPTION, "Item *", 50, "@", "What the line is, e.g. Armoured personnel "
                    + "carrier, Utility helicopter, Catering (at most 500 characters)."),
            new LineColumn(LineField.QUANTITY, "Quantity *", 11, "0", "How many: a whole number of 0 or more."));

    private static final List<String> INSTRUCTIONS = List.of(
            "1. Enter one pledge per row on the sheet Pledges, from row 7 down. Leave rows you do not need empty.",
            "2. Keep the key in column A of each row. It identifies the row: when you upload the same file again, "
                    + "your drafts are updated instead of being created twice. Never copy a key to another row.",
            "3. Choose the capability type, category, event, readiness level and self-sustainment from the "
                    + "drop-down lists. Type numbers as numbers and dates as dates (2027-03-31). Do not use formulas.",
            "4. Only the title and the capability type are required for a draft. Personnel left empty takes the "
                    + "capability type's typical size; units left empty count as 1.",
            "5. Save the file as an Excel Workbook (.xlsx; not .xlsm, not .xls) and upload it. Every row becomes a "
                    + "draft of your state; nothing is submitted until you submit it.",
            "6. If any cell is wrong, nothing is saved, and the answer lists every problem by sheet, row and column. "
                    + "Correct them and upload the same file again.",
            "7. A row whose pledge you have already submitted is left as it is: change a submitted pledge in the "
                    + "application, not in the form.",
            "8. Major equipment and self-sustainment: list them on the sheet Lines, one line per row from row 7. "
                    + "Column A names the pledge by its row key (column A of the sheet Pledges) or its row number "
                    + "there. When you upload, each pledge of the form gets exactly the lines the sheet lists for it: "
                    + "lines you remove from the sheet are removed from the draft, and a pledge with no line on the "
                    + "sheet keeps none. A line naming a row that holds no pledge is refused like any wrong cell.",
            "9. Printing: the sheet Pledges prints one page wide, with its column headers on every page, from row 1 "
                    + "to row " + (FIRST_ROW + PRINTED) + " (the first " + PRINTED + " pledge rows). If you fill "
                    + "more rows, extend the print area before you print: select from cell A1 to the last column of "
                    + "your last row, then in Excel choose Page Layout > Print Area > Set Print Area, in LibreOffice "
                    + "Calc Format > Print Ranges > Define.");

    @Test
    @EnabledIfSystemProperty(named = "pledges.form.generate", matches = "true")
    void generate() throws IOException {
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : TEMPLATE;
        try (XSSFWorkbook workbook = template(); OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
        System.out.println("Wrote " + target.toAbsolutePath());
    }

    static XSSFWorkbook template() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = new Styles(workbook);
        XSSFSheet instructions = workbook.createSheet("Instructions");
        XSSFSheet pledges = workbook.createSheet("Pledges");
        XSSFSheet lines = workbook.createSheet("Lines");
        XSSFSheet lists = workbook.createSheet("Lists");
        writeLists(workbook, lists, styles);
        writePledges(workbook, pledges, styles);
        writeLines(workbook, lines, styles);
        writeInstructions(workbook, instructions, styles);
        workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.HIDDEN);
        workbook.setActiveSheet(workbook.getSheetIndex(pledges));
        workbook.setSelectedTab(workbook.getSheetIndex(pledges));
        Stylesheet.complete(workbook);
        return workbook;
    }

    private static void writePledges(XSSFWorkbook workbook, XSSFSheet sheet, Styles styles) {
        cell(sheet, 0, 0, "Pledge form", styles.title);
        cell(sheet, 1, 0, "Member state", styles.label);
        cell(sheet, 1, 1, "", styles.filled);
        cell(sheet, 1, 2, "", styles.filled);
        name(workbook, FormReader.STATE, "Pledges!$B$2");
        name(workbook, PledgeFormTemplate.STATE_NAME, "Pledges!$C$2");
        cell(sheet, 2, 0, "Form", styles.label);
        cell(sheet, 2, 1, "", styles.filled);
        cell(sheet, 2, 2, "Downloaded", styles.label);
        Cell downloaded = cell(sheet, 2, 3, "", styles.filledDate);
        downloaded.setBlank();
        name(workbook, PledgeFormTemplate.FORM_ID, "Pledges!$B$3");
        name(workbook, PledgeFormTemplate.DOWNLOADED, "Pledges!$D$3");
        cell(sheet, 3, 0, "One pledge per row, from row 7. Keep each row's key. * required. See the sheet "
                + "Instructions.", styles.note);

        Row codes = sheet.createRow(FIELD_ROW);
        codes.setZeroHeight(true);
        Row headers = sheet.createRow(HEADER_ROW);
        headers.setHeightInPoints(32);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column column = COLUMNS.get(c);
            codes.createCell(c).setCellValue(column.field().code());
            Cell header = headers.createCell(c);
            header.setCellValue(column.header());
            header.setCellStyle(styles.header);
            sheet.setColumnWidth(c, column.width() * 256);
            sheet.setDefaultColumnStyle(c, styles.data(workbook, column.format(),
                    column.field() == FormField.ROW_KEY));

            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(HEADER_ROW);
            anchor.setRow2(HEADER_ROW + 5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(column.hint()));
            comment.setAuthor("Pledge Tracker");
            header.setCellComment(comment);

            DataValidationConstraint constraint = constraint(validations, column);
            DataValidation validation = validations.createValidation(constraint,
                    new CellRangeAddressList(FIRST_ROW, FIRST_ROW + ROWS - 1, c, c));
            validation.createPromptBox(column.header().replace(" *", ""), column.hint());
            validation.setShowPromptBox(true);
            validation.setShowErrorBox(column.list() != null || column.max() > 0
                    || column.field() == FormField.AVAILABLE_FROM);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(column.header().replace(" *", ""), column.hint());
            validation.setEmptyCellAllowed(true);
            validation.setSuppressDropDownArrow(column.list() != null);
            sheet.addValidationData(validation);
        }
        String last = CellReference.convertNumToColString(COLUMNS.size() - 1);
        name(workbook, FormReader.FIELDS, "Pledges!$A$" + (FIELD_ROW + 1) + ":$" + last + "$" + (FIELD_ROW + 1));
        name(workbook, FormReader.ROWS, "Pledges!$A$" + (FIRST_ROW + 1) + ":$A$" + (FIRST_ROW + PREPARED));
        sheet.createFreezePane(2, FIRST_ROW);
        sheet.setActiveCell(new org.apache.poi.ss.util.CellAddress(FIRST_ROW, 1));
        Printing.landscapeFitToWidth(sheet);
        sheet.setPrintGridlines(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, COLUMNS.size() - 1, 0, FIRST_ROW + PRINTED - 1);
    }

    private static void writeLines(XSSFWorkbook workbook, XSSFSheet sheet, Styles styles) {
        cell(sheet, 0, 0, "Major equipment and self-sustainment lines", styles.title);
        cell(sheet, 1, 0, "Optional detail: one line per row, from row 7. Column A names the pledge by its row key or "
                + "row number on the sheet Pledges.", styles.note);
        cell(sheet, 2, 0, "On upload each pledge of the form gets exactly the lines listed here for it. * required. "
                + "See the sheet Instructions.", styles.note);
        Row codes = sheet.createRow(FIELD_ROW);
        codes.setZeroHeight(true);
        Row headers = sheet.createRow(HEADER_ROW);
        headers.setHeightInPoints(32);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
        for (int c = 0; c < LINE_COLUMNS.size(); c++) {
            LineColumn column = LINE_COLUMNS.get(c);
            codes.createCell(c).setCellValue(column.field().code());
            Cell header = headers.createCell(c);
            header.setCellValue(column.header());
            header.setCellStyle(styles.header);
            sheet.setColumnWidth(c, column.width() * 256);
            sheet.setDefaultColumnStyle(c, styles.data(workbook, column.format(), false));
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(HEADER_ROW);
            anchor.setRow2(HEADER_ROW + 5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(column.hint()));
            comment.setAuthor("Pledge Tracker");
            header.setCellComment(comment);
            DataValidationConstraint constraint = switch (column.field()) {
                case KIND -> validations.createFormulaListConstraint("list_line_kind");
                case QUANTITY -> validations.createIntegerConstraint(OperatorType.BETWEEN, "0",
                        String.valueOf(Integer.MAX_VALUE));
                case DESCRIPTION -> validations.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
                        String.valueOf(LineRowMapper.DESCRIPTION_MAX), null);
                case PLEDGE_ROW -> validations.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, "40", null);
            };
            DataValidation validation = validations.createValidation(constraint,
                    new CellRangeAddressList(FIRST_ROW, FIRST_ROW + LINE_ROWS - 1, c, c));
            String title = column.header().replace(" *", "");
            validation.createPromptBox(title, column.hint());
            validation.setShowPromptBox(true);
            validation.setShowErrorBox(column.field() != LineField.PLEDGE_ROW);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(title, column.hint());
            validation.setEmptyCellAllowed(true);
            validation.setSuppressDropDownArrow(column.field() == LineField.KIND);
            sheet.addValidationData(validation);
        }
        String last = CellReference.convertNumToColString(LINE_COLUMNS.size() - 1);
        name(workbook, FormReader.LINE_FIELDS, "Lines!$A$" + (FIELD_ROW + 1) + ":$" + last + "$" + (FIELD_ROW + 1));
        name(workbook, FormReader.LINE_ROWS, "Lines!$A$" + (FIRST_ROW + 1) + ":$A$" + (FIRST_ROW + LINE_ROWS));
        sheet.createFreezePane(1, FIRST_ROW);
        Printing.landscapeFitToWidth(sheet);
        sheet.setPrintGridlines(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
    }

    private static DataValidationConstraint constraint(XSSFDataValidationHelper validations, Column column) {
        if (column.list() != null) {
            return validations.createFormulaListConstraint(column.list());
        }
        if (column.field() == FormField.AVAILABLE_FROM) {
            return validations.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2100,12,31)",
                    "yyyy-mm-dd");
        }
        if (column.field().kind() == FormField.Kind.WHOLE_NUMBER) {
            return validations.createIntegerConstraint(OperatorType.BETWEEN, "0", String.valueOf(column.max()));
        }
        return validations.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL, String.valueOf(column.max()), null);
    }

    private static void writeLists(XSSFWorkbook workbook, XSSFSheet sheet, Styles styles) {
        String[][] lists = {
            {"list_category", "Category"}, {"list_capability_type", "Capability type"}, {"list_event", "Event"},
            {"list_readiness_level", "Readiness level"}, {"list_self_sustainment", "Self-sustainment"},
            {"list_mission", "Mission"}, {"list_line_kind", "Kind of line"}};
        List<List<String>> fixed = List.of(Arrays.stream(Category.values()).map(Enum::name).toList(), List.of(),
                List.of(), Arrays.stream(ReadinessLevel.values()).map(Enum::name).toList(),
                Arrays.stream(SelfSustainment.values()).map(Enum::name).toList(), List.of(),
                LineRowMapper.kindLabels());
        for (int c = 0; c < lists.length; c++) {
            cell(sheet, 0, c, lists[c][1], styles.header);
            List<String> values = fixed.get(c);
            for (int r = 0; r < values.size(); r++) {
                cell(sheet, r + 1, c, values.get(r), null);
            }
            String column = CellReference.convertNumToColString(c);
            name(workbook, lists[c][0], "Lists!$" + column + "$2:$" + column + "$" + Math.max(2, values.size() + 1));
            sheet.setColumnWidth(c, 30 * 256);
        }
        cell(sheet, 0, lists.length + 1, "The application refills these lists with current reference data on "
                + "every download.", styles.note);
        Printing.landscapeFitToWidth(sheet);
    }

    private static void writeInstructions(XSSFWorkbook workbook, XSSFSheet sheet, Styles styles) {
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        cell(sheet, 0, 0, "Pledge form: how to fill it", styles.title);
        int r = 2;
        for (String line : INSTRUCTIONS) {
            Row row = sheet.createRow(r++);
            Cell cell = row.createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(styles.wrapped);
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, 1));
            row.setHeightInPoints(15 * Math.max(2, (line.length() + 119) / 120));
        }
        cell(sheet, r, 0, "", styles.note);
        name(workbook, PledgeFormTemplate.LIMITS, "Instructions!$A$" + (r + 1));
        r += 2;
        cell(sheet, r, 0, "Column", styles.header);
        cell(sheet, r++, 1, "What to enter", styles.header);
        for (Column column : COLUMNS) {
            cell(sheet, r, 0, column.header(), styles.label);
            cell(sheet, r++, 1, column.hint(), styles.wrapped);
        }
        for (LineColumn column : LINE_COLUMNS) {
            cell(sheet, r, 0, "Lines: " + column.header(), styles.label);
            cell(sheet, r++, 1, column.hint(), styles.wrapped);
        }
        r++;
        cell(sheet, r, 0, "Preferred missions", styles.label);
        cell(sheet, r, 1, "Current missions: MINURSO, MINUSCA, MONUSCO, UNDOF, UNFICYP, UNIFIL, UNISFA, UNMIK, "
                + "UNMISS, UNMOGIP, UNTSO (the list sheet holds every code the application knows).", styles.wrapped);
        Printing.landscapeFitToWidth(sheet);
    }

    private static void name(XSSFWorkbook workbook, String name, String refersTo) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula(refersTo);
    }

    private static Cell cell(XSSFSheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** The template's few styles. */
    private static final class Styles {

        private static final byte[] LIGHT_GREY = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};

        final CellStyle title;
        final CellStyle label;
        final CellStyle header;
        final CellStyle filled;
        final CellStyle filledDate;
        final CellStyle note;
        final CellStyle wrapped;
        private final Font body;

        Styles(XSSFWorkbook workbook) {
            body = workbook.createFont();
            body.setFontName("Calibri");
            body.setFontHeightInPoints((short) 10);
            Font bold = workbook.createFont();
            bold.setFontName("Calibri");
            bold.setFontHeightInPoints((short) 10);
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setFontName("Calibri");
            big.setFontHeightInPoints((short) 16);
            big.setBold(true);
            big.setColor(IndexedColors.DARK_BLUE.getIndex());
            Font white = workbook.createFont();
            white.setFontName("Calibri");
            white.setFontHeightInPoints((short) 10);
            white.setBold(true);
            white.setColor(IndexedColors.WHITE.getIndex());
            Font italic = workbook.createFont();
            italic.setFontName("Calibri");
            italic.setFontHeightInPoints((short) 10);
            italic.setItalic(true);

            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            XSSFCellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(white);
            Stylesheet.solidFill(headerStyle, new byte[] {0x1F, 0x38, 0x64}, workbook.getStylesSource());
            headerStyle.setWrapText(true);
            headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
            header = headerStyle;
            XSSFCellStyle filledStyle = workbook.createCellStyle();
            filledStyle.setFont(bold);
            Stylesheet.solidFill(filledStyle, LIGHT_GREY, workbook.getStylesSource());
            filledStyle.setBorderBottom(BorderStyle.THIN);
            filled = filledStyle;
            XSSFCellStyle dateStyle = workbook.createCellStyle();
            dateStyle.cloneStyleFrom(filledStyle);
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            filledDate = dateStyle;
            note = workbook.createCellStyle();
            note.setFont(italic);
            wrapped = workbook.createCellStyle();
            wrapped.setFont(body);
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }

        CellStyle data(XSSFWorkbook workbook, String format, boolean key) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(body);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            if (key) {
                Stylesheet.solidFill(style, LIGHT_GREY, workbook.getStylesSource());
            }
            return style;
        }
    }
}
