package org.peacekeeping.pledges.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a pledge form with POI's event API: the workbook part for the defined names, then the pledge sheet's XML with
 * a SAX parser, one row at a time, so that 10,000 rows parse in a second or two in little memory. Each row with
 * anything in it but its key is handed on as raw cells; a row beyond {@code maxRows} stops the reading at once.
 */
final class FormReader {

    /** Defined names the template carries. */
    static final String FIELDS = "pledge_fields";
    static final String STATE = "pledge_state";
    static final String ROWS = "pledge_rows";
    /** The detail lines' sheet: its row of field codes and its first line row; a form without them has no lines. */
    static final String LINE_FIELDS = "line_fields";
    static final String LINE_ROWS = "line_rows";

    /** Lines one upload may carry: ten per pledge row allowed, far more than real pledges have. */
    static final int LINES_PER_ROW = 10;

    private FormReader() {
    }

    /**
     * The form's layout and member state, and each row with content handed to {@code rows}; {@code lines} is the
     * layout of the sheet of detail lines, null for a form that has none (one downloaded before it existed).
     */
    record Read(FormSheet sheet, RawCell state, LineSheet lines) {

        Read(FormSheet sheet, RawCell state) {
            this(sheet, state, null);
        }
    }

    /** One row of pledge data: its number (1-based, as the spreadsheet shows it) and its cells by column. */
    record RawRow(int number, Map<Integer, RawCell> cells) {
    }

    static Read read(OPCPackage pkg, int maxRows, Consumer<RawRow> rows) {
        return read(pkg, maxRows, rows, line -> {
        });
    }

    /** As {@link #read(OPCPackage, int, Consumer)}, handing each line of the sheet of detail lines to {@code lines}. */
    static Read read(OPCPackage pkg, int maxRows, Consumer<RawRow> rows, Consumer<RawRow> lines) {
        try {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookPart workbook = new WorkbookPart();
            try (InputStream in = reader.getWorkbookData()) {
                parse(in, workbook);
            }
            AreaReference fieldsArea = workbook.area(FIELDS).orElseThrow(() -> UploadRefusedException.bad(
                    "This workbook is not the pledge form (it has no row of field codes, the defined name "
                            + FIELDS + "). Download the form again, fill it and upload that."));
            String sheetName = fieldsArea.getFirstCell().getSheetName();
            int fieldsRow = fieldsArea.getFirstCell().getRow() + 1;
            int firstDataRow = workbook.area(ROWS).map(area -> area.getFirstCell().getRow() + 1)
                    .orElse(fieldsRow + 2);
            CellReference stateCell = workbook.area(STATE).map(AreaReference::getFirstCell).orElse(null);
            SharedStrings strings = new SharedStrings();
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                try (InputStream in = part.getInputStream()) {
                    parse(in, strings);
                }
            }
            SheetHandler handler = new SheetHandler(strings, fieldsRow, firstDataRow, stateCell, maxRows,
                    FormField.ROW_KEY.code(), () -> UploadRefusedException.tooLarge("The form has more than "
                    + String.format(Locale.ROOT, "%,d", maxRows) + " pledge rows, the most one upload may carry "
                    + "(pledges.intake.max-rows). Split the rows over several forms and upload each."), rows);
            java.util.Optional<AreaReference> lineFields = workbook.area(LINE_FIELDS);
            String linesName = lineFields.map(area -> area.getFirstCell().getSheetName()).orElse(null);
            SheetHandler lineHandler = lineFields.map(area -> {
                int codesRow = area.getFirstCell().getRow() + 1;
                int maxLines = maxRows * LINES_PER_ROW;
                return new SheetHandler(strings, codesRow, workbook.area(LINE_ROWS)
                        .map(rowsArea -> rowsArea.getFirstCell().getRow() + 1).orElse(codesRow + 2), null, maxLines,
                        null, () -> UploadRefusedException.tooLarge("The sheet " + linesName + " has more than "
                        + String.format(Locale.ROOT, "%,d", maxLines) + " lines, the most one upload may carry ("
                        + LINES_PER_ROW + " per pledge row allowed). Split the pledges over several forms and "
                        + "upload each."), lines);
            }).orElse(null);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean found = false;
            boolean foundLines = false;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (!found && sheets.getSheetName().equals(sheetName)) {
                        found = true;
                        parse(in, handler);
                    } else if (lineHandler != null && !foundLines && sheets.getSheetName().equals(linesName)) {
                        foundLines = true;
                        parse(in, lineHandler);
                    }
                }
            }
            if (!found) {
                throw UploadRefusedException.bad("This workbook is not the pledge form: its sheet " + sheetName
                        + " is missing. Download the form again, fill it and upload that.");
            }
            handler.requireFields(sheetName);
            FormSheet sheet = new FormSheet(sheetName, handler.fields(), handler.headers, stateCell, firstDataRow,
                    workbook.date1904);
            LineSheet lineSheet = null;
            if (lineHandler != null) {
                if (!foundLines) {
                    throw UploadRefusedException.bad("This workbook is not the pledge form: its sheet " + linesName
                            + " is missing. Download the form again, fill it and upload that.");
                }
                lineSheet = lineHandler.lineSheet(linesName);
            }
            return new Read(sheet, handler.state, lineSheet);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | POIXMLException
                 | OpenXML4JRuntimeException | RecordFormatException e) {
            throw unreadable(e);
        }
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getCause() instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw e;
        }
    }

    /** POI's zip guards speak of a zip bomb; anything else unreadable is a damaged file. */
    static UploadRefusedException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("max file count")) {
                return UploadRefusedException.bad("The file was not opened: one of its parts expands far more than "
                        + "a spreadsheet does (more than " + IntakeLimits.MAX_EXPANSION + " times, or beyond "
                        + IntakeLimits.readable(IntakeLimits.MAX_PART_BYTES) + "). It looks like a zip bomb; a filled "
                        + "pledge form is never like that.");
            }
        }
        return UploadRefusedException.unsupported("The workbook cannot be read: it is damaged or not an Excel "
                + "workbook (.xlsx). Save the form in Excel or LibreOffice as an Excel Workbook (.xlsx) and upload "
                + "that.");
    }

    // ------------------------------------------------------------------ xl/workbook.xml

    /** The defined names and the date system of the workbook part. */
    /**
     * The workbook's shared strings as plain text, read by the same SAX parser as the sheet: the text of each item's
     * runs, without phonetic guides ({@code rPh}, which Excel does not show in the cell), with Excel's
     * {@code _xHHHH_} escapes decoded, as POI's {@code XSSFRichTextString.getString()} gives it. POI's
     * {@code ReadOnlySharedStringsTable} built an XMLBeans rich-text object on every look-up: a quarter of the time of
     * a 10,000-row upload.
     */
    static final class SharedStrings extends DefaultHandler {

        private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

        private final List<String> items = new ArrayList<>();
        private final StringBuilder item = new StringBuilder();
        private boolean inText;
        private int phonetic;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> item.setLength(0);
                case "rPh" -> phonetic++;
                case "t" -> inText = phonetic == 0;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                item.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> phonetic--;
                case "si" -> items.add(decoded(item));
                default -> {
                }
            }
        }

        /** The item a cell of type {@code s} names by its index. */
        String get(String index) {
            int at;
            try {
                at = Integer.parseInt(index);
            } catch (NumberFormatException e) {
                at = -1;
            }
            if (at < 0 || at >= items.size()) {
                throw UploadRefusedException.bad("The file is damaged: a cell refers to a text the workbook does "
                        + "not hold. Save it again from Excel or LibreOffice, or download the form again.");
            }
            return items.get(at);
        }

        private static String decoded(CharSequence text) {
            String plain = text.toString();
            if (plain.indexOf("_x") < 0) {
                return plain;
            }
            Matcher escape = ESCAPE.matcher(plain);
            StringBuilder out = new StringBuilder(plain.length());
            while (escape.find()) {
                escape.appendReplacement(out, Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
            }
            return escape.appendTail(out).toString();
        }
    }

    private static final class WorkbookPart extends DefaultHandler {

        private final Map<String, String> names = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private String name;
        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("workbookPr".equals(localName)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if ("definedName".equals(localName) && attributes.getValue("localSheetId") == null) {
                name = attributes.getValue("name");
                text.setLength(0);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (name != null) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("definedName".equals(localName) && name != null) {
                names.put(name, text.toString().strip());
                name = null;
            }
        }

        java.util.Optional<AreaReference> area(String definedName) {
            String formula = names.get(definedName);
            if (formula == null || formula.contains("#REF!")) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(new AreaReference(formula, SpreadsheetVersion.EXCEL2007));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }
    }

    // ------------------------------------------------------------------ the pledge sheet

    /**
     * A form sheet's rows: the field codes, the headers under them, the state cell (on the pledge sheet) and the data
     * rows. The same reader serves the pledge sheet and the sheet of detail lines.
     */
    static final class SheetHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final int fieldsRow;
        private final int firstDataRow;
        private final CellReference stateCell;
        private final int maxRows;
        private final String keyCode;
        private final java.util.function.Supplier<UploadRefusedException> tooMany;
        private final Consumer<RawRow> rows;

        /** The field code of each column, as the hidden field row gives it. */
        final Map<Integer, String> codes = new HashMap<>();
        final Map<Integer, String> headers = new HashMap<>();
        RawCell state;

        private int rowNumber;
        private Map<Integer, RawCell> cells = new HashMap<>();
        private int column;
        private String type;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;
        private boolean inPhonetic;
        private boolean hasFormula;
        private int dataRows;

        /**
         * @param keyCode the field code of a column that alone does not make a row (the pledge sheet's row key, put
         *                on every prepared row), or null
         * @param tooMany the refusal once more than {@code maxRows} rows hold data
         */
        SheetHandler(SharedStrings strings, int fieldsRow, int firstDataRow, CellReference stateCell,
                     int maxRows, String keyCode, java.util.function.Supplier<UploadRefusedException> tooMany,
                     Consumer<RawRow> rows) {
            this.strings = strings;
            this.fieldsRow = fieldsRow;
            this.firstDataRow = firstDataRow;
            this.stateCell = stateCell;
            this.maxRows = maxRows;
            this.keyCode = keyCode;
            this.tooMany = tooMany;
            this.rows = rows;
        }

        /** The pledge fields of the columns that have one. */
        Map<Integer, FormField> fields() {
            Map<Integer, FormField> fields = new HashMap<>();
            codes.forEach((column, code) -> FormField.ofCode(code).ifPresent(field -> fields.put(column, field)));
            return fields;
        }

        /** The layout of a sheet of detail lines, refused when a column it needs is missing. */
        LineSheet lineSheet(String sheetName) {
            Map<Integer, LineField> fields = new HashMap<>();
            codes.forEach((column, code) -> LineField.ofCode(code).ifPresent(field -> fields.put(column, field)));
            for (LineField required : LineField.values()) {
                if (!fields.containsValue(required)) {
                    throw UploadRefusedException.bad("This workbook is not the pledge form: sheet " + sheetName
                            + " has no column for " + required.code() + ". Download the form again, fill it and "
                            + "upload that.");
                }
            }
            return new LineSheet(sheetName, fields, headers, firstDataRow);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : column(r);
                    type = attributes.getValue("t");
                    value.setLength(0);
                    formula.setLength(0);
                    hasFormula = false;
                }
                case "v" -> inValue = true;
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                case "t" -> inInlineText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // other elements carry no value
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> cell();
                case "row" -> row();
                default -> {
                    // nothing to finish
                }
            }
        }

        private void cell() {
            String text = value.toString();
            RawCell.Type cellType;
            if (type == null || "n".equals(type)) {
                cellType = RawCell.Type.NUMBER;
            } else {
                cellType = switch (type) {
                    case "s" -> RawCell.Type.TEXT;
                    case "inlineStr", "str" -> RawCell.Type.TEXT;
                    case "b" -> RawCell.Type.BOOLEAN;
                    case "e" -> RawCell.Type.ERROR;
                    case "d" -> RawCell.Type.ISO_DATE;
                    default -> RawCell.Type.TEXT;
                };
            }
            if ("s".equals(type) && !text.isBlank()) {
                text = strings.get(text.strip());
            }
            RawCell cell = new RawCell(column, cellType, text, hasFormula ? formula.toString() : null);
            if (!cell.blank()) {
                cells.put(column, cell);
            }
        }

        private void row() {
            if (stateCell != null && rowNumber == stateCell.getRow() + 1) {
                state = cells.get((int) stateCell.getCol());
            }
            if (rowNumber == fieldsRow) {
                cells.forEach((c, cell) -> codes.put(c, cell.value().strip()));
            } else if (rowNumber == firstDataRow - 1) {
                cells.forEach((c, cell) -> headers.put(c, cell.value().replace("*", "").strip()));
            } else if (rowNumber >= firstDataRow && hasData()) {
                if (++dataRows > maxRows) {
                    throw tooMany.get();
                }
                rows.accept(new RawRow(rowNumber, Collections.unmodifiableMap(cells)));
            }
        }

        /** Anything in a field's column but the row key: a prepared row with only its key is no pledge. */
        private boolean hasData() {
            for (Integer column : cells.keySet()) {
                String code = codes.get(column);
                if (code != null && !code.equals(keyCode)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The column of a cell reference such as {@code AB12} (0-based): its letters read as a base-26 number. The
         * same as {@link CellReference#getCol()}, without parsing the whole reference for every cell.
         */
        static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else if (c != '$') {
                    break;
                }
            }
            return column - 1;
        }

        void requireFields(String sheetName) {
            Map<Integer, FormField> fields = fields();
            for (FormField required : new FormField[] {FormField.ROW_KEY, FormField.TITLE,
                FormField.CAPABILITY_TYPE}) {
                if (!fields.containsValue(required)) {
                    throw UploadRefusedException.bad("This workbook is not the pledge form: sheet " + sheetName
                            + " has no column for " + required.code() + ". Download the form again, fill it and "
                            + "upload that.");
                }
            }
        }
    }
}
