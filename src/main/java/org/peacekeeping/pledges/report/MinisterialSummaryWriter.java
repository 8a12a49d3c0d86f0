package org.peacekeeping.pledges.report;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peacekeeping.pledges.analysis.Fulfilment;
import org.peacekeeping.pledges.pledge.PledgeRow;

/**
 * Writes the ministerial summary: the overview with its charts, category by regional group, member states, gender
 * parity, the gap analysis, the fulfilment funnel of its ministerials, and the register of every pledge in the selection, each sheet by a class of its own. The
 * small sheets are written in memory (they hold a few hundred cells and the charts); the register is a streamed sheet
 * whose rows go to a compressed temporary file as they arrive. Every text comes from the layout; every figure is a
 * typed value.
 */
final class MinisterialSummaryWriter {

    private final ReportLayout layout;
    private final SummaryFigures figures;
    private final Fulfilment fulfilment;

    MinisterialSummaryWriter(ReportLayout layout, SummaryFigures figures) {
        this(layout, figures, new Fulfilment(List.of()));
    }

    /** With the fulfilment funnel of the ministerials the summary covers (SPEC §10), for its Fulfilment sheet. */
    MinisterialSummaryWriter(ReportLayout layout, SummaryFigures figures, Fulfilment fulfilment) {
        this.layout = layout;
        this.figures = figures;
        this.fulfilment = fulfilment;
    }

    /**
     * Writes the workbook; {@code registerRows} is called once with a sink for the register's rows and feeds it every
     * pledge of the selection (from a streamed query). The caller sends the result and closes it.
     */
    XlsxFile write(Consumer<Consumer<PledgeRow>> registerRows, String filename) {
        XSSFWorkbook base = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(base, layout);
        SummaryContext summary = new SummaryContext(layout, figures, styles);
        XSSFSheet overview = base.createSheet(layout.text("overview.sheet"));
        CategoriesSheet categories = new CategoriesSheet(base.createSheet(layout.text("categories.sheet")), summary);
        StatesSheet states = new StatesSheet(base.createSheet(layout.text("states.sheet")), summary);
        GenderSheet gender = new GenderSheet(base.createSheet(layout.text("gender.sheet")), summary);
        GapsSheet gaps = new GapsSheet(base.createSheet(layout.text("gaps.sheet")), summary);
        FulfilmentSheet funnel = new FulfilmentSheet(base.createSheet(layout.text("fulfilment.sheet")), summary,
                fulfilment);
        // The data sheets first: the charts on the overview read the ranges they note.
        categories.write();
        states.write();
        gender.write();
        gaps.write();
        funnel.write();
        int chartsRow = new OverviewSheet(overview, summary).write();
        new SummaryCharts(layout).draw(overview, chartsRow, categories, gender);

        SXSSFWorkbook workbook = new StreamingWorkbook(base);
        XlsxFile file = new XlsxFile(workbook, filename);
        try {
            RegisterSheet register = new RegisterSheet(workbook.createSheet(layout.text("register.sheet")), layout,
                    styles, figures.selection().includePending());
            registerRows.accept(register::add);
            register.finish();
            workbook.setActiveSheet(0);
            return file;
        } catch (RuntimeException e) {
            closeQuietly(file, e);
            throw e;
        }
    }

    private static void closeQuietly(XlsxFile file, RuntimeException failure) {
        try {
            file.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }
}
