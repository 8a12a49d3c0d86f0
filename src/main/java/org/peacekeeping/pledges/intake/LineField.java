package org.peacekeeping.pledges.intake;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the pledge form's sheet of detail lines (major equipment and self-sustainment). As on the pledge
 * sheet, a hidden row (the defined name {@code line_fields}) names each column's field, so the template may move,
 * rename or add columns; an upload reads the sheet by those codes.
 */
public enum LineField {
    /** The pledge the line belongs to: its row key on the pledge sheet, or its row number there. */
    PLEDGE_ROW("pledgeRow"),
    KIND("kind"),
    DESCRIPTION("description"),
    QUANTITY("quantity");

    private final String code;

    LineField(String code) {
        this.code = code;
    }

    /** The code in the sheet's hidden field row. */
    public String code() {
        return code;
    }

    static Optional<LineField> ofCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }
}
