package org.peacekeeping.pledges.requirement;

import java.time.LocalDate;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * A requirement's content after every check: reference data resolved, notes stripped. {@code version} is the one
 * the reviewer read (null on creation).
 */
public record RequirementValues(CapabilityType capabilityType, int quantity, Priority priority, PledgingEvent event,
                                Mission mission, LocalDate periodFrom, LocalDate periodTo, String notes,
                                Long version) {
}
