package org.peacekeeping.pledges.requirement;

import java.time.LocalDate;
import java.util.Map;

/**
 * A requirement as a reviewer sent it, before any check: codes as typed, and the fields that could not even be read
 * (a word where a number belongs, a date that is no date) with why. {@link RequirementValidator} turns it into
 * {@link RequirementValues} or into one {@code InvalidInputException} listing every wrong field.
 *
 * @param version   the version the reviewer read; required to change a requirement, ignored on creation
 * @param malformed field name to message, for the fields whose value had the wrong JSON type or format
 */
public record RequirementInput(String capabilityType, Integer quantity, String priority, String event,
                               String mission, LocalDate periodFrom, LocalDate periodTo, String notes, Long version,
                               Map<String, String> malformed) {

    public RequirementInput {
        malformed = malformed == null ? Map.of() : Map.copyOf(malformed);
    }

    /** Well-typed input, as Java callers (pages, tests) make it. */
    public RequirementInput(String capabilityType, Integer quantity, String priority, String event, String mission,
                            LocalDate periodFrom, LocalDate periodTo, String notes, Long version) {
        this(capabilityType, quantity, priority, event, mission, periodFrom, periodTo, notes, version, Map.of());
    }
}
