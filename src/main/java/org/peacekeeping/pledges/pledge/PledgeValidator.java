package org.peacekeeping.pledges.pledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * Checks what a focal point sends for a pledge (the form, the API, a row of an uploaded workbook), every field at
 * once, so that one answer lists everything to correct, the fields that could not even be read included. Field
 * names are those of the JSON. Plain Java: reference data comes in through the three look-ups.
 */
public final class PledgeValidator {

    private final Function<String, Optional<CapabilityType>> capabilityTypes;
    private final Function<String, Optional<PledgingEvent>> events;
    private final Function<String, Optional<Mission>> missions;
    private final Predicate<String> memberStates;

    /** A validator that knows no member state: any partner state is refused. */
    public PledgeValidator(Function<String, Optional<CapabilityType>> capabilityTypes,
                           Function<String, Optional<PledgingEvent>> events,
                           Function<String, Optional<Mission>> missions) {
        this(capabilityTypes, events, missions, code -> false);
    }

    /** @param memberStates whether an alpha-3 code names a known member state (for partners) */
    public PledgeValidator(Function<String, Optional<CapabilityType>> capabilityTypes,
                           Function<String, Optional<PledgingEvent>> events,
                           Function<String, Optional<Mission>> missions, Predicate<String> memberStates) {
        this.capabilityTypes = Objects.requireNonNull(capabilityTypes, "capabilityTypes");
        this.events = Objects.requireNonNull(events, "events");
        this.missions = Objects.requireNonNull(missions, "missions");
        this.memberStates = Objects.requireNonNull(memberStates, "memberStates");
    }

    /** The field errors {@link #validate} would refuse this input with, without throwing. */
    public List<FieldError> problemsWith(PledgeInput input) {
        return problemsWith(input, input.memberState());
    }

    /** The field errors {@link #validate(PledgeInput, String)} would refuse this input with, without throwing. */
    public List<FieldError> problemsWith(PledgeInput input, String leadState) {
        try {
            validate(input, leadState);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    /** Refuses to submit details that are not complete (SPEC §3: all required fields valid), naming each gap. */
    static void requireComplete(PledgeDetails details) {
        Map<String, String> missing = details.missingForSubmission();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("The pledge is not complete enough to submit",
                    missing.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList());
        }
    }


    /** The checked details, or an {@link InvalidInputException} naming every wrong field at once. */
    public PledgeDetails validate(PledgeInput input) {
        return validate(input, input.memberState());
    }

    /**
     * The checked details of a pledge whose lead state is {@code leadState} (its partners must be other known states,
     * each named once), or an {@link InvalidInputException} naming every wrong field at once. Partners not given
     * come back as none.
     */
    public PledgeDetails validate(PledgeInput input, String leadState) {
        List<FieldError> errors = new ArrayList<>(input.malformed());
        CapabilityType type = null;
        if (input.capabilityType() == null) {
            if (!input.isMalformed("capabilityType")) {
                errors.add(new FieldError("capabilityType", "Choose a capability type"));
            }
        } else {
            type = capabilityTypes.apply(input.capabilityType()).orElse(null);
            if (type == null) {
                errors.add(new FieldError("capabilityType",
                        "Unknown capability type " + quoted(input.capabilityType())));
            }
        }
        PledgingEvent event = null;
        if (input.event() != null) {
            event = events.apply(input.event()).orElse(null);
            if (event == null) {
                errors.add(new FieldError("event", "Unknown event " + quoted(input.event())));
            }
        }
        String title = input.title() == null ? "" : input.title().strip();
        if (input.isMalformed("title")) {
            // already named: it was no text
        } else if (title.isEmpty()) {
            errors.add(new FieldError("title", "Give the pledge a title"));
        } else if (title.length() > PledgeDetails.TITLE_MAX) {
            errors.add(new FieldError("title", "At most " + PledgeDetails.TITLE_MAX + " characters"));
        }
        text(errors, "description", input.description());
        text(errors, "caveats", input.caveats());
        int units = input.units() == null ? 1 : input.units();
        range(errors, "units", units, 0, PledgeInput.MAX_UNITS);
        int personnel = input.personnel() != null ? input.personnel()
                : type == null ? 0 : type.typicalPersonnel() * Math.max(units, 1);
        range(errors, "personnel", personnel, 0, PledgeInput.MAX_PERSONNEL);
        int women = input.women() == null ? 0 : input.women();
        range(errors, "women", women, 0, PledgeInput.MAX_PERSONNEL);
        if (women > personnel && personnel >= 0 && !input.isMalformed("personnel") && !input.isMalformed("women")) {
            errors.add(new FieldError("women", "Cannot be more than the personnel (" + personnel + ")"));
        }
        if (input.daysToDeploy() != null) {
            range(errors, "daysToDeploy", input.daysToDeploy(), 0, PledgeInput.MAX_DAYS_TO_DEPLOY);
        }
        if (input.durationMonths() != null) {
            range(errors, "durationMonths", input.durationMonths(), 0, PledgeInput.MAX_DURATION_MONTHS);
        }
        TreeSet<String> chosenMissions = new TreeSet<>();
        List<String> codes = input.preferredMissions() == null ? List.of() : input.preferredMissions();
        if (codes.size() > PledgeInput.MAX_MISSIONS) {
            errors.add(new FieldError("preferredMissions", "At most " + PledgeInput.MAX_MISSIONS + " missions"));
            codes = List.of();
        }
        for (String code : codes) {
            if (missions.apply(code).isEmpty()) {
                errors.add(new FieldError("preferredMissions", "Unknown mission " + quoted(code)));
            } else {
                chosenMissions.add(code);
            }
        }
        List<LineItem> lines = input.lines() == null ? List.of() : input.lines();
        if (lines.size() > PledgeInput.MAX_LINES) {
            errors.add(new FieldError("lines", "At most " + PledgeInput.MAX_LINES + " detail lines"));
        }
        List<Partner> partners = partners(errors, input.partners(), leadState);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Some fields are missing or wrong", errors);
        }
        return new PledgeDetails(event, type, title, input.description(), units, new Personnel(personnel, women),
                input.availableFrom(), input.daysToDeploy(), input.durationMonths(), input.selfSustainment(),
                input.caveats(), chosenMissions, lines, partners);
    }

    /** Partner states: known, not the lead state, each once, with a short role; errors name the field "partners". */
    private List<Partner> partners(List<FieldError> errors, List<Partner> partners, String leadState) {
        if (partners == null || unreadable(errors)) {
            return List.of();
        }
        if (partners.size() > Partner.MAX_PARTNERS) {
            errors.add(new FieldError("partners", "At most " + Partner.MAX_PARTNERS + " partner states"));
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        List<Partner> checked = new ArrayList<>();
        for (Partner partner : partners) {
            String code = partner.memberState() == null ? "" : partner.memberState().strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                errors.add(new FieldError("partners", "Name each partner state by its alpha-3 code"));
            } else if (!memberStates.test(code)) {
                errors.add(new FieldError("partners", "Unknown member state " + quoted(code)));
            } else if (code.equals(leadState)) {
                errors.add(new FieldError("partners", code + " is the pledge's own (lead) state, not a partner"));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("partners", code + " is named more than once"));
            } else if (partner.role() != null && partner.role().length() > Partner.ROLE_MAX) {
                errors.add(new FieldError("partners", "The role of " + code + " may have at most "
                        + Partner.ROLE_MAX + " characters"));
            } else {
                checked.add(new Partner(code, partner.role()));
            }
        }
        return checked;
    }

    /** Whether the partners could not even be read (already reported): then they are not checked again. */
    private static boolean unreadable(List<FieldError> errors) {
        return errors.stream().anyMatch(error -> error.field().startsWith("partners"));
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value != null && value.strip().length() > PledgeDetails.TEXT_MAX) {
            errors.add(new FieldError(field, "At most " + PledgeDetails.TEXT_MAX + " characters"));
        }
    }

    /** A client's code in quotes, cut short: an answer never echoes a megabyte back. */
    private static String quoted(String code) {
        return "'" + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "'";
    }

    private static void range(List<FieldError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(new FieldError(field, "Must be between " + min + " and " + max));
        }
    }
}
