package org.peacekeeping.pledges.pledge;

import java.util.Set;
import org.peacekeeping.pledges.reference.Category;

/**
 * Which pledges a list shows: any combination of statuses, one member state, category and event, and a free-text
 * search over reference, title and description. Null or empty means "any".
 */
public record PledgeFilter(Set<PledgeStatus> statuses, String memberState, Category category, String event,
                           String text) {

    public static final PledgeFilter ALL = new PledgeFilter(Set.of(), null, null, null, null);

    public PledgeFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
