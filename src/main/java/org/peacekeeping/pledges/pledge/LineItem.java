package org.peacekeeping.pledges.pledge;

import java.io.Serializable;

/** One line of major equipment or self-sustainment detail, as entered. */
public record LineItem(LineKind kind, String description, int quantity) implements Serializable {

    public LineItem {
        if (kind == null) {
            throw new IllegalArgumentException("A detail line needs a kind");
        }
        description = description == null ? null : description.strip();
        if (description == null || description.isEmpty() || description.length() > 500) {
            throw new IllegalArgumentException("A detail line needs a description of at most 500 characters");
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("A detail line's quantity cannot be negative");
        }
    }
}
