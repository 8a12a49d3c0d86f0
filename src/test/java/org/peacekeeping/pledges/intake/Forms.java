package org.peacekeeping.pledges.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peacekeeping.pledges.reference.Category;

/** Pledge forms for tests: the committed template personalised with sample lists, filled as a focal point would. */
final class Forms {

    static final FormLists LISTS = new FormLists(List.of(
            new FormLists.Type("INFANTRY_BATTALION", "Infantry battalion", "Bataillon d'infanterie",
                    Category.MILITARY_UNIT, 850, true),
            new FormLists.Type("FORMED_POLICE_UNIT", "Formed police unit", "Unit\u00e9 de police constitu\u00e9e",
                    Category.FORMED_POLICE_UNIT, 140, true),
            new FormLists.Type("LEVEL_2_HOSPITAL", "Level 2 hospital", "H\u00f4pital de niveau 2", Category.MEDICAL,
                    57, true),
            new FormLists.Type("OLD_TYPE", "Retired type", "Type retir\u00e9", Category.OTHER, 0, false)),
            List.of(new FormLists.Event("BERLIN-2025", "United Nations Peacekeeping Ministerial 2025"),
                    new FormLists.Event("ISLAMABAD-2025", "Preparatory meeting on technology")),
            List.of("MINUSCA", "UNMISS", "UNIFIL"));

    private Forms() {
    }

    /** A blank form for a state, from the committed template. */
    static XSSFWorkbook blank(String state) {
        try (InputStream template = Files.newInputStream(PledgeFormTemplateGenerator.TEMPLATE)) {
            return PledgeFormTemplate.personalise(template, LISTS, state, "Ghana", "K7Q2XF", LocalDate.of(2026, 11, 22),
                    "One upload carries at most 10,000 pledge rows and 5 MB.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The column of each field, read from the form's field row. */
    static Map<FormField, Integer> columns(XSSFWorkbook form) {
        AreaReference fields = new AreaReference(form.getName(FormReader.FIELDS).getRefersToFormula(),
                SpreadsheetVersion.EXCEL2007);
        Sheet sheet = form.getSheet(fields.getFirstCell().getSheetName());
        Map<FormField, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(fields.getFirstCell().getRow())) {
            FormField.ofCode(cell.getStringCellValue()).ifPresent(field -> columns.put(field, cell.getColumnIndex()));
        }
        return columns;
    }

    static Sheet pledges(XSSFWorkbook form) {
        return form.getSheet("Pledges");
    }

    /** Fills the n-th prepared row (0 = row 7) with these values: String, Number, LocalDate. */
    static void fill(XSSFWorkbook form, int n, Map<FormField, Object> values) {
        Map<FormField, Integer> columns = columns(form);
        Sheet sheet = pledges(form);
        Row row = sheet.getRow(6 + n) == null ? sheet.createRow(6 + n) : sheet.getRow(6 + n);
        values.forEach((field, value) -> {
            Cell cell = row.getCell(columns.get(field)) == null ? row.createCell(columns.get(field))
                    : row.getCell(columns.get(field));
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
            } else {
                cell.setCellValue(String.valueOf(value));
            }
        });
    }

    /** A complete, valid row. */
    static Map<FormField, Object> goodRow(String title) {
        Map<FormField, Object> row = new HashMap<>();
        row.put(FormField.TITLE, title);
        row.put(FormField.CAPABILITY_TYPE, "Formed police unit");
        row.put(FormField.CATEGORY, "FORMED_POLICE_UNIT");
        row.put(FormField.EVENT, "BERLIN-2025");
        row.put(FormField.UNITS, 1);
        row.put(FormField.PERSONNEL, 140);
        row.put(FormField.WOMEN, 30);
        row.put(FormField.READINESS_LEVEL, "LEVEL_2");
        row.put(FormField.AVAILABLE_FROM, LocalDate.of(2027, 3, 1));
        row.put(FormField.DAYS_TO_DEPLOY, 60);
        row.put(FormField.DURATION_MONTHS, 12);
        row.put(FormField.SELF_SUSTAINMENT, "YES");
        row.put(FormField.PREFERRED_MISSIONS, "UNMISS, MINUSCA");
        row.put(FormField.DESCRIPTION, "A formed police unit with its own equipment.");
        return row;
    }

    /** Fills the n-th line row of the sheet Lines (0 = row 7) with these values: String or Number. */
    static void fillLine(XSSFWorkbook form, int n, Object pledgeRow, String kind, Object description,
                         Object quantity) {
        Sheet sheet = form.getSheet("Lines");
        Row row = sheet.getRow(6 + n) == null ? sheet.createRow(6 + n) : sheet.getRow(6 + n);
        Object[] values = {pledgeRow, kind, description, quantity};
        for (int c = 0; c < values.length; c++) {
            if (values[c] == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (values[c] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(values[c]));
            }
        }
    }

    static byte[] bytes(XSSFWorkbook form) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            form.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the streaming reader makes of a form: its layout and every row with content, mapped. */
    record Read(FormReader.Read read, List<FormRow> rows, List<FormLine> lines) {
    }

    static Read read(byte[] bytes, int maxRows) {
        try {
            Path file = Files.createTempFile("form-", ".xlsx");
            try {
                Files.write(file, bytes);
                IntakeLimits.guardPoi();
                try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                    List<FormReader.RawRow> raw = new ArrayList<>();
                    List<FormReader.RawRow> rawLines = new ArrayList<>();
                    FormReader.Read read = FormReader.read(pkg, maxRows, raw::add, rawLines::add);
                    FormRowMapper mapper = new FormRowMapper(read.sheet(), LISTS);
                    List<FormLine> lines = read.lines() == null ? List.of()
                            : rawLines.stream().map(new LineRowMapper(read.lines())::map).toList();
                    return new Read(read, raw.stream().map(mapper::map).toList(), lines);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
