package org.peacekeeping.pledges.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/** Cells by row and column on one sheet of the summary, with the few shapes of row the summary uses. */
final class SummaryGrid {

    private final Sheet sheet;
    private final ReportLayout layout;
    private final WorkbookStyles styles;

    SummaryGrid(Sheet sheet, SummaryContext summary) {
        this.sheet = sheet;
        this.layout = summary.layout();
        this.styles = summary.styles();
    }

    /** The first column as wide as a label, the next {@code columns - 1} as wide as a figure. */
    void widths(int columns) {
        sheet.setColumnWidth(0, layout.integer("width.label") * 256);
        for (int c = 1; c < columns; c++) {
            sheet.setColumnWidth(c, layout.integer("width.number") * 256);
        }
    }

    Cell put(int r, int c, Object value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        Cells.set(cell, value, style);
        return cell;
    }

    /** A label in the first column and its value in the second. */
    void pair(int r, String label, Object value, Kind kind) {
        put(r, 0, label, styles.label());
        put(r, 1, value, styles.of(kind));
    }

    /** A header row: the first column's header left-aligned, the figures' right-aligned. */
    void header(int r, String... headers) {
        headerFrom(r, 0, 1, headers);
    }

    /** A header row whose first {@code textColumns} columns hold text and the rest figures. */
    void headerFrom(int r, int c, int textColumns, String... headers) {
        int lines = 1;
        for (int i = 0; i < headers.length; i++) {
            put(r, c + i, headers[i], i < textColumns ? styles.header() : styles.headerNumber());
            lines = Math.max(lines, lines(headers[i], sheet.getColumnWidth(c + i) / 256 - 1));
        }
        sheet.getRow(r).setHeightInPoints(lines * 13f + 4);
    }

    /** How many lines a header wraps onto in a column this many characters wide (breaking at spaces). */
    private static int lines(String text, int width) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed > Math.max(width, 1) && used > 0) {
                lines++;
                used = word.length();
            } else {
                used = needed;
            }
        }
        return lines;
    }

    /** A label, the number of states, then pledges, units, personnel, women and their share. */
    void figuresRow(int r, String label, long states, Figures figures, boolean total) {
        put(r, 0, label, style(Kind.TEXT, total));
        put(r, 1, figures.pledges(), style(Kind.INTEGER, total));
        put(r, 2, states, style(Kind.INTEGER, total));
        put(r, 3, figures.units(), style(Kind.INTEGER, total));
        put(r, 4, figures.personnel(), style(Kind.INTEGER, total));
        put(r, 5, figures.women(), style(Kind.INTEGER, total));
        put(r, 6, figures.womenShare(), style(Kind.PERCENT, total));
    }

    /** From column {@code c}: units, personnel, women and their share. */
    void unitsOn(int r, int c, Figures figures, boolean total) {
        put(r, c, figures.units(), style(Kind.INTEGER, total));
        shareOn(r, c + 1, figures, total);
    }

    /** From column {@code c}: pledges, personnel, women and their share. */
    void figures(int r, int c, Figures figures, boolean total) {
        put(r, c, figures.pledges(), style(Kind.INTEGER, total));
        shareOn(r, c + 1, figures, total);
    }

    /** From column {@code c}: personnel, women and their share. */
    private void shareOn(int r, int c, Figures figures, boolean total) {
        put(r, c, figures.personnel(), style(Kind.INTEGER, total));
        put(r, c + 1, figures.women(), style(Kind.INTEGER, total));
        put(r, c + 2, figures.womenShare(), style(Kind.PERCENT, total));
    }

    private CellStyle style(Kind kind, boolean total) {
        return total ? styles.total(kind) : styles.of(kind);
    }
}
