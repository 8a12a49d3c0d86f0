package org.peacekeeping.pledges.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByCategoryAndGroup;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * Category by regional group: four matrices (pledges, personnel, women, the women's share), categories down and
 * regional groups across. Notes where the overview's charts of pledges by category and personnel by group find their
 * data.
 */
final class CategoriesSheet extends SummarySheet {

    /** Regional groups as columns: the five groups, then states in none. */
    private static final List<RegionalGroup> GROUPS = new ArrayList<>();

    static {
        GROUPS.addAll(List.of(RegionalGroup.values()));
        GROUPS.add(null);
    }

    /** Where the charts find their data, noted while the sheet is written. */
    private SummaryCharts.Ranges byCategory;
    private SummaryCharts.Ranges byGroup;

    CategoriesSheet(XSSFSheet sheet, SummaryContext summary) {
        super(sheet, summary);
    }

    void write() {
        grid.widths(GROUPS.size() + 2);
        grid.put(0, 0, layout.text("categories.title"), styles.title());
        grid.put(1, 0, summary.scope(), styles.note());
        Map<Category, Map<RegionalGroup, Figures>> cells = new EnumMap<>(Category.class);
        for (ByCategoryAndGroup cell : figures.byGroup()) {
            cells.computeIfAbsent(cell.category(), c -> new HashMap<>()).merge(cell.group(), cell.figures(),
                    Figures::plus);
        }
        int r = 3;
        r = block(r, "categories.block.pledges", cells, Figures::pledges, Kind.INTEGER, true);
        r = block(r + 1, "categories.block.personnel", cells, Figures::personnel, Kind.INTEGER, false);
        sheet.setRowBreak(r);
        r = block(r + 1, "categories.block.women", cells, Figures::women, Kind.INTEGER, false);
        block(r + 1, "categories.block.womenShare", cells, null, Kind.PERCENT, false);
        sheet.createFreezePane(1, 0);
        Printing.landscapeFitToWidth(sheet);
    }

    /**
     * One matrix: categories down, regional groups across, totals on the right and at the bottom. With a null
     * {@code measure}, the women's share (women over personnel) of each cell.
     *
     * @return the row after the block
     */
    private int block(int r, String titleKey, Map<Category, Map<RegionalGroup, Figures>> cells,
                      ToLongFunction<Figures> measure, Kind kind, boolean first) {
        grid.put(r++, 0, layout.text(titleKey), styles.section());
        int headerRow = r;
        List<String> headers = new ArrayList<>();
        headers.add(layout.text("categories.header.category"));
        GROUPS.forEach(group -> headers.add(summary.groupLabel(group)));
        headers.add(layout.text("categories.total"));
        grid.header(r++, headers.toArray(String[]::new));
        int firstRow = r;
        Map<RegionalGroup, Figures> columnTotals = new HashMap<>();
        Figures grandTotal = Figures.NONE;
        for (Category category : Category.values()) {
            Map<RegionalGroup, Figures> row = cells.getOrDefault(category, new HashMap<>());
            grid.put(r, 0, layout.label("category", category), styles.of(Kind.TEXT));
            Figures rowTotal = Figures.NONE;
            for (int g = 0; g < GROUPS.size(); g++) {
                Figures cell = row.getOrDefault(GROUPS.get(g), Figures.NONE);
                grid.put(r, g + 1, value(cell, measure), styles.of(kind));
                rowTotal = rowTotal.plus(cell);
                columnTotals.merge(GROUPS.get(g), cell, Figures::plus);
            }
            grid.put(r, GROUPS.size() + 1, value(rowTotal, measure), styles.emphasis(kind));
            grandTotal = grandTotal.plus(rowTotal);
            r++;
        }
        grid.put(r, 0, layout.text("categories.total"), styles.total(Kind.TEXT));
        for (int g = 0; g < GROUPS.size(); g++) {
            grid.put(r, g + 1, value(columnTotals.getOrDefault(GROUPS.get(g), Figures.NONE), measure),
                    styles.total(kind));
        }
        grid.put(r, GROUPS.size() + 1, value(grandTotal, measure), styles.total(kind));
        if (first) {
            byCategory = new SummaryCharts.Ranges(sheet, new CellRangeAddress(firstRow, r - 1, 0, 0),
                    List.of(new CellRangeAddress(firstRow, r - 1, GROUPS.size() + 1, GROUPS.size() + 1)));
        } else if ("categories.block.personnel".equals(titleKey)) {
            byGroup = new SummaryCharts.Ranges(sheet, new CellRangeAddress(headerRow, headerRow, 1, GROUPS.size()),
                    List.of(new CellRangeAddress(r, r, 1, GROUPS.size())));
        }
        return r + 1;
    }

    private static Object value(Figures figures, ToLongFunction<Figures> measure) {
        return measure == null ? figures.womenShare() : (Object) measure.applyAsLong(figures);
    }

    /** The pledges of each category: the categories down the first matrix, and its totals on the right. */
    SummaryCharts.Ranges byCategory() {
        return byCategory;
    }

    /** The personnel of each regional group: the groups across the personnel matrix, and its totals at the bottom. */
    SummaryCharts.Ranges byGroup() {
        return byGroup;
    }
}
