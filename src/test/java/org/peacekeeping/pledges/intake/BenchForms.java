package org.peacekeeping.pledges.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peacekeeping.pledges.report.ReportFiles;

/**
 * Pledge forms for the Excel benchmarks ({@code bench.excel}): the shipped template, personalised for a state and
 * filled with any number of valid rows as a focal point's spreadsheet would hold them (shared strings, numbers,
 * dates), and the upload's own streaming reader on such a file. Public because the benchmarks live in another package.
 */
public final class BenchForms {

    /** The sheet of pledge rows and the first row (1-based) that holds a pledge, as the template lays them out. */
    public static final String SHEET = "Pledges";
    public static final int FIRST_DATA_ROW = 7;

    private static final String[] TYPES = {"Formed police unit", "Level 2 hospital", "Infantry battalion"};
    private static final String[] SUSTAINMENT = {"YES", "PARTIAL", "NO"};
    private static final String[] READINESS = {"LEVEL_1", "LEVEL_2", "LEVEL_3"};

    private BenchForms() {
    }

    /**
     * A form of {@code rows} valid pledge rows for {@code state}, keyed {@code keyPrefix-000001} on: capability types,
     * events and missions that the reference data holds, women fewer than personnel, dates in range.
     */
    public static byte[] filled(String state, int rows, String keyPrefix) {
        try (InputStream template = new ReportFiles((Path) null).open(PledgeFormTemplate.TEMPLATE);
             XSSFWorkbook form = PledgeFormTemplate.personalise(template, Forms.LISTS, state, state, "BENCH1",
                     LocalDate.of(2026, 11, 22), "")) {
            Map<FormField, Integer> columns = Forms.columns(form);
            Sheet sheet = form.getSheet(SHEET);
            for (int n = 0; n < rows; n++) {
                Row row = sheet.getRow(FIRST_DATA_ROW - 1 + n);
                if (row == null) {
                    row = sheet.createRow(FIRST_DATA_ROW - 1 + n);
                }
                int personnel = 20 + n % 800;
                set(row, columns.get(FormField.ROW_KEY), keyPrefix + "-" + String.format(Locale.ROOT, "%06d", n + 1));
                set(row, columns.get(FormField.TITLE), TYPES[n % TYPES.length] + " offer " + (n + 1));
                set(row, columns.get(FormField.CAPABILITY_TYPE), TYPES[n % TYPES.length]);
                set(row, columns.get(FormField.EVENT), "BERLIN-2025");
                set(row, columns.get(FormField.UNITS), 1 + n % 3);
                set(row, columns.get(FormField.PERSONNEL), personnel);
                set(row, columns.get(FormField.WOMEN), personnel / 4);
                set(row, columns.get(FormField.READINESS_LEVEL), READINESS[n % READINESS.length]);
                set(row, columns.get(FormField.AVAILABLE_FROM), LocalDate.of(2027, 1, 1).plusDays(n % 365));
                set(row, columns.get(FormField.DAYS_TO_DEPLOY), 30 + n % 60);
                set(row, columns.get(FormField.DURATION_MONTHS), 6 + n % 18);
                set(row, columns.get(FormField.SELF_SUSTAINMENT), SUSTAINMENT[n % SUSTAINMENT.length]);
                set(row, columns.get(FormField.PREFERRED_MISSIONS), n % 2 == 0 ? "UNMISS, MINUSCA" : "UNIFIL");
                set(row, columns.get(FormField.DESCRIPTION), "A self-sustained contingent with its own equipment, "
                        + "ready for rotation " + (n % 4 + 1) + "; trained for protection of civilians.");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            form.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #filled}, with one bad cell in the last row (more women than personnel), so that the upload reads and
     * checks every row and then refuses the whole form.
     */
    public static byte[] filledWithBadLastRow(String state, int rows, String keyPrefix) {
        try (XSSFWorkbook form = new XSSFWorkbook(new java.io.ByteArrayInputStream(filled(state, rows, keyPrefix)))) {
            Map<FormField, Integer> columns = Forms.columns(form);
            Row last = form.getSheet(SHEET).getRow(FIRST_DATA_ROW - 2 + rows);
            set(last, columns.get(FormField.WOMEN), 100_000);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            form.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, Integer column, Object value) {
        if (column == null) {
            return;
        }
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    /**
     * Reads a form as an upload does, with POI's streaming (SAX) reader and the zip guards set: every pledge row's raw
     * cells. Returns how many cells were read, so that nothing is optimised away.
     */
    public static long readWithPoi(Path file) {
        IntakeLimits.guardPoi();
        List<FormReader.RawRow> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            FormReader.read(pkg, Integer.MAX_VALUE, rows::add);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return rows.stream().mapToLong(row -> row.cells().size()).sum();
    }
}
