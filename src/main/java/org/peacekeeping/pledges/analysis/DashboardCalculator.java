package org.peacekeeping.pledges.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.peacekeeping.pledges.analysis.Dashboard.Figures;
import org.peacekeeping.pledges.analysis.PledgeFigures.Sums;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.requirement.GapReport;

/**
 * The {@link Dashboard} as the page and {@code GET /api/dashboard} show it, read off the {@link PledgeFigures} (the
 * calculator the ministerial summary reads too): which rows each breakdown shows, and in which order.
 */
public final class DashboardCalculator {

    private DashboardCalculator() {
    }

    /**
     * The dashboard of {@code figures} against {@code targets}; the leading states are the {@code leading} with the
     * most personnel, ties by alpha-3 code.
     */
    public static Dashboard dashboard(String event, boolean includePending, PledgeFigures figures,
                                      GenderTargets targets, int leading, GapReport gaps) {
        Set<PledgeStatus> counted = figures.counted();
        return new Dashboard(event, includePending, counted, figures(figures.totals()),
                figures.byCategory().stream()
                        .map(row -> new Dashboard.CategoryRow(row.key(), figures(row.sums()))).toList(),
                figures.byRegionalGroup().stream()
                        .map(row -> new Dashboard.GroupRow(row.key(), figures(row.sums()))).toList(),
                figures.byStatus().stream().map(row -> new Dashboard.StatusRow(row.key(), figures(row.sums()),
                        counted.contains(row.key()))).toList(),
                targets.year(), womenByKind(figures, targets), leadingStates(figures, leading), gaps);
    }

    /**
     * Every kind of personnel that has a target, even with no personnel pledged (a missing kind is a finding), and
     * the others only when some was pledged.
     */
    private static List<Dashboard.GenderRow> womenByKind(PledgeFigures figures, GenderTargets targets) {
        var byKind = figures.byPersonnelKind();
        List<Dashboard.GenderRow> rows = new ArrayList<>();
        for (PersonnelKind kind : PersonnelKind.values()) {
            Sums sums = byKind.getOrDefault(kind, Sums.NONE);
            BigDecimal target = targets.percents().get(kind);
            if (target != null || sums.personnel() > 0) {
                rows.add(new Dashboard.GenderRow(kind, sums.personnel(), sums.women(), target));
            }
        }
        return rows;
    }

    private static List<Dashboard.StateRow> leadingStates(PledgeFigures figures, int limit) {
        return figures.byState().stream()
                .map(row -> new Dashboard.StateRow(row.state().code(), row.state().group(), figures(row.sums())))
                .sorted(Comparator.comparingLong((Dashboard.StateRow row) -> row.figures().personnel()).reversed()
                        .thenComparing(Dashboard.StateRow::memberState))
                .limit(limit)
                .toList();
    }

    private static Figures figures(Sums sums) {
        return new Figures(sums.pledges(), sums.memberStates(), sums.personnel(), sums.women());
    }
}
