package org.peacekeeping.pledges.intake;

import java.util.List;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.pledge.LineItem;

/**
 * One row of an uploaded form's sheet of detail lines, read: its row number, the pledge row it names (by key, or by
 * row number on the pledge sheet; null when the cell was empty or unreadable), the line it asks for (null when a cell
 * could not be read) and what was wrong with its cells.
 */
record FormLine(int number, String pledgeKey, Integer pledgeRow, LineItem item, List<FieldError> errors) {

    FormLine {
        errors = List.copyOf(errors);
    }

    /** How the line names its pledge, as a person reads it: "the row key GHA-K7Q2XF-0001" or "row 9". */
    String pledgeNamed() {
        return pledgeKey != null ? "the row key " + pledgeKey : "row " + pledgeRow;
    }
}
