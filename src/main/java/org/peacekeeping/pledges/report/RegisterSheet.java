package org.peacekeeping.pledges.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * Writes pledge rows to a register sheet, one at a time, as they stream from the database: a header row (frozen,
 * repeated on every printed page), typed cells with the workbook's shared styles, and an autofilter over it all once
 * the last row is in. Pending pledges can be marked with their own fill. Printed, the register shows the columns up to
 * {@code register.print.through}, so that the long texts at the end do not shrink the page to illegibility.
 */
final class RegisterSheet {

    private final Sheet sheet;
    private final List<RegisterColumn> columns;
    private final ReportLayout layout;
    private final WorkbookStyles styles;
    private final boolean markPending;
    private int next = 1;

    RegisterSheet(Sheet sheet, ReportLayout layout, WorkbookStyles styles, boolean markPending) {
        this.sheet = sheet;
        this.columns = RegisterColumn.of(layout);
        this.layout = layout;
        this.styles = styles;
        this.markPending = markPending;
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            RegisterColumn column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(layout.text("column." + column.code() + ".header"));
            cell.setCellStyle(column.kind() == Kind.INTEGER || column.kind() == Kind.PERCENT
                    ? styles.headerNumber() : styles.header());
            sheet.setColumnWidth(i, Math.min(255, layout.integer("column." + column.code() + ".width")) * 256);
        }
        header.setHeightInPoints(40);
        sheet.createFreezePane(0, 1);
    }

    void add(PledgeRow pledge) {
        Row row = sheet.createRow(next++);
        boolean pending = markPending && !pledge.status().approvedOrLater();
        for (int i = 0; i < columns.size(); i++) {
            RegisterColumn column = columns.get(i);
            Object value = column.value(pledge, layout);
            if (value == null) {
                continue;
            }
            Cells.set(row.createCell(i), value, pending ? styles.pending(column.kind()) : styles.of(column.kind()));
        }
    }

    /** How many pledge rows were written. */
    int rows() {
        return next - 1;
    }

    /** Autofilter over the header and every row; landscape pages as wide as the sheet, the header on each. */
    void finish() {
        int lastRow = Math.max(next - 1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        Printing.landscapeFitToWidth(sheet);
        int printed = columns.size() - 1;
        if (layout.has("register.print.through")) {
            int through = columns.indexOf(RegisterColumn.ofCode(layout.text("register.print.through")).orElse(null));
            printed = through < 0 ? printed : through;
        }
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, printed, 0, lastRow);
    }
}
