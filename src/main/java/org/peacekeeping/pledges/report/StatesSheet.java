package org.peacekeeping.pledges.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.peacekeeping.pledges.report.SummaryFigures.ByState;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * One row per member state with its pledges (approved and pending apart when pending pledges are included), units,
 * personnel and women, and a total row; filterable, its header frozen and repeated on every printed page.
 */
final class StatesSheet extends SummarySheet {

    StatesSheet(XSSFSheet sheet, SummaryContext summary) {
        super(sheet, summary);
    }

    void write() {
        boolean pending = figures.selection().includePending();
        grid.put(0, 0, layout.text("states.title"), styles.title());
        grid.put(1, 0, summary.scope(), styles.note());
        List<String> headers = new ArrayList<>(List.of(layout.text("states.header.code"),
                layout.text("states.header.name"), layout.text("states.header.group"),
                layout.text("header.pledges")));
        if (pending) {
            headers.add(layout.text("states.header.approved"));
            headers.add(layout.text("states.header.pending"));
        }
        headers.addAll(List.of(layout.text("header.units"), layout.text("header.personnel"),
                layout.text("header.women"), layout.text("header.womenShare")));
        int headerRow = 3;
        grid.headerFrom(headerRow, 0, 3, headers.toArray(String[]::new));
        int r = headerRow + 1;
        for (ByState state : figures.byState()) {
            int c = 0;
            grid.put(r, c++, state.code(), styles.of(Kind.TEXT));
            grid.put(r, c++, state.name(), styles.of(Kind.TEXT));
            grid.put(r, c++, summary.groupLabel(state.group()), styles.of(Kind.TEXT));
            grid.put(r, c++, state.figures().pledges(), styles.of(Kind.INTEGER));
            if (pending) {
                grid.put(r, c++, state.approved(), styles.of(Kind.INTEGER));
                grid.put(r, c++, state.figures().pledges() - state.approved(), styles.of(Kind.INTEGER));
            }
            grid.unitsOn(r, c, state.figures(), false);
            r++;
        }
        int lastData = Math.max(r - 1, headerRow + 1);
        Figures total = figures.total();
        int c = 0;
        grid.put(r, c++, "", styles.total(Kind.TEXT));
        grid.put(r, c++, layout.text("states.total"), styles.total(Kind.TEXT));
        grid.put(r, c++, "", styles.total(Kind.TEXT));
        grid.put(r, c++, total.pledges(), styles.total(Kind.INTEGER));
        if (pending) {
            long approved = figures.byState().stream().mapToLong(ByState::approved).sum();
            grid.put(r, c++, approved, styles.total(Kind.INTEGER));
            grid.put(r, c++, total.pledges() - approved, styles.total(Kind.INTEGER));
        }
        grid.unitsOn(r, c, total, true);

        sheet.setColumnWidth(0, 10 * 256);
        // As wide as the longest name listed (the United Kingdom's has 52 characters), within reason.
        int longestName = figures.byState().stream().mapToInt(state -> state.name().length()).max().orElse(0);
        sheet.setColumnWidth(1, Math.min(Math.max(longestName + 2, 30), 56) * 256);
        sheet.setColumnWidth(2, 30 * 256);
        for (int i = 3; i < headers.size(); i++) {
            sheet.setColumnWidth(i, layout.integer("width.number") * 256);
        }
        sheet.createFreezePane(2, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastData, 0, headers.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        Printing.landscapeFitToWidth(sheet);
    }
}
