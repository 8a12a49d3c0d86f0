package org.peacekeeping.pledges.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/** Writes a Java value into a cell with its own type: numbers as numbers, dates as dates, the rest as text. */
final class Cells {

    /** Excel's serial number of 1970-01-01 in the 1900 date system, which every workbook here uses. */
    private static final long EPOCH_SERIAL = 25_569;

    /** From 1 March 1900 on, serial numbers are plain day counts (before it, Excel's phantom 29 February 1900). */
    private static final long FIRST_PLAIN_DAY = LocalDate.of(1900, 3, 1).toEpochDay();

    private static final double SECONDS_PER_DAY = 86_400;

    private Cells() {
    }

    static void set(Cell cell, Object value, CellStyle style) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            setDate(cell, date, 0);
        } else if (value instanceof LocalDateTime timestamp) {
            setDate(cell, timestamp.toLocalDate(), timestamp.toLocalTime().toNanoOfDay());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        cell.setCellStyle(style);
    }

    /**
     * A date as Excel's serial number, computed here: POI's own conversion asks the workbook's XML for its date system
     * on every cell, which is most of the cost of a register's five date columns.
     */
    private static void setDate(Cell cell, LocalDate date, long nanoOfDay) {
        long day = date.toEpochDay();
        if (day < FIRST_PLAIN_DAY) {
            cell.setCellValue(date.atStartOfDay().plusNanos(nanoOfDay));
            return;
        }
        cell.setCellValue(day + EPOCH_SERIAL + nanoOfDay / 1e9 / SECONDS_PER_DAY);
    }
}
