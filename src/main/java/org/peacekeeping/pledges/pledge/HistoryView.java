package org.peacekeeping.pledges.pledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One history entry as pages and the API show it. */
public record HistoryView(long id, Instant occurredAt, String actor, PledgeAction action, PledgeStatus fromStatus,
                          PledgeStatus toStatus, String comment, List<String> changedFields) implements Serializable {

    static HistoryView of(PledgeHistoryEntry entry) {
        return new HistoryView(entry.id(), entry.occurredAt(), entry.actor(), entry.action(), entry.fromStatus(),
                entry.toStatus(), entry.comment(), entry.changedFields());
    }
}
