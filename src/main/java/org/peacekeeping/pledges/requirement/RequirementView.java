package org.peacekeeping.pledges.requirement;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.Mission;
import org.peacekeeping.pledges.reference.PledgingEvent;

/** A requirement as pages and the API show it: reference data as codes. Made inside the service's transaction. */
@JsonbPropertyOrder({"id", "capabilityType", "category", "quantity", "priority", "event", "mission", "periodFrom",
    "periodTo", "notes", "createdBy", "createdAt", "updatedAt", "version"})
public record RequirementView(long id, String capabilityType, Category category, int quantity, Priority priority,
                              String event, String mission, LocalDate periodFrom, LocalDate periodTo, String notes,
                              String createdBy, Instant createdAt, Instant updatedAt, long version)
        implements Serializable {

    static RequirementView of(CapabilityRequirement requirement) {
        PledgingEvent event = requirement.event();
        Mission mission = requirement.mission();
        return new RequirementView(requirement.id(), requirement.capabilityType().code(),
                requirement.capabilityType().category(), requirement.quantity(), requirement.priority(),
                event == null ? null : event.code(), mission == null ? null : mission.code(),
                requirement.periodFrom(), requirement.periodTo(), requirement.notes(), requirement.createdBy(),
                requirement.createdAt(), requirement.updatedAt(), requirement.version());
    }
}
