package org.peacekeeping.pledges.report;

import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.report.SummaryFigures.EventInfo;

/**
 * What every sheet of the ministerial summary draws on: the layout (every text), the figures and the workbook's
 * styles, with the lines that say what the figures cover.
 */
record SummaryContext(ReportLayout layout, SummaryFigures figures, WorkbookStyles styles) {

    /** The note under a data sheet's title: which pledges (approved, or pending too) of which events. */
    String scope() {
        return layout.text(figures.selection().includePending() ? "scope.pending" : "scope.approved", "event",
                eventScope());
    }

    /** Which events the figures cover: all, or one with its preparatory meetings. */
    String eventScope() {
        return figures.selection().event() == null ? layout.text("scope.event.all")
                : layout.text("scope.event.one", "event", eventLine());
    }

    /** The event selected, as the overview names it: its code and those of its preparatory meetings. */
    String eventLine() {
        EventInfo event = figures.selection().event();
        if (event == null) {
            return layout.text("overview.event.all");
        }
        if (event.preparatory().isEmpty()) {
            return event.code();
        }
        return layout.text("overview.event.withPreparatory", "code", event.code(), "preparatory",
                String.join(", ", event.preparatory()));
    }

    /** A regional group's label; states in none have theirs. */
    String groupLabel(RegionalGroup group) {
        return group == null ? layout.text("regionalGroup.NONE") : layout.label("regionalGroup", group);
    }
}
