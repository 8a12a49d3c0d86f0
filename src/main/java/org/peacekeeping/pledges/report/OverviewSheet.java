package org.peacekeeping.pledges.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.peacekeeping.pledges.report.SummaryFigures.ByEvent;
import org.peacekeeping.pledges.report.SummaryFigures.ByStatus;
import org.peacekeeping.pledges.report.SummaryFigures.EventInfo;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * The summary's first sheet: what was selected, when and by whom, the key figures, the figures by status and by
 * event, and a heading for the charts, which {@link SummaryCharts} draws under it on a page of their own.
 */
final class OverviewSheet extends SummarySheet {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    OverviewSheet(XSSFSheet sheet, SummaryContext summary) {
        super(sheet, summary);
    }

    /** @return the row under which the charts go */
    int write() {
        grid.widths(7);
        grid.put(0, 0, layout.text("overview.title"), styles.title());
        EventInfo event = figures.selection().event();
        grid.put(1, 0, event == null ? layout.text("overview.subtitle.all")
                : layout.text("overview.subtitle.event", "name", event.name(), "city", event.city(),
                "dates", dates(event.startDate(), event.endDate())), styles.subtitle());

        int r = 3;
        grid.pair(r++, layout.text("overview.generated"),
                figures.generatedAt().atOffset(ZoneOffset.UTC).toLocalDateTime(), Kind.TIMESTAMP);
        grid.pair(r++, layout.text("overview.generatedBy"), figures.generatedBy(), Kind.TEXT);
        grid.pair(r++, layout.text("overview.event"), summary.eventLine(), Kind.TEXT);
        grid.pair(r++, layout.text("overview.included"), layout.text(figures.selection().includePending()
                ? "overview.included.pending" : "overview.included.approved"), Kind.TEXT);
        if (figures.synthetic() > 0) {
            grid.pair(r++, layout.text("overview.data"), layout.text("overview.data.synthetic", "count",
                    figures.synthetic()), Kind.TEXT);
        }

        r++;
        grid.put(r++, 0, layout.text("overview.keyFigures"), styles.section());
        Figures total = figures.total();
        grid.pair(r++, layout.text("header.pledges"), total.pledges(), Kind.INTEGER);
        grid.pair(r++, layout.text("header.states"), figures.states(), Kind.INTEGER);
        grid.pair(r++, layout.text("header.units"), total.units(), Kind.INTEGER);
        grid.pair(r++, layout.text("header.personnel"), total.personnel(), Kind.INTEGER);
        grid.pair(r++, layout.text("header.women"), total.women(), Kind.INTEGER);
        grid.pair(r++, layout.text("header.womenShare"), total.womenShare(), Kind.PERCENT);

        r++;
        grid.put(r++, 0, layout.text("overview.byStatus"), styles.section());
        grid.header(r++, figuresHeaders("header.status"));
        for (ByStatus row : figures.byStatus()) {
            grid.figuresRow(r++, layout.label("status", row.status()), row.states(), row.figures(), false);
        }
        grid.figuresRow(r++, layout.text("overview.total"), figures.states(), total, true);

        r++;
        grid.put(r++, 0, layout.text("overview.byEvent"), styles.section());
        grid.header(r++, figuresHeaders("header.event"));
        for (ByEvent row : figures.byEvent()) {
            grid.figuresRow(r++, row.event() == null ? layout.text("overview.noEvent") : row.event(), row.states(),
                    row.figures(), false);
        }
        grid.figuresRow(r++, layout.text("overview.total"), figures.states(), total, true);

        r++;
        sheet.setRowBreak(r - 1);
        grid.put(r++, 0, layout.text("overview.charts"), styles.section());
        sheet.setColumnWidth(1, Math.max(layout.integer("width.number"), 18) * 256);
        Printing.landscapeFitToWidth(sheet);
        return r;
    }

    /** The headers over {@link SummaryGrid#figuresRow}: what the rows are, then the figures. */
    private String[] figuresHeaders(String firstKey) {
        return new String[] {layout.text(firstKey), layout.text("header.pledges"), layout.text("header.states"),
                layout.text("header.units"), layout.text("header.personnel"), layout.text("header.women"),
                layout.text("header.womenShare")};
    }

    /** An event's dates as an invitation gives them: "13–14 May 2025", "30 August – 1 September 2023". */
    static String dates(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DAY_MONTH_YEAR.format(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return DAY.format(start) + "\u2013" + DAY_MONTH_YEAR.format(end);
        }
        if (start.getYear() == end.getYear()) {
            return DAY_MONTH.format(start) + " \u2013 " + DAY_MONTH_YEAR.format(end);
        }
        return DAY_MONTH_YEAR.format(start) + " \u2013 " + DAY_MONTH_YEAR.format(end);
    }
}
