package org.peacekeeping.pledges.report;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of the ministerial summary, written in memory by its subclass: the sheet, what it draws on, and the grid
 * its cells go in.
 */
abstract class SummarySheet {

    protected final XSSFSheet sheet;
    protected final SummaryContext summary;
    protected final ReportLayout layout;
    protected final SummaryFigures figures;
    protected final WorkbookStyles styles;
    protected final SummaryGrid grid;

    SummarySheet(XSSFSheet sheet, SummaryContext summary) {
        this.sheet = sheet;
        this.summary = summary;
        this.layout = summary.layout();
        this.figures = summary.figures();
        this.styles = summary.styles();
        this.grid = new SummaryGrid(sheet, summary);
    }

    XSSFSheet sheet() {
        return sheet;
    }
}
