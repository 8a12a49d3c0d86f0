package org.peacekeeping.pledges.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.requirement.GapReport;

/**
 * The analysts' dashboard for one event ({@code event} null: all events), as {@link DashboardService} computes it
 * from the {@link PledgeFigures} that the ministerial summary shows too. The totals and the breakdowns by category,
 * regional group, kind of personnel and member state count the pledges whose status is in {@code counted}: approved
 * only, or approved and pending. The breakdown by status shows every status after DRAFT, so that the pipeline is
 * visible whatever is counted. The women's shares are measured against the targets of {@code targetYear} (null
 * when no target is set), chosen as {@link GenderTargets} says. The gap view counts approved pledges only (SPEC §2).
 */
public record Dashboard(String event, boolean includePending, Set<PledgeStatus> counted, Figures totals,
                        List<CategoryRow> byCategory, List<GroupRow> byRegionalGroup, List<StatusRow> byStatus,
                        Integer targetYear, List<GenderRow> womenByPersonnelKind, List<StateRow> leadingStates,
                        GapReport gaps) {

    /** What "approved only" counts. */
    public static final Set<PledgeStatus> APPROVED = PledgeFigures.APPROVED;

    /** What "approved and pending" counts: approved, and still on their way through review. */
    public static final Set<PledgeStatus> APPROVED_AND_PENDING = PledgeFigures.APPROVED_AND_PENDING;

    /** Every status a pledge can have once it left DRAFT: the rows of the breakdown by status. */
    public static final Set<PledgeStatus> AFTER_DRAFT = EnumSet.complementOf(EnumSet.of(PledgeStatus.DRAFT));

    public Dashboard {
        counted = Set.copyOf(counted);
        byCategory = List.copyOf(byCategory);
        byRegionalGroup = List.copyOf(byRegionalGroup);
        byStatus = List.copyOf(byStatus);
        womenByPersonnelKind = List.copyOf(womenByPersonnelKind);
        leadingStates = List.copyOf(leadingStates);
    }

    public static Set<PledgeStatus> counted(boolean includePending) {
        return PledgeFigures.counted(includePending);
    }

    /** True when nothing is counted: no pledge of the chosen event has a counted status. */
    public boolean nothingCounted() {
        return totals.pledges() == 0;
    }

    /** The figures of a set of pledges: how many, from how many member states, their personnel and women. */
    public record Figures(long pledges, long memberStates, long personnel, long women) {

        public static final Figures NONE = new Figures(0, 0, 0, 0);

        /** {@code women / personnel}, a fraction (0.153 for 15.3 %); null when there is no personnel. */
        public Double womenShare() {
            return Dashboard.share(women, personnel);
        }
    }

    /** One category. */
    public record CategoryRow(Category category, Figures figures) {
    }

    /** One regional group; {@code group} null for the states in none (Kiribati, the United States). */
    public record GroupRow(RegionalGroup group, Figures figures) {
    }

    /** One status, and whether pledges in it are counted in the totals. */
    public record StatusRow(PledgeStatus status, Figures figures, boolean counted) {
    }

    /**
     * The share of women for one kind of personnel against its target.
     *
     * @param targetPercent the target of the dashboard's {@code targetYear} in percent (15.00), or null when none
     *                      is set (as for personnel that is not deployed)
     */
    public record GenderRow(PersonnelKind kind, long personnel, long women, BigDecimal targetPercent) {

        /** {@code women / personnel}, a fraction; null when there is no personnel. */
        public Double share() {
            return Dashboard.share(women, personnel);
        }

        /** The target as a fraction (0.15), or null. */
        public Double target() {
            return targetPercent == null ? null : targetPercent.movePointLeft(2).doubleValue();
        }

        /** True when there is personnel and a target, and the share reaches it. */
        public boolean meetsTarget() {
            return targetPercent != null && personnel > 0
                    && BigDecimal.valueOf(women).movePointRight(2).compareTo(
                            targetPercent.multiply(BigDecimal.valueOf(personnel))) >= 0;
        }
    }

    /** One of the member states that pledged the most personnel. */
    public record StateRow(String memberState, RegionalGroup group, Figures figures) {
    }

    /** {@code part / whole} to four decimals, or null when the whole is 0. */
    static Double share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }
}
