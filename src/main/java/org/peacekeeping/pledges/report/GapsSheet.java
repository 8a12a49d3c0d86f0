package org.peacekeeping.pledges.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;
import org.peacekeeping.pledges.requirement.GapReport;
import org.peacekeeping.pledges.requirement.Priority;
import org.peacekeeping.pledges.requirement.RequirementView;

/**
 * The gap analysis: the {@link GapReport} (per capability type, the units required, the approved units by readiness
 * level, the gap and the share covered) and a total row; then each requirement with the approved units that cover it,
 * most urgent first.
 */
final class GapsSheet extends SummarySheet {

    GapsSheet(XSSFSheet sheet, SummaryContext summary) {
        super(sheet, summary);
    }

    void write() {
        GapReport gaps = figures.gaps();
        ReadinessLevel[] levels = ReadinessLevel.values();
        int columns = 2 + 1 + levels.length + 4;
        grid.widths(Math.max(columns, 10));
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        grid.put(0, 0, layout.text("gaps.title"), styles.title());
        grid.put(1, 0, summary.eventScope(), styles.note());
        grid.put(2, 0, layout.text("gaps.scope"), styles.note());

        int headerRow = 4;
        List<String> headers = new ArrayList<>(List.of(layout.text("gaps.header.category"),
                layout.text("gaps.header.type"), layout.text("gaps.header.required")));
        for (ReadinessLevel level : levels) {
            headers.add(layout.text("gaps.header.level", "level", layout.label("readinessLevel", level)));
        }
        headers.addAll(List.of(layout.text("gaps.header.pledged"), layout.text("gaps.header.personnel"),
                layout.text("gaps.header.gap"), layout.text("gaps.header.covered")));
        grid.headerFrom(headerRow, 0, 2, headers.toArray(String[]::new));
        int r = headerRow + 1;
        long[] levelTotals = new long[levels.length];
        for (GapReport.Row row : gaps.rows()) {
            int c = 0;
            grid.put(r, c++, layout.label("category", row.category()), styles.of(Kind.TEXT));
            grid.put(r, c++, row.name(), styles.of(Kind.TEXT));
            grid.put(r, c++, row.required(), styles.of(Kind.INTEGER));
            for (int l = 0; l < levels.length; l++) {
                levelTotals[l] += row.pledgedAt(levels[l]);
                grid.put(r, c++, row.pledgedAt(levels[l]), styles.of(Kind.INTEGER));
            }
            grid.put(r, c++, row.pledgedTotal(), styles.of(Kind.INTEGER));
            grid.put(r, c++, row.pledgedPersonnel(), styles.of(Kind.INTEGER));
            grid.put(r, c++, row.gap(), styles.of(Kind.INTEGER));
            grid.put(r, c, row.coveredShare(), styles.of(Kind.PERCENT));
            r++;
        }
        int c = 0;
        grid.put(r, c++, layout.text("gaps.total"), styles.total(Kind.TEXT));
        grid.put(r, c++, "", styles.total(Kind.TEXT));
        grid.put(r, c++, gaps.totals().required(), styles.total(Kind.INTEGER));
        for (long levelTotal : levelTotals) {
            grid.put(r, c++, levelTotal, styles.total(Kind.INTEGER));
        }
        grid.put(r, c++, gaps.totals().pledgedTotal(), styles.total(Kind.INTEGER));
        grid.put(r, c++, gaps.totals().pledgedPersonnel(), styles.total(Kind.INTEGER));
        grid.put(r, c++, gaps.totals().gap(), styles.total(Kind.INTEGER));
        grid.put(r, c, "", styles.total(Kind.TEXT));
        r += 2;

        grid.put(r++, 0, layout.text("gaps.requirements"), styles.section());
        grid.put(r++, 0, layout.text("gaps.requirements.note"), styles.note());
        if (figures.requirements().isEmpty()) {
            grid.put(r, 0, layout.text("gaps.none"), styles.of(Kind.TEXT));
        } else {
            grid.headerFrom(r++, 0, 6, layout.text("gaps.header.priority"), layout.text("gaps.header.type"),
                    layout.text("gaps.header.event"), layout.text("gaps.header.mission"),
                    layout.text("gaps.header.periodFrom"), layout.text("gaps.header.periodTo"),
                    layout.text("gaps.header.required"), layout.text("gaps.header.coveredUnits"),
                    layout.text("gaps.header.uncovered"), layout.text("gaps.header.state"));
            Map<String, String> names = new HashMap<>();
            gaps.rows().forEach(row -> names.put(row.capabilityType(), row.name()));
            for (Coverage coverage : coverage(figures.requirements(), gaps)) {
                RequirementView requirement = coverage.requirement();
                int col = 0;
                grid.put(r, col++, layout.label("priority", requirement.priority()), styles.of(Kind.TEXT));
                grid.put(r, col++, names.getOrDefault(requirement.capabilityType(), requirement.capabilityType()),
                        styles.of(Kind.TEXT));
                grid.put(r, col++, requirement.event(), styles.of(Kind.TEXT));
                grid.put(r, col++, requirement.mission(), styles.of(Kind.TEXT));
                grid.put(r, col++, requirement.periodFrom(), styles.of(Kind.DATE));
                grid.put(r, col++, requirement.periodTo(), styles.of(Kind.DATE));
                grid.put(r, col++, requirement.quantity(), styles.of(Kind.INTEGER));
                grid.put(r, col++, coverage.covered(), styles.of(Kind.INTEGER));
                grid.put(r, col++, requirement.quantity() - coverage.covered(), styles.of(Kind.INTEGER));
                grid.put(r, col, layout.text(coverage.covered() >= requirement.quantity() ? "gaps.state.covered"
                        : coverage.covered() > 0 ? "gaps.state.partly" : "gaps.state.uncovered"),
                        styles.of(Kind.TEXT));
                r++;
            }
        }
        sheet.createFreezePane(2, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        Printing.landscapeFitToWidth(sheet);
    }

    /** A requirement and the approved units that cover it. */
    record Coverage(RequirementView requirement, long covered) {
    }

    /**
     * Shares each capability type's approved units out over its requirements, most urgent first (then earliest
     * start, then the order they were recorded in), so that one can see which critical requirements stay uncovered.
     */
    static List<Coverage> coverage(List<RequirementView> requirements, GapReport gaps) {
        Map<String, Long> available = new HashMap<>();
        gaps.rows().forEach(row -> available.put(row.capabilityType(), row.pledgedTotal()));
        List<RequirementView> ordered = requirements.stream()
                .sorted(Comparator.comparing(RequirementView::priority, Comparator.comparingInt(Priority::ordinal))
                        .thenComparing(RequirementView::periodFrom, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(RequirementView::id))
                .toList();
        List<Coverage> result = new ArrayList<>();
        for (RequirementView requirement : ordered) {
            long left = available.getOrDefault(requirement.capabilityType(), 0L);
            long covered = Math.min(left, requirement.quantity());
            available.put(requirement.capabilityType(), left - covered);
            result.add(new Coverage(requirement, covered));
        }
        return result;
    }
}
