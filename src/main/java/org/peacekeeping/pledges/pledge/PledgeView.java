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
                         Instant submittedAt, Instant approvedAt, LocalDate renewalDue, boolean synthetic,
                         List<Partner> partners, Deployment deployment, boolean publicationConsent)
        implements Serializable {

    public PledgeView {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** A pledge whose unit has not deployed and whose state has not consented to publication. */
    public PledgeView(long id, String reference, String memberState, String event, Category category,
                      String capabilityType, String title, String description, int units, int personnel, int women,
                      ReadinessLevel readinessLevel, LocalDate availableFrom, Integer daysToDeploy,
                      Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                      List<String> preferredMissions, List<LineItem> lines, PledgeStatus status, long version,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant submittedAt,
                      Instant approvedAt, LocalDate renewalDue, boolean synthetic, List<Partner> partners) {
        this(id, reference, memberState, event, category, capabilityType, title, description, units, personnel, women,
                readinessLevel, availableFrom, daysToDeploy, durationMonths, selfSustainment, caveats,
                preferredMissions, lines, status, version, createdAt, createdBy, updatedAt, updatedBy, submittedAt,
                approvedAt, renewalDue, synthetic, partners, null, false);
    }

    /** A pledge of one state (no partners). */
    public PledgeView(long id, String reference, String memberState, String event, Category category,
                      String capabilityType, String title, String description, int units, int personnel, int women,
                      ReadinessLevel readinessLevel, LocalDate availableFrom, Integer daysToDeploy,
                      Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                      List<String> preferredMissions, List<LineItem> lines, PledgeStatus status, long version,
                      Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant submittedAt,
                      Instant approvedAt, LocalDate renewalDue, boolean synthetic) {
        this(id, reference, memberState, event, category, capabilityType, title, description, units, personnel, women,
                readinessLevel, availableFrom, daysToDeploy, durationMonths, selfSustainment, caveats,
                preferredMissions, lines, status, version, createdAt, createdBy, updatedAt, updatedBy, submittedAt,
                approvedAt, renewalDue, synthetic, List.of(), null, false);
    }

    /**
     * The columns of a listed pledge as a projection of the pledge's own columns, in the order
     * {@link #of(Object[], List, List, List)} reads them: a page of views is read without building entities.
     */
    static final String SELECT = "SELECT p.id, p.reference, p.memberStateCode, p.eventCode, p.category, "
            + "p.capabilityTypeCode, p.title, p.description, p.units, p.personnel, p.women, p.readinessLevel, "
            + "p.availableFrom, p.daysToDeploy, p.durationMonths, p.selfSustainment, p.caveats, p.status, p.version, "
            + "p.createdAt, p.createdBy, p.updatedAt, p.updatedBy, p.submittedAt, p.approvedAt, p.renewalDue, "
            + "p.synthetic, p.deploymentMission, p.deployedOn, p.deployedPersonnel, p.deployedWomen, p.deployedBy, "
            + "p.repatriatedOn, p.repatriationComment, p.publicationConsent";

    /**
     * A view from a row of {@link #SELECT} and the pledge's missions, lines and partners (in their order; null for
     * none).
     */
    static PledgeView of(Object[] row, List<String> missions, List<LineItem> lines, List<Partner> partners) {
        return new PledgeView(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (Category) row[4], (String) row[5], (String) row[6], (String) row[7], ((Number) row[8]).intValue(),
                ((Number) row[9]).intValue(), ((Number) row[10]).intValue(), (ReadinessLevel) row[11],
                (LocalDate) row[12], (Integer) row[13], (Integer) row[14], (SelfSustainment) row[15],
                (String) row[16], missions == null ? List.of() : List.copyOf(missions),
                lines == null ? List.of() : List.copyOf(lines), (PledgeStatus) row[17], ((Number) row[18]).longValue(),
                (Instant) row[19], (String) row[20], (Instant) row[21], (String) row[22], (Instant) row[23],
                (Instant) row[24], (LocalDate) row[25], Boolean.TRUE.equals(row[26]), partners, deployment(row, 27),
                Boolean.TRUE.equals(row[34]));
    }

    /** The deployment from the seven columns from {@code at} on (mission first), or null where there is none. */
    static Deployment deployment(Object[] row, int at) {
        return row[at + 1] == null ? null : new Deployment((String) row[at], (LocalDate) row[at + 1],
                ((Number) row[at + 2]).intValue(), ((Number) row[at + 3]).intValue(), (String) row[at + 4],
                (LocalDate) row[at + 5], (String) row[at + 6]);
    }

    /** Whether this state is the pledge's lead state or one of its partners. */
    public boolean involves(String state) {
        return memberState.equals(state) || partners.stream().anyMatch(p -> p.memberState().equals(state));
    }

    /** Reads the pledge's own columns, missions, lines and partners only: the state, type and event stay unloaded. */
    public static PledgeView of(Pledge pledge) {
        Personnel personnel = pledge.personnel();
        return new PledgeView(pledge.id(), pledge.reference(), pledge.memberStateCode(), pledge.eventCode(),
                pledge.category(), pledge.capabilityTypeCode(), pledge.title(), pledge.description(), pledge.units(),
                personnel.total(), personnel.women(), pledge.readinessLevel(), pledge.availableFrom(),
                pledge.daysToDeploy(), pledge.durationMonths(), pledge.selfSustainment(), pledge.caveats(),
                List.copyOf(pledge.preferredMissions()), pledge.lineItems(), pledge.status(), pledge.version(),
                pledge.createdAt(), pledge.createdBy(), pledge.updatedAt(), pledge.updatedBy(),
                pledge.submittedAt(), pledge.approvedAt(), pledge.renewalDue(), pledge.synthetic(),
                pledge.partners(), pledge.deployment(), pledge.publicationConsent());
    }
}
