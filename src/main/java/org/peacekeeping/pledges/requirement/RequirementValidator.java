package org.peacekeeping.pledges.requirement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * Checks a requirement a reviewer sent, every field at once, so that one answer lists everything to correct. Field
 * names are those of the JSON. Plain Java: reference data comes in through the three look-ups.
 *
 * <p>A retired capability type or a closed mission may stay on a requirement that already names it, but no new or
 * changed requirement may pick one.
 */
public final class RequirementValidator {

    static final String PRIORITIES = Arrays.stream(Priority.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final Function<String, Optional<CapabilityType>> capabilityTypes;
    private final Function<String, Optional<PledgingEvent>> events;
    private final Function<String, Optional<Mission>> missions;

    public RequirementValidator(Function<String, Optional<CapabilityType>> capabilityTypes,
                                Function<String, Optional<PledgingEvent>> events,
                                Function<String, Optional<Mission>> missions) {
        this.capabilityTypes = Objects.requireNonNull(capabilityTypes, "capabilityTypes");
        this.events = Objects.requireNonNull(events, "events");
        this.missions = Objects.requireNonNull(missions, "missions");
    }

    /**
     * The checked values, or an {@link InvalidInputException} with every wrong field.
     *
     * @param existing the requirement being changed, or {@code null} when creating one (then no version is needed)
     */
    public RequirementValues validate(RequirementInput input, CapabilityRequirement existing) {
        Errors errors = new Errors(input.malformed());

        CapabilityType type = null;
        if (errors.readable("capabilityType")) {
            String code = trimmed(input.capabilityType());
            if (code == null) {
                errors.add("capabilityType", "capabilityType is required");
            } else {
                type = capabilityTypes.apply(code).orElse(null);
                if (type == null) {
                    errors.add("capabilityType",
                            "capabilityType " + shown(code) + " is not a known capability type");
                } else if (!type.active() && (existing == null || !type.equals(existing.capabilityType()))) {
                    errors.add("capabilityType", "capabilityType " + code + " is no longer in use");
                    type = null;
                }
            }
        }

        int quantity = 0;
        if (errors.readable("quantity")) {
            Integer value = input.quantity();
            if (value == null) {
                errors.add("quantity", "quantity is required");
            } else if (value < 1) {
                errors.add("quantity", "quantity must be at least 1");
            } else if (value > CapabilityRequirement.MAX_QUANTITY) {
                errors.add("quantity", "quantity must be at most " + CapabilityRequirement.MAX_QUANTITY);
            } else {
                quantity = value;
            }
        }

        Priority priority = null;
        if (errors.readable("priority")) {
            String name = trimmed(input.priority());
            if (name == null) {
                errors.add("priority", "priority is required: one of " + PRIORITIES);
            } else {
                priority = priority(name);
                if (priority == null) {
                    errors.add("priority", "priority must be one of " + PRIORITIES);
                }
            }
        }

        PledgingEvent event = null;
        String eventCode = trimmed(input.event());
        if (errors.readable("event") && eventCode != null) {
            event = events.apply(eventCode).orElse(null);
            if (event == null) {
                errors.add("event", "event " + shown(eventCode) + " is not a known event");
            }
        }

        Mission mission = null;
        if (errors.readable("mission")) {
            String code = trimmed(input.mission());
            if (code != null) {
                mission = missions.apply(code).orElse(null);
                if (mission == null) {
                    errors.add("mission", "mission " + shown(code) + " is not a known mission");
                } else if (!mission.active() && (existing == null || !mission.equals(existing.mission()))) {
                    errors.add("mission", "mission " + code + " has closed");
                    mission = null;
                }
            }
        }

        boolean fromReadable = errors.readable("periodFrom");
        boolean toReadable = errors.readable("periodTo");
        if (fromReadable && toReadable && input.periodFrom() != null && input.periodTo() != null
                && input.periodTo().isBefore(input.periodFrom())) {
            errors.add("periodTo", "periodTo must not be before periodFrom");
        }
        if (eventCode == null && !input.malformed().containsKey("event") && fromReadable && toReadable
                && input.periodFrom() == null && input.periodTo() == null) {
            errors.add("event", "event is required when no period (periodFrom, periodTo) is given");
        }

        String notes = trimmed(input.notes());
        if (errors.readable("notes") && notes != null && notes.length() > CapabilityRequirement.NOTES_MAX) {
            errors.add("notes", "notes must be at most " + CapabilityRequirement.NOTES_MAX + " characters");
        }

        if (existing != null && errors.readable("version") && input.version() == null) {
            errors.add("version", "version is required: send the version you read");
        }

        errors.throwIfAny();
        return new RequirementValues(type, quantity, priority, event, mission, input.periodFrom(), input.periodTo(),
                notes, existing == null ? null : input.version());
    }

    private static Priority priority(String name) {
        try {
            return Priority.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A client's code as an answer repeats it: cut short, so that a refusal never echoes a megabyte. */
    private static String shown(String code) {
        return code.length() > 40 ? code.substring(0, 40) + "…" : code;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The field errors so far; a field that could not be read reports that, and nothing else. */
    private static final class Errors {

        private final Map<String, String> malformed;
        private final List<FieldError> list = new ArrayList<>();

        Errors(Map<String, String> malformed) {
            this.malformed = malformed;
        }

        /** True when the field's value could be read; otherwise records why not and answers false. */
        boolean readable(String field) {
            String message = malformed.get(field);
            if (message == null) {
                return true;
            }
            if (list.stream().noneMatch(error -> error.field().equals(field))) {
                list.add(new FieldError(field, message));
            }
            return false;
        }

        void add(String field, String message) {
            list.add(new FieldError(field, message));
        }

        void throwIfAny() {
            malformed.keySet().stream().sorted().forEach(this::readable);
            if (!list.isEmpty()) {
                throw new InvalidInputException(list.size() == 1
                        ? "The requirement was not saved: one field needs correcting."
                        : "The requirement was not saved: " + list.size() + " fields need correcting.", list);
            }
        }
    }
}
