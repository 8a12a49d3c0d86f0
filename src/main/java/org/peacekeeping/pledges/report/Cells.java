package org.peacekeeping.pledges.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/** Writes a Java value into a cell with its own type: numbers as numbers, dates as dates, the rest as text. */
final class Cells {

    private Cells() {
    }

    static void set(Cell cell, Object value, CellStyle style) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
        } else if (value instanceof LocalDateTime timestamp) {
            cell.setCellValue(timestamp);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        cell.setCellStyle(style);
    }
}
