package org.peacekeeping.pledges.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.peacekeeping.pledges.analysis.PledgeFigures;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.requirement.GapReport;
import org.peacekeeping.pledges.requirement.RequirementView;

/**
 * Everything the ministerial summary shows but its register rows: the figures of one selection (an event or all,
 * approved or also pending pledges) as the dashboard's {@link PledgeFigures} add them up, the gender targets and the
 * gap report. Plain data, so that the workbook can be written and tested without a database.
 */
record SummaryFigures(Selection selection, Instant generatedAt, String generatedBy, Totals totals,
                      List<ByStatus> byStatus, List<ByEvent> byEvent, List<ByCategoryAndGroup> byGroup,
                      List<ByState> byState, List<ByKind> byKind, List<ByType> byType,
                      Map<PersonnelKind, Target> targets, GapReport gaps, List<RequirementView> requirements) {

    /**
     * The summary of {@code figures}: its breakdowns as the sheets show them, the breakdown by status with the
     * counted statuses only (the workbook holds no other pledges).
     */
    static SummaryFigures of(Selection selection, Instant generatedAt, String generatedBy, PledgeFigures figures,
                             Map<PersonnelKind, Target> targets, GapReport gaps, List<RequirementView> requirements) {
        PledgeFigures.Sums totals = figures.totals();
        return new SummaryFigures(selection, generatedAt, generatedBy,
                new Totals(Figures.of(totals), totals.memberStates(), figures.synthetic()),
                figures.byStatus().stream().filter(row -> figures.counted().contains(row.key()))
                        .map(row -> new ByStatus(row.key(), Figures.of(row.sums()), row.sums().memberStates()))
                        .toList(),
                figures.byEvent().stream().map(row -> row.event() == null
                        ? new ByEvent(null, null, Figures.of(row.sums()), row.sums().memberStates())
                        : new ByEvent(row.event().code(), row.event().name(), Figures.of(row.sums()),
                                row.sums().memberStates())).toList(),
                figures.byCategoryAndGroup().stream().map(row -> new ByCategoryAndGroup(row.category(), row.group(),
                        Figures.of(row.sums()))).toList(),
                figures.byState().stream().map(row -> new ByState(row.state().code(), row.state().name(),
                        row.state().group(), Figures.of(row.sums()), row.approved())).toList(),
                figures.byPersonnelKind().entrySet().stream()
                        .map(e -> new ByKind(e.getKey(), Figures.of(e.getValue()))).toList(),
                figures.byCapabilityType().stream().map(row -> new ByType(row.key().code(), row.key().name(),
                        row.key().category(), row.key().kind(), Figures.of(row.sums()))).toList(),
                targets, gaps, requirements);
    }

    /** Which pledges: one event (with its preparatory meetings) or all ({@code event} null), and which statuses. */
    record Selection(EventInfo event, boolean includePending) {

        /** The statuses counted, in lifecycle order: those of the dashboard ({@link PledgeFigures#counted}). */
        List<PledgeStatus> statuses() {
            return List.copyOf(PledgeFigures.counted(includePending));
        }

        String eventCode() {
            return event == null ? null : event.code();
        }
    }

    /** The event a summary is for, and the preparatory meetings whose pledges count towards it. */
    record EventInfo(String code, String name, String city, LocalDate startDate, LocalDate endDate,
                     List<String> preparatory) {
    }

    /** Additive figures of a set of pledges. */
    record Figures(long pledges, long units, long personnel, long women) {

        static final Figures NONE = new Figures(0, 0, 0, 0);

        static Figures of(PledgeFigures.Sums sums) {
            return new Figures(sums.pledges(), sums.units(), sums.personnel(), sums.women());
        }

        Figures plus(Figures other) {
            return new Figures(pledges + other.pledges, units + other.units, personnel + other.personnel,
                    women + other.women);
        }

        /** Women as a share of personnel; null when there is no personnel. */
        Double womenShare() {
            return personnel == 0 ? null : (double) women / personnel;
        }
    }

    /** The selection as a whole: its figures, how many states made them, how many are synthetic demo data. */
    record Totals(Figures figures, long states, long synthetic) {
    }

    Figures total() {
        return totals.figures();
    }

    long states() {
        return totals.states();
    }

    long synthetic() {
        return totals.synthetic();
    }

    record ByStatus(PledgeStatus status, Figures figures, long states) {
    }

    /** {@code event} null: standing pledges, made at no event. */
    record ByEvent(String event, String name, Figures figures, long states) {
    }

    /** {@code group} null: states in no regional group (Kiribati; the United States only observes WEOG). */
    record ByCategoryAndGroup(Category category, RegionalGroup group, Figures figures) {
    }

    record ByState(String code, String name, RegionalGroup group, Figures figures, long approved) {
    }

    record ByKind(PersonnelKind kind, Figures figures) {
    }

    record ByType(String code, String name, Category category, PersonnelKind kind, Figures figures) {
    }

    /** A gender target: the share of women sought by a year. */
    record Target(int year, double share) {
    }
}
