package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * What a focal point states about a pledge: everything but its identity, status and readiness. Validated where it
 * is made, so an entity never holds an invalid pledge.
 */
public record PledgeDetails(PledgingEvent event, CapabilityType capabilityType, String title, String description,
                            int units, Personnel personnel, LocalDate availableFrom, Integer daysToDeploy,
                            Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                            SortedSet<String> preferredMissions, List<LineItem> lines) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    public PledgeDetails {
        if (capabilityType == null) {
            throw new IllegalArgumentException("A pledge needs a capability type");
        }
        title = title == null ? null : title.strip();
        if (title == null || title.isEmpty() || title.length() > TITLE_MAX) {
            throw new IllegalArgumentException("A pledge needs a title of at most " + TITLE_MAX + " characters");
        }
        description = blankToNull(description, "description");
        caveats = blankToNull(caveats, "caveats");
        if (units < 0) {
            throw new IllegalArgumentException("The number of units cannot be negative");
        }
        if (personnel == null) {
            throw new IllegalArgumentException("A pledge needs its personnel count");
        }
        if (daysToDeploy != null && daysToDeploy < 0) {
            throw new IllegalArgumentException("Days to deploy cannot be negative");
        }
        if (durationMonths != null && durationMonths < 0) {
            throw new IllegalArgumentException("The duration cannot be negative");
        }
        preferredMissions = preferredMissions == null ? new TreeSet<>() : new TreeSet<>(preferredMissions);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    private static String blankToNull(String text, String field) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > TEXT_MAX) {
            throw new IllegalArgumentException("The " + field + " may have at most " + TEXT_MAX + " characters");
        }
        return stripped;
    }

    public Set<String> preferredMissionCodes() {
        return preferredMissions;
    }
}
