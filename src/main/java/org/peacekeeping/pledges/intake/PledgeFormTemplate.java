package org.peacekeeping.pledges.intake;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.report.Stylesheet;

/**
 * Makes a focal point's copy of the pledge form from the template {@code reports/pledge-form.xlsx}: the state and a new
 * form id in their named cells, a fresh key on every prepared row, the current lists under the list names the
 * template's drop-downs refer to, the configured limits in the instructions, and a print area on the rows that hold
 * data; its styles part completed as Excel writes it ({@link Stylesheet}). Where things go is the template's
 * business (its defined names); this class only fills them, so the template's layout can change freely.
 */
final class PledgeFormTemplate {

    static final String TEMPLATE = "pledge-form.xlsx";

    static final String STATE_NAME = "pledge_state_name";
    static final String FORM_ID = "pledge_form_id";
    static final String DOWNLOADED = "pledge_downloaded";
    static final String LIMITS = "pledge_limits";

    /** Pledge rows a form prints at least (an empty form: these rows, so it prints on a page or two). */
    static final int PRINTED_ROWS = 50;

    /** Letters and digits that cannot be mistaken for one another (no I, O, 0, 1). */
    private static final char[] KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PledgeFormTemplate() {
    }

    /** A new form id: six characters, about a billion possibilities. */
    static String newFormId() {
        char[] id = new char[6];
        for (int i = 0; i < id.length; i++) {
            id[i] = KEY_ALPHABET[RANDOM.nextInt(KEY_ALPHABET.length)];
        }
        return new String(id);
    }

    /** The key of a form's n-th prepared row: {@code GHA-K7Q2XF-0001}. */
    static String rowKey(String state, String formId, int n) {
        return state + "-" + formId + "-" + String.format(Locale.ROOT, "%04d", n);
    }

    /** What each list name of the template receives. */
    static Map<String, List<String>> lists(FormLists lists) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("list_category", Arrays.stream(Category.values()).map(Enum::name).toList());
        values.put("list_capability_type", lists.offeredTypes().stream().map(FormLists.Type::name).toList());
        values.put("list_event", lists.events().stream().map(FormLists.Event::code).toList());
        values.put("list_readiness_level", Arrays.stream(ReadinessLevel.values()).map(Enum::name).toList());
        values.put("list_self_sustainment", Arrays.stream(SelfSustainment.values()).map(Enum::name).toList());
        values.put("list_mission", lists.missions());
        values.put("list_line_kind", LineRowMapper.kindLabels());
        return values;
    }

    static XSSFWorkbook personalise(InputStream template, FormLists lists, String state, String stateName,
                                    String formId, LocalDate today, String limits) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook(template);
        set(workbook, FormReader.STATE, state);
        set(workbook, STATE_NAME, stateName);
        set(workbook, FORM_ID, formId);
        cell(workbook, DOWNLOADED).ifPresent(cell -> cell.setCellValue(today));
        set(workbook, LIMITS, limits);
        lists(lists).forEach((name, values) -> fillList(workbook, name, values));
        fillKeys(workbook, state, formId);
        Optional.ofNullable(area(workbook, FormReader.FIELDS)).ifPresent(fields -> {
            int index = workbook.getSheetIndex(fields.getFirstCell().getSheetName());
            workbook.setActiveSheet(index);
            workbook.setSelectedTab(index);
            printArea(workbook, fields);
        });
        Stylesheet.complete(workbook);
        return workbook;
    }

    /**
     * Prints the form sheet from its top row to its last row that holds data, and at least its first
     * {@value #PRINTED_ROWS} pledge rows (or as far as the template's own print area reaches): the keys on every
     * prepared row would otherwise make all of them print. A print area is a fixed range in Excel and LibreOffice
     * alike (neither grows it as rows are filled below it, and LibreOffice ignores a formula); the instructions tell
     * a focal point who fills more rows offline how to extend it.
     */
    private static void printArea(XSSFWorkbook workbook, AreaReference fields) {
        AreaReference rows = area(workbook, FormReader.ROWS);
        if (rows == null) {
            return;
        }
        int index = workbook.getSheetIndex(fields.getFirstCell().getSheetName());
        Sheet sheet = workbook.getSheetAt(index);
        int firstColumn = fields.getFirstCell().getCol();
        int lastColumn = fields.getLastCell().getCol();
        int last = rows.getFirstCell().getRow() + PRINTED_ROWS - 1;
        String current = workbook.getPrintArea(index);
        if (current != null) {
            AreaReference printed = new AreaReference(current, SpreadsheetVersion.EXCEL2007);
            last = Math.max(last, printed.getLastCell().getRow());
            firstColumn = Math.min(firstColumn, printed.getFirstCell().getCol());
            lastColumn = Math.max(lastColumn, printed.getLastCell().getCol());
        }
        int keyColumn = keyColumn(sheet, fields);
        for (int r = sheet.getLastRowNum(); r > last; r--) {
            if (holdsData(sheet.getRow(r), keyColumn)) {
                last = r;
            }
        }
        workbook.setPrintArea(index, firstColumn, lastColumn, 0, last);
    }

    /** Whether a row has a value other than its key. */
    private static boolean holdsData(Row row, int keyColumn) {
        if (row == null) {
            return false;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() != keyColumn && cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return true;
            }
        }
        return false;
    }

    /** Writes the list's values down from its first cell and makes the name span exactly them. */
    private static void fillList(XSSFWorkbook workbook, String name, List<String> values) {
        AreaReference area = area(workbook, name);
        if (area == null || values.isEmpty()) {
            return;
        }
        CellReference first = area.getFirstCell();
        Sheet sheet = workbook.getSheet(first.getSheetName());
        int lastOld = area.getLastCell().getRow();
        for (int r = first.getRow(); r <= Math.max(lastOld, first.getRow() + values.size() - 1); r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = cellAt(row, first.getCol());
            int i = r - first.getRow();
            if (i < values.size()) {
                cell.setCellValue(values.get(i));
            } else {
                row.removeCell(cell);
            }
        }
        CellReference last = new CellReference(first.getRow() + values.size() - 1, first.getCol());
        workbook.getName(name).setRefersToFormula(new AreaReference(
                new CellReference(first.getSheetName(), first.getRow(), first.getCol(), true, true),
                new CellReference(first.getSheetName(), last.getRow(), last.getCol(), true, true),
                SpreadsheetVersion.EXCEL2007).formatAsString());
    }

    /** A fresh key in the key column of every prepared row. */
    private static void fillKeys(XSSFWorkbook workbook, String state, String formId) {
        AreaReference rows = area(workbook, FormReader.ROWS);
        AreaReference fields = area(workbook, FormReader.FIELDS);
        if (rows == null || fields == null) {
            return;
        }
        Sheet sheet = workbook.getSheet(fields.getFirstCell().getSheetName());
        int keyColumn = keyColumn(sheet, fields);
        if (keyColumn < 0) {
            return;
        }
        int n = 0;
        for (int r = rows.getFirstCell().getRow(); r <= rows.getLastCell().getRow(); r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = cellAt(row, keyColumn);
            cell.setCellValue(rowKey(state, formId, ++n));
        }
    }

    /** The column whose field code (on the field row) is the row key's, or -1. */
    private static int keyColumn(Sheet sheet, AreaReference fields) {
        Row codes = sheet.getRow(fields.getFirstCell().getRow());
        if (codes != null) {
            for (Cell cell : codes) {
                if (cell.getCellType() == CellType.STRING
                        && FormField.ROW_KEY.code().equals(cell.getStringCellValue())) {
                    return cell.getColumnIndex();
                }
            }
        }
        return -1;
    }

    private static void set(XSSFWorkbook workbook, String name, String value) {
        cell(workbook, name).ifPresent(cell -> cell.setCellValue(value));
    }

    private static Optional<Cell> cell(XSSFWorkbook workbook, String name) {
        AreaReference area = area(workbook, name);
        if (area == null) {
            return Optional.empty();
        }
        CellReference ref = area.getFirstCell();
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return Optional.of(cellAt(row, ref.getCol()));
    }

    private static Cell cellAt(Row row, int column) {
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    private static AreaReference area(XSSFWorkbook workbook, String name) {
        Name defined = workbook.getName(name);
        if (defined == null || defined.isDeleted()) {
            return null;
        }
        return new AreaReference(defined.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
    }
}
