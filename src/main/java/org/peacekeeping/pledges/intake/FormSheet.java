package org.peacekeeping.pledges.intake;

import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/**
 * Where things are on an uploaded pledge form, as its defined names and hidden field row say: the sheet, which field
 * each column holds and its header, the member state cell, and the first row of pledges. Also names cells in errors
 * the way people find them: "Pledges!E7", "sheet Pledges, row 7, column E (Personnel)".
 */
record FormSheet(String sheet, Map<Integer, FormField> fields, Map<Integer, String> headers, CellReference stateCell,
                 int firstDataRow, boolean date1904) {

    /** The column holding a field, if the form has one. */
    Optional<Integer> column(FormField field) {
        return fields.entrySet().stream().filter(entry -> entry.getValue() == field).map(Map.Entry::getKey)
                .findFirst();
    }

    /** "Pledges!E7" for a field on a row (1-based), or "Pledges!7" when the form has no column for it. */
    String address(FormField field, int row) {
        return column(field).map(column -> address(column, row)).orElse(sheet + "!" + row);
    }

    String address(int column, int row) {
        return sheet + "!" + CellReference.convertNumToColString(column) + row;
    }

    /** An error on a field's cell of a row, the message saying sheet, row, column (with its header) and reason. */
    FieldError problem(FormField field, int row, String reason) {
        Optional<Integer> column = column(field);
        String where = column.map(c -> "column " + CellReference.convertNumToColString(c)
                + Optional.ofNullable(headers.get(c)).filter(h -> !h.isBlank()).map(h -> " (" + h + ")").orElse(""))
                .orElse("column " + field.code());
        return new FieldError(address(field, row), "Sheet " + sheet + ", row " + row + ", " + where + ": " + reason);
    }
}
