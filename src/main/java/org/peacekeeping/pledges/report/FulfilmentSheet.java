package org.peacekeeping.pledges.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.peacekeeping.pledges.analysis.Fulfilment;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * Fulfilment (SPEC §10): what became of each ministerial's pledges. First the ministerials side by side (pledges at
 * each step of the funnel, one column each) with a chart of that table, then each ministerial's funnel with units,
 * personnel and women, its median days from approval to deployment and what deployed, then its pledges at each step
 * by category and by regional group. The figures are those of {@code GET /api/fulfilment}.
 */
final class FulfilmentSheet extends SummarySheet {

    private final Fulfilment fulfilment;

    FulfilmentSheet(XSSFSheet sheet, SummaryContext summary, Fulfilment fulfilment) {
        super(sheet, summary);
        this.fulfilment = fulfilment;
    }

    void write() {
        List<Fulfilment.Ministerial> ministerials = fulfilment.ministerials();
        grid.widths(Math.max(8, ministerials.size() + 1));
        grid.put(0, 0, layout.text("fulfilment.title"), styles.title());
        grid.put(1, 0, layout.text("fulfilment.note"), styles.note());
        grid.put(2, 0, layout.text("fulfilment.note.steps"), styles.note());
        int r = 4;
        grid.put(r++, 0, layout.text("fulfilment.sideBySide"), styles.section());
        if (ministerials.isEmpty()) {
            grid.put(r, 0, layout.text("fulfilment.none"), styles.note());
            Printing.landscapeFitToWidth(sheet);
            return;
        }
        List<String> headers = new ArrayList<>(List.of(layout.text("fulfilment.header.step")));
        ministerials.forEach(ministerial -> headers.add(ministerial.event()));
        grid.header(r++, headers.toArray(String[]::new));
        int firstStep = r;
        for (int step = 0; step < Fulfilment.STEP_NAMES.size(); step++) {
            grid.put(r, 0, stepLabel(step), styles.of(Kind.TEXT));
            for (int m = 0; m < ministerials.size(); m++) {
                grid.put(r, m + 1, ministerials.get(m).total().steps().get(step).pledges(), styles.of(Kind.INTEGER));
            }
            r++;
        }
        List<CellRangeAddress> series = new ArrayList<>();
        for (int m = 0; m < ministerials.size(); m++) {
            series.add(new CellRangeAddress(firstStep, r - 1, m + 1, m + 1));
        }
        SummaryCharts.Ranges chartData = new SummaryCharts.Ranges(sheet,
                new CellRangeAddress(firstStep, r - 1, 0, 0), series);
        r++;
        new SummaryCharts(layout).funnel(sheet, r, chartData,
                ministerials.stream().map(Fulfilment.Ministerial::event).toList());
        r += SummaryCharts.CHART_ROWS + 1;

        for (Fulfilment.Ministerial ministerial : ministerials) {
            r = ministerial(r, ministerial) + 1;
        }
        Printing.landscapeFitToWidth(sheet);
    }

    /** One ministerial's funnel, facts and breakdowns from row {@code r}; answers the next free row. */
    private int ministerial(int r, Fulfilment.Ministerial ministerial) {
        grid.put(r++, 0, ministerial.event() + " — " + ministerial.name(), styles.section());
        grid.header(r++, layout.text("fulfilment.header.step"), layout.text("header.pledges"),
                layout.text("fulfilment.header.share"), layout.text("header.units"), layout.text("header.personnel"),
                layout.text("header.women"));
        List<Fulfilment.Step> steps = ministerial.total().steps();
        long announced = ministerial.total().announced().pledges();
        for (int step = 0; step < steps.size(); step++) {
            Fulfilment.Step figures = steps.get(step);
            grid.put(r, 0, stepLabel(step), styles.of(Kind.TEXT));
            grid.put(r, 1, figures.pledges(), styles.of(Kind.INTEGER));
            grid.put(r, 2, announced == 0 ? null : (double) figures.pledges() / announced, styles.of(Kind.PERCENT));
            grid.put(r, 3, figures.units(), styles.of(Kind.INTEGER));
            grid.put(r, 4, figures.personnel(), styles.of(Kind.INTEGER));
            grid.put(r++, 5, figures.women(), styles.of(Kind.INTEGER));
        }
        r++;
        grid.put(r, 0, layout.text("fulfilment.medianDays"), styles.label());
        if (ministerial.medianDaysToDeployment() == null) {
            grid.put(r++, 1, layout.text("fulfilment.noneDeployed"), styles.of(Kind.TEXT));
        } else {
            // Whole days in the workbook (a half day from an even count rounds up); the API gives the half.
            grid.put(r++, 1, Math.round(ministerial.medianDaysToDeployment()), styles.of(Kind.INTEGER));
        }
        grid.pair(r++, layout.text("fulfilment.deployedPersonnel"), ministerial.deployedPersonnel(), Kind.INTEGER);
        grid.pair(r++, layout.text("fulfilment.deployedWomen"), ministerial.deployedWomen(), Kind.INTEGER);
        r++;

        grid.put(r++, 0, layout.text("fulfilment.byCategory"), styles.section());
        r = stepsHeader(r, layout.text("fulfilment.header.category"));
        for (Fulfilment.ByCategory row : ministerial.byCategory()) {
            r = stepsRow(r, layout.label("category", row.category()), row.funnel());
        }
        r++;
        grid.put(r++, 0, layout.text("fulfilment.byGroup"), styles.section());
        r = stepsHeader(r, layout.text("fulfilment.header.group"));
        for (Fulfilment.ByRegionalGroup row : ministerial.byRegionalGroup()) {
            r = stepsRow(r, summary.groupLabel(row.regionalGroup()), row.funnel());
        }
        return r;
    }

    private int stepsHeader(int r, String first) {
        List<String> headers = new ArrayList<>(List.of(first));
        for (int step = 0; step < Fulfilment.STEP_NAMES.size(); step++) {
            headers.add(stepLabel(step));
        }
        grid.header(r, headers.toArray(String[]::new));
        return r + 1;
    }

    private int stepsRow(int r, String label, Fulfilment.Funnel funnel) {
        grid.put(r, 0, label, styles.of(Kind.TEXT));
        List<Fulfilment.Step> steps = funnel.steps();
        for (int step = 0; step < steps.size(); step++) {
            grid.put(r, step + 1, steps.get(step).pledges(), styles.of(Kind.INTEGER));
        }
        return r + 1;
    }

    private String stepLabel(int step) {
        return layout.text("fulfilment.step." + Fulfilment.STEP_NAMES.get(step));
    }
}
