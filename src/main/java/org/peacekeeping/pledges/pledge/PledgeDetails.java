package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * What a focal point states about a pledge: everything but its identity, status and readiness. Validated where it
 * is made, so an entity never holds an invalid pledge.
 */
public record PledgeDetails(PledgingEvent event, CapabilityType capabilityType, String title, String description,
                            int units, Personnel personnel, LocalDate availableFrom, Integer daysToDeploy,
                            Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                            SortedSet<String> preferredMissions, List<LineItem> lines, List<Partner> partners) {

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
        partners = partners == null ? List.of() : partners.stream()
                .sorted(Comparator.comparing(Partner::memberState)).toList();
    }

    /** Details of a pledge without partner states. */
    public PledgeDetails(PledgingEvent event, CapabilityType capabilityType, String title, String description,
                         int units, Personnel personnel, LocalDate availableFrom, Integer daysToDeploy,
                         Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                         SortedSet<String> preferredMissions, List<LineItem> lines) {
        this(event, capabilityType, title, description, units, personnel, availableFrom, daysToDeploy, durationMonths,
                selfSustainment, caveats, preferredMissions, lines, List.of());
    }

    /** The same details with other partner states. */
    public PledgeDetails withPartners(List<Partner> others) {
        return new PledgeDetails(event, capabilityType, title, description, units, personnel, availableFrom,
                daysToDeploy, durationMonths, selfSustainment, caveats, preferredMissions, lines, others);
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

    /**
     * What a draft may leave open but a submission needs, field by field (empty when complete). Units with no
     * typical personnel (course seats) may have no personnel; deployable units need their deployment terms.
     */
    public Map<String, String> missingForSubmission() {
        Map<String, String> missing = new LinkedHashMap<>();
        boolean deployable = capabilityType.personnelKind() != PersonnelKind.NOT_DEPLOYED;
        if (units < 1) {
            missing.put("units", "A submitted pledge offers at least one unit");
        }
        if (personnel.total() < 1 && capabilityType.typicalPersonnel() > 0) {
            missing.put("personnel", "A submitted pledge states its personnel");
        }
        if (availableFrom == null) {
            missing.put("availableFrom", "A submitted pledge states when it is available");
        }
        if (durationMonths == null) {
            missing.put("durationMonths", "A submitted pledge states for how many months it is offered");
        }
        if (deployable && daysToDeploy == null) {
            missing.put("daysToDeploy", "A submitted pledge states how many days it needs to deploy");
        }
        if (deployable && selfSustainment == null) {
            missing.put("selfSustainment", "A submitted pledge states whether the unit is self-sustaining");
        }
        return missing;
    }

    public Set<String> preferredMissionCodes() {
        return preferredMissions;
    }
}
