package org.peacekeeping.pledges.intake;

import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.peacekeeping.pledges.platform.Problem.FieldError;

/**
 * Where things are on an uploaded form's sheet of detail lines, as its defined names and hidden field row say: the
 * sheet, which field each column holds and its header, and the first row of lines. Names cells in errors as
 * {@link FormSheet} does: "Lines!D7", "Sheet Lines, row 7, column D (Quantity): ...".
 */
record LineSheet(String sheet, Map<Integer, LineField> fields, Map<Integer, String> headers, int firstDataRow) {

    Optional<Integer> column(LineField field) {
        return fields.entrySet().stream().filter(entry -> entry.getValue() == field).map(Map.Entry::getKey)
                .findFirst();
    }

    /** "Lines!D7" for a field on a row (1-based), or "Lines!7" when the sheet has no column for it. */
    String address(LineField field, int row) {
        return column(field).map(column -> sheet + "!" + CellReference.convertNumToColString(column) + row)
                .orElse(sheet + "!" + row);
    }

    /** An error on a field's cell of a line, the message saying sheet, row, column (with its header) and reason. */
    FieldError problem(LineField field, int row, String reason) {
        Optional<Integer> column = column(field);
        String where = column.map(c -> "column " + CellReference.convertNumToColString(c)
                + Optional.ofNullable(headers.get(c)).filter(h -> !h.isBlank()).map(h -> " (" + h + ")").orElse(""))
                .orElse("column " + field.code());
        return new FieldError(address(field, row), "Sheet " + sheet + ", row " + row + ", " + where + ": " + reason);
    }
}
