package org.peacekeeping.pledges.pledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * Which pledges a list shows: any combination of statuses, one member state, category and event, a free-text
 * search over reference, title and description, a lowest readiness level and the regional group of the pledge's
 * member state (the lead state of a joint pledge, as every figure counts it). Null or empty means "any".
 *
 * @param readinessAtLeast the lowest readiness level a listed pledge stands at ({@code LEVEL_2}: level 2, level 3
 *                         and rapid deployment), as the fulfilment funnel's readiness steps count; null for any
 * @param regionalGroup    the regional group of the pledge's member state, or {@link Group#NO_GROUP} for a state in
 *                         none; null for any
 */
public record PledgeFilter(Set<PledgeStatus> statuses, String memberState, Category category, String event,
                           String text, ReadinessLevel readinessAtLeast, Group regionalGroup) {

    public static final PledgeFilter ALL = new PledgeFilter(Set.of(), null, null, null, null);

    public PledgeFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** A filter on neither readiness nor regional group. */
    public PledgeFilter(Set<PledgeStatus> statuses, String memberState, Category category, String event,
                        String text) {
        this(statuses, memberState, category, event, text, null, null);
    }

    /**
     * A regional group as a filter names it: one of the five ({@code AFRICAN}, ...), or {@code NONE} for the member
     * states in no group (as the figures' "no group" row counts them).
     *
     * @param regionalGroup the group; null for "in no group"
     */
    public record Group(RegionalGroup regionalGroup) {

        /** How a filter names the member states in no regional group. */
        public static final String NONE = "NONE";

        public static final Group NO_GROUP = new Group(null);

        /** The group of a figure's row: {@code null} (a state in no group) is {@link #NO_GROUP}. */
        public static Group of(RegionalGroup group) {
            return group == null ? NO_GROUP : new Group(group);
        }

        /** The group a name means, in any case ({@code NONE} for none), or empty when it means nothing. */
        public static Optional<Group> parse(String name) {
            if (name == null) {
                return Optional.empty();
            }
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            if (wanted.equals(NONE)) {
                return Optional.of(NO_GROUP);
            }
            return Arrays.stream(RegionalGroup.values()).filter(g -> g.name().equals(wanted)).findFirst()
                    .map(Group::new);
        }

        /** Every name {@link #parse} knows, for messages and documentation. */
        public static String names() {
            return Arrays.toString(Arrays.stream(RegionalGroup.values()).map(Enum::name)
                    .toArray(String[]::new)).replace("]", ", " + NONE + "]");
        }

        /** The group's name as the {@code regionalGroup} parameter carries it. */
        public String parameter() {
            return regionalGroup == null ? NONE : regionalGroup.name();
        }
    }
}
