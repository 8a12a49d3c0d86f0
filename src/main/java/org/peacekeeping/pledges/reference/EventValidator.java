package org.peacekeeping.pledges.reference;

import static org.peacekeeping.pledges.reference.FieldErrors.trimmed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.peacekeeping.pledges.platform.InvalidInputException;

/**
 * Checks an event an administrator entered, every field at once; field names are the form's. Plain Java: other
 * events and member states come in through look-ups. Answers the input cleaned up (texts stripped, codes in upper
 * case, co-hosts without blanks) or throws an {@link InvalidInputException} whose messages are text keys.
 */
public final class EventValidator {

    private final Function<String, Optional<PledgingEvent>> events;
    private final Predicate<String> knownState;
    private final Function<String, List<String>> preparatoryMeetingsOf;

    /**
     * @param events                the event with a code, if any
     * @param knownState            whether an alpha-3 code is a member or observer state
     * @param preparatoryMeetingsOf codes of the preparatory meetings that lead to a ministerial
     */
    public EventValidator(Function<String, Optional<PledgingEvent>> events, Predicate<String> knownState,
                          Function<String, List<String>> preparatoryMeetingsOf) {
        this.events = Objects.requireNonNull(events, "events");
        this.knownState = Objects.requireNonNull(knownState, "knownState");
        this.preparatoryMeetingsOf = Objects.requireNonNull(preparatoryMeetingsOf, "preparatoryMeetingsOf");
    }

    /**
     * @param existing the event being changed, or {@code null} when creating one
     */
    public EventInput validate(EventInput input, PledgingEvent existing) {
        FieldErrors errors = new FieldErrors();
        String code = existing == null ? newCode(input.code(), errors) : existing.code();

        EventType type = input.type();
        if (type == null) {
            errors.add("type", "error.event.type.required");
        } else if (existing != null && existing.type() == EventType.MINISTERIAL && type == EventType.PREPARATORY
                && !preparatoryMeetingsOf.apply(existing.code()).isEmpty()) {
            errors.add("type", "error.event.type.hasPreparatory");
        }

        String nameEn = text(input.nameEn(), PledgingEvent.NAME_MAX, true, "nameEn", errors);
        String nameFr = text(input.nameFr(), PledgingEvent.NAME_MAX, true, "nameFr", errors);
        String city = text(input.city(), PledgingEvent.CITY_MAX, true, "city", errors);
        String themeEn = text(input.themeEn(), PledgingEvent.THEME_MAX, false, "themeEn", errors);
        String themeFr = text(input.themeFr(), PledgingEvent.THEME_MAX, false, "themeFr", errors);

        if (input.startDate() == null) {
            errors.add("startDate", "error.event.startDate.required");
        }
        if (input.endDate() == null) {
            errors.add("endDate", "error.event.endDate.required");
        } else if (input.startDate() != null && input.endDate().isBefore(input.startDate())) {
            errors.add("endDate", "error.event.endDate.beforeStart");
        }
        if (input.pledgingOpens() != null && input.pledgingCloses() != null
                && input.pledgingCloses().isBefore(input.pledgingOpens())) {
            errors.add("pledgingCloses", "error.event.pledgingCloses.beforeOpens");
        }

        String ministerial = upper(input.ministerial());
        if (type == EventType.PREPARATORY) {
            if (ministerial == null) {
                errors.add("ministerial", "error.event.ministerial.required");
            } else {
                Optional<PledgingEvent> found = events.apply(ministerial);
                if (found.isEmpty()) {
                    errors.add("ministerial", "error.event.ministerial.unknown");
                } else if (found.get().type() != EventType.MINISTERIAL || ministerial.equals(code)) {
                    errors.add("ministerial", "error.event.ministerial.notMinisterial");
                }
            }
        } else if (type == EventType.MINISTERIAL && ministerial != null) {
            errors.add("ministerial", "error.event.ministerial.forPreparatoryOnly");
        }

        String host = upper(input.host());
        if (host == null) {
            errors.add("host", "error.event.host.required");
        } else if (!knownState.test(host)) {
            errors.add("host", "error.event.host.unknown");
        }
        List<String> coHosts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : input.coHosts()) {
            String state = upper(raw);
            if (state == null) {
                continue;
            }
            if (!knownState.test(state)) {
                errors.add("coHosts", "error.event.coHosts.unknown");
            } else if (state.equals(host)) {
                errors.add("coHosts", "error.event.coHosts.host");
            } else if (seen.add(state)) {
                coHosts.add(state);
            }
        }

        if (existing != null && input.version() == null) {
            errors.add("version", "error.version.required");
        }
        errors.throwIfAny("event");
        return new EventInput(code, type, nameEn, nameFr, city, input.startDate(), input.endDate(), themeEn, themeFr,
                type == EventType.PREPARATORY ? ministerial : null, host, coHosts, input.pledgingOpens(),
                input.pledgingCloses(), input.version());
    }

    private String newCode(String raw, FieldErrors errors) {
        String code = upper(raw);
        if (code == null) {
            errors.add("code", "error.event.code.required");
        } else if (code.length() > PledgingEvent.CODE_MAX || !PledgingEvent.CODE.matcher(code).matches()) {
            errors.add("code", "error.event.code.pattern");
        } else if (events.apply(code).isPresent()) {
            errors.add("code", "error.event.code.taken");
        }
        return code;
    }

    private static String text(String raw, int max, boolean required, String field, FieldErrors errors) {
        String value = trimmed(raw);
        if (value == null && required) {
            errors.add(field, "error.required");
        } else if (value != null && value.length() > max) {
            errors.add(field, "error.tooLong." + max);
        }
        return value;
    }

    private static String upper(String raw) {
        String value = trimmed(raw);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
