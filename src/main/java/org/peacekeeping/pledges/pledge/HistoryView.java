package org.peacekeeping.pledges.pledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One history entry as pages and the API show it: {@code changedFields} names the fields, {@code changes} gives each
 * with its value before and after (empty for entries written before values were recorded).
 */
public record HistoryView(long id, Instant occurredAt, String actor, PledgeAction action, PledgeStatus fromStatus,
                          PledgeStatus toStatus, String comment, List<String> changedFields,
                          List<FieldChange> changes) implements Serializable {

    public HistoryView {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An entry without recorded values. */
    public HistoryView(long id, Instant occurredAt, String actor, PledgeAction action, PledgeStatus fromStatus,
                       PledgeStatus toStatus, String comment, List<String> changedFields) {
        this(id, occurredAt, actor, action, fromStatus, toStatus, comment, changedFields, List.of());
    }

    static HistoryView of(PledgeHistoryEntry entry) {
        return new HistoryView(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.fromStatus(),
                entry.toStatus(), entry.comment(), entry.changedFields(), entry.changes());
    }
}
