package org.peacekeeping.pledges.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored {@link FieldChange}: a row of {@code pledge_history_change}. */
@Embeddable
public class HistoryChange {

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "field_name", nullable = false, updatable = false, length = 40)
    private String field;

    @Column(name = "old_value", updatable = false)
    private String from;

    @Column(name = "new_value", updatable = false)
    private String to;

    protected HistoryChange() {
        // for JPA
    }

    HistoryChange(int position, FieldChange change) {
        this.position = position;
        this.field = change.field();
        this.from = change.from();
        this.to = change.to();
    }

    int position() {
        return position;
    }

    FieldChange change() {
        return new FieldChange(field, from, to);
    }
}
