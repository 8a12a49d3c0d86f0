package org.peacekeeping.pledges.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * What changed between two versions of what a focal point states, field by field, with the values as a person reads
 * them (SPEC §9, "history shows old → new"): states and capability types by their English names, events by name,
 * constants by their labels, dates as yyyy-mm-dd, lines and partners as lists. Plain Java: a state's name comes in
 * through a look-up. Also folds the changes of several history entries into what changed since an approval.
 */
public final class PledgeDiff {

    private final Function<String, String> stateNames;

    /** @param stateNames a state's English name from its alpha-3 code (the code itself when unknown) */
    public PledgeDiff(Function<String, String> stateNames) {
        this.stateNames = Objects.requireNonNull(stateNames, "stateNames");
    }

    /** The changed fields in the order of the form, each with its old and new value. */
    public List<FieldChange> between(PledgeDetails before, PledgeDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "event", event(before.event()), event(after.event()));
        compare(changes, "capabilityType", type(before.capabilityType()), type(after.capabilityType()));
        compare(changes, "title", before.title(), after.title());
        compare(changes, "description", before.description(), after.description());
        compare(changes, "units", String.valueOf(before.units()), String.valueOf(after.units()));
        compare(changes, "personnel", String.valueOf(before.personnel().total()),
                String.valueOf(after.personnel().total()));
        compare(changes, "women", String.valueOf(before.personnel().women()),
                String.valueOf(after.personnel().women()));
        compare(changes, "availableFrom", date(before.availableFrom()), date(after.availableFrom()));
        compare(changes, "daysToDeploy", number(before.daysToDeploy()), number(after.daysToDeploy()));
        compare(changes, "durationMonths", number(before.durationMonths()), number(after.durationMonths()));
        compare(changes, "selfSustainment", sustainment(before.selfSustainment()),
                sustainment(after.selfSustainment()));
        compare(changes, "caveats", before.caveats(), after.caveats());
        compare(changes, "preferredMissions", joined(List.copyOf(before.preferredMissions())),
                joined(List.copyOf(after.preferredMissions())));
        compare(changes, "lines", lines(before.lines()), lines(after.lines()));
        compare(changes, "partners", partners(before.partners()), partners(after.partners()));
        return changes;
    }

    /** A change of readiness level, as the history of an approval or an assessment records it (empty when equal). */
    public static List<FieldChange> readiness(ReadinessLevel before, ReadinessLevel after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "readinessLevel", readiness(before), readiness(after));
        return changes;
    }

    /** A change of the consent to publication, as its history entry records it (empty when equal). */
    public static List<FieldChange> publicationConsent(boolean before, boolean after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "publicationConsent", consent(before), consent(after));
        return changes;
    }

    /** How the history shows the consent to publication. */
    static String consent(boolean consent) {
        return consent ? "Published in the public figures" : "Not published";
    }

    /**
     * What the changes of consecutive history entries (oldest first) amount to: per field, the value before the first
     * change and after the last, in the order fields first changed; fields that came back to where they were left out.
     */
    public static List<FieldChange> folded(List<List<FieldChange>> entries) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        for (List<FieldChange> entry : entries) {
            for (FieldChange change : entry) {
                fields.computeIfAbsent(change.field(), field -> new String[] {change.from(), null})[1] = change.to();
            }
        }
        return fields.entrySet().stream().filter(e -> !Objects.equals(e.getValue()[0], e.getValue()[1]))
                .map(e -> new FieldChange(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String event(PledgingEvent event) {
        return event == null ? null : event.nameEn();
    }

    private static String type(CapabilityType type) {
        return type == null ? null : type.nameEn();
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String sustainment(SelfSustainment value) {
        return value == null ? null : switch (value) {
            case YES -> "Self-sustaining";
            case PARTIAL -> "Partly self-sustaining";
            case NO -> "Not self-sustaining";
        };
    }

    static String readiness(ReadinessLevel level) {
        return level == null ? null : switch (level) {
            case NONE -> "Not registered";
            case LEVEL_1 -> "Level 1";
            case LEVEL_2 -> "Level 2";
            case LEVEL_3 -> "Level 3";
            case RAPID_DEPLOYMENT -> "Rapid deployment";
        };
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(", ", values);
    }

    /** Lines in their order: "Major equipment: Armoured personnel carrier × 4; Self-sustainment: Catering × 1". */
    static String lines(List<LineItem> lines) {
        return lines.isEmpty() ? null : lines.stream()
                .map(line -> (line.kind() == LineKind.MAJOR_EQUIPMENT ? "Major equipment" : "Self-sustainment") + ": "
                        + line.description() + " × " + line.quantity())
                .collect(Collectors.joining("; "));
    }

    /** Partners by name, each with its role: "Bangladesh (crews), Nepal". */
    String partners(List<Partner> partners) {
        return partners.isEmpty() ? null : partners.stream()
                .map(p -> stateNames.apply(p.memberState()) + (p.role() == null ? "" : " (" + p.role() + ")"))
                .collect(Collectors.joining(", "));
    }
}
