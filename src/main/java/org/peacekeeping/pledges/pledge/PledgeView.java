package org.peacekeeping.pledges.pledge;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.reference.Category;

/**
 * A pledge as pages and the API show it (SPEC §6 field names), built inside the service's transaction. Also the
 * JSON the API writes.
 */
public record PledgeView(long id, String reference, String memberState, String event, Category category,
                         String capabilityType, String title, String description, int units, int personnel,
                         int women, ReadinessLevel readinessLevel, LocalDate availableFrom, Integer daysToDeploy,
                         Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                         List<String> preferredMissions, List<LineItem> lines, PledgeStatus status, long version,
                         Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                         Instant submittedAt, Instant approvedAt, LocalDate renewalDue, boolean synthetic)
        implements Serializable {

    /** Reads the pledge's own columns, its missions and lines only: the state, type and event stay unloaded. */
    public static PledgeView of(Pledge pledge) {
        Personnel personnel = pledge.personnel();
        return new PledgeView(pledge.id(), pledge.reference(), pledge.memberStateCode(), pledge.eventCode(),
                pledge.category(), pledge.capabilityTypeCode(), pledge.title(), pledge.description(), pledge.units(),
                personnel.total(), personnel.women(), pledge.readinessLevel(), pledge.availableFrom(),
                pledge.daysToDeploy(), pledge.durationMonths(), pledge.selfSustainment(), pledge.caveats(),
                List.copyOf(pledge.preferredMissions()), pledge.lineItems(), pledge.status(), pledge.version(),
                pledge.createdAt(), pledge.createdBy(), pledge.updatedAt(), pledge.updatedBy(),
                pledge.submittedAt(), pledge.approvedAt(), pledge.renewalDue(), pledge.synthetic());
    }
}
