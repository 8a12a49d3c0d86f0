package org.peacekeeping.pledges.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * A pledge as a register lists it: one flat row with the names of its state and capability type, read by a
 * projection query rather than as an entity, so that exports of any size stream through without a persistence
 * context. Detail lines are not part of it; partner states are, as the register names them ("Bangladesh (BGD): crews").
 */
public record PledgeRow(long id, String reference, String memberState, String memberStateName,
                        RegionalGroup regionalGroup, String event, Category category, String capabilityType,
                        String capabilityTypeName, String title, String description, int units, int personnel,
                        int women, ReadinessLevel readinessLevel, LocalDate availableFrom, Integer daysToDeploy,
                        Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                        List<String> preferredMissions, PledgeStatus status, Instant createdAt, Instant updatedAt,
                        Instant submittedAt, Instant approvedAt, LocalDate renewalDue, boolean synthetic,
                        List<String> partners, Deployment deployment) {

    public PledgeRow {
        preferredMissions = preferredMissions == null ? List.of() : List.copyOf(preferredMissions);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** A row of a pledge whose unit has not deployed. */
    public PledgeRow(long id, String reference, String memberState, String memberStateName,
                     RegionalGroup regionalGroup, String event, Category category, String capabilityType,
                     String capabilityTypeName, String title, String description, int units, int personnel,
                     int women, ReadinessLevel readinessLevel, LocalDate availableFrom, Integer daysToDeploy,
                     Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                     List<String> preferredMissions, PledgeStatus status, Instant createdAt, Instant updatedAt,
                     Instant submittedAt, Instant approvedAt, LocalDate renewalDue, boolean synthetic,
                     List<String> partners) {
        this(id, reference, memberState, memberStateName, regionalGroup, event, category, capabilityType,
                capabilityTypeName, title, description, units, personnel, women, readinessLevel, availableFrom,
                daysToDeploy, durationMonths, selfSustainment, caveats, preferredMissions, status, createdAt,
                updatedAt, submittedAt, approvedAt, renewalDue, synthetic, partners, null);
    }

    /** A row of a pledge of one state (no partners). */
    public PledgeRow(long id, String reference, String memberState, String memberStateName,
                     RegionalGroup regionalGroup, String event, Category category, String capabilityType,
                     String capabilityTypeName, String title, String description, int units, int personnel,
                     int women, ReadinessLevel readinessLevel, LocalDate availableFrom, Integer daysToDeploy,
                     Integer durationMonths, SelfSustainment selfSustainment, String caveats,
                     List<String> preferredMissions, PledgeStatus status, Instant createdAt, Instant updatedAt,
                     Instant submittedAt, Instant approvedAt, LocalDate renewalDue, boolean synthetic) {
        this(id, reference, memberState, memberStateName, regionalGroup, event, category, capabilityType,
                capabilityTypeName, title, description, units, personnel, women, readinessLevel, availableFrom,
                daysToDeploy, durationMonths, selfSustainment, caveats, preferredMissions, status, createdAt,
                updatedAt, submittedAt, approvedAt, renewalDue, synthetic, List.of());
    }

    /** The columns of the projection, in the order {@link #of(Object[], List, List)} reads them. */
    static final String SELECT = "SELECT p.id, p.reference, m.iso3, m.nameEn, m.regionalGroup, e.code, p.category, "
            + "t.code, t.nameEn, p.title, p.description, p.units, p.personnel, p.women, p.readinessLevel, "
            + "p.availableFrom, p.daysToDeploy, p.durationMonths, p.selfSustainment, p.caveats, p.status, "
            + "p.createdAt, p.updatedAt, p.submittedAt, p.approvedAt, p.renewalDue, p.synthetic, "
            + "p.deploymentMission, p.deployedOn, p.deployedPersonnel, p.deployedWomen, p.deployedBy, p.repatriatedOn, "
            + "p.repatriationComment";

    static PledgeRow of(Object[] row, List<String> missions, List<String> partners) {
        return new PledgeRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (RegionalGroup) row[4], (String) row[5], (Category) row[6], (String) row[7], (String) row[8],
                (String) row[9], (String) row[10], ((Number) row[11]).intValue(), ((Number) row[12]).intValue(),
                ((Number) row[13]).intValue(), (ReadinessLevel) row[14], (LocalDate) row[15], (Integer) row[16],
                (Integer) row[17], (SelfSustainment) row[18], (String) row[19], missions, (PledgeStatus) row[20],
                (Instant) row[21], (Instant) row[22], (Instant) row[23], (Instant) row[24], (LocalDate) row[25],
                Boolean.TRUE.equals(row[26]), partners, PledgeView.deployment(row, 27));
    }
}
