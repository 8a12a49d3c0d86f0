package org.peacekeeping.pledges.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.report.SummaryFigures.ByType;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.SummaryFigures.Target;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * Gender parity: the women's share by kind of personnel against the targets (the difference, the women needed,
 * whether it is met), then by category and by capability type. Notes where the overview's chart of the women's share
 * and its targets finds its data.
 */
final class GenderSheet extends SummarySheet {

    /** Where the chart finds its data, noted while the sheet is written. */
    private SummaryCharts.Ranges womenShare;

    GenderSheet(XSSFSheet sheet, SummaryContext summary) {
        super(sheet, summary);
    }

    void write() {
        grid.widths(9);
        sheet.setColumnWidth(5, 24 * 256);
        sheet.setColumnWidth(6, 30 * 256);
        grid.put(0, 0, layout.text("gender.title"), styles.title());
        grid.put(1, 0, summary.scope(), styles.note());
        Map<PersonnelKind, Figures> byKind = new EnumMap<>(PersonnelKind.class);
        figures.byKind().forEach(row -> byKind.put(row.kind(), row.figures()));
        int targetYear = figures.targets().values().stream().mapToInt(Target::year).findFirst().orElse(0);

        int r = 3;
        grid.put(r++, 0, layout.text("gender.byKind"), styles.section());
        grid.header(r++, layout.text("gender.header.kind"), layout.text("header.pledges"),
                layout.text("header.personnel"), layout.text("header.women"), layout.text("header.womenShare"),
                targetYear == 0 ? layout.text("gender.header.target", "year", "") : layout.text(
                        "gender.header.target", "year", targetYear),
                layout.text("gender.header.difference"), layout.text("gender.header.needed"),
                layout.text("gender.header.met"));
        int firstKind = r;
        int lastTargeted = r - 1;
        Figures total = Figures.NONE;
        for (PersonnelKind kind : PersonnelKind.values()) {
            Figures row = byKind.getOrDefault(kind, Figures.NONE);
            total = total.plus(row);
            grid.put(r, 0, layout.label("personnelKind", kind), styles.of(Kind.TEXT));
            grid.put(r, 1, row.pledges(), styles.of(Kind.INTEGER));
            grid.put(r, 2, row.personnel(), styles.of(Kind.INTEGER));
            grid.put(r, 3, row.women(), styles.of(Kind.INTEGER));
            grid.put(r, 4, row.womenShare(), styles.of(Kind.PERCENT));
            Target target = figures.targets().get(kind);
            if (target == null) {
                grid.put(r, 5, layout.text("gender.noTarget"), styles.centered());
            } else {
                lastTargeted = r;
                grid.put(r, 5, target.share(), styles.of(Kind.PERCENT));
                Double share = row.womenShare();
                if (share != null) {
                    grid.put(r, 6, Math.round((share - target.share()) * 1000) / 10.0, styles.of(Kind.POINTS));
                    grid.put(r, 7, womenNeeded(row, target), styles.of(Kind.INTEGER));
                    grid.put(r, 8, layout.text(share >= target.share() ? "gender.met.yes" : "gender.met.no"),
                            styles.centered());
                }
            }
            r++;
        }
        grid.put(r, 0, layout.text("gender.total"), styles.total(Kind.TEXT));
        grid.figures(r, 1, total, true);
        for (int c = 5; c <= 8; c++) {
            grid.put(r, c, "", styles.total(Kind.TEXT));
        }
        int lastCharted = lastTargeted < firstKind ? r - 1 : lastTargeted;
        CellRangeAddress shares = new CellRangeAddress(firstKind, lastCharted, 4, 4);
        womenShare = new SummaryCharts.Ranges(sheet, new CellRangeAddress(firstKind, lastCharted, 0, 0),
                lastTargeted < firstKind ? List.of(shares)
                        : List.of(shares, new CellRangeAddress(firstKind, lastTargeted, 5, 5)));
        r += 2;

        grid.put(r++, 0, layout.text("gender.byCategory"), styles.section());
        grid.header(r++, layout.text("gender.header.category"), layout.text("header.pledges"),
                layout.text("header.personnel"), layout.text("header.women"), layout.text("header.womenShare"));
        Map<Category, Figures> byCategory = new EnumMap<>(Category.class);
        figures.byGroup().forEach(cell -> byCategory.merge(cell.category(), cell.figures(), Figures::plus));
        Figures categoryTotal = Figures.NONE;
        for (Category category : Category.values()) {
            Figures row = byCategory.getOrDefault(category, Figures.NONE);
            categoryTotal = categoryTotal.plus(row);
            grid.put(r, 0, layout.label("category", category), styles.of(Kind.TEXT));
            grid.figures(r++, 1, row, false);
        }
        grid.put(r, 0, layout.text("gender.total"), styles.total(Kind.TEXT));
        grid.figures(r, 1, categoryTotal, true);
        r += 2;

        grid.put(r++, 0, layout.text("gender.byType"), styles.section());
        List<String> typeHeaders = List.of(layout.text("gender.header.type"), layout.text("header.pledges"),
                layout.text("header.personnel"), layout.text("header.women"), layout.text("header.womenShare"),
                layout.text("gender.header.category"), layout.text("gender.header.kind"));
        for (int i = 0; i < typeHeaders.size(); i++) {
            grid.put(r, i, typeHeaders.get(i), i == 0 ? styles.header()
                    : i > 4 ? styles.indented(styles.header()) : styles.headerNumber());
        }
        r++;
        Figures typeTotal = Figures.NONE;
        for (ByType type : figures.byType()) {
            typeTotal = typeTotal.plus(type.figures());
            grid.put(r, 0, type.name(), styles.of(Kind.TEXT));
            grid.figures(r, 1, type.figures(), false);
            grid.put(r, 5, layout.label("category", type.category()), styles.indented(styles.of(Kind.TEXT)));
            grid.put(r++, 6, layout.label("personnelKind", type.kind()), styles.indented(styles.of(Kind.TEXT)));
        }
        grid.put(r, 0, layout.text("gender.total"), styles.total(Kind.TEXT));
        grid.figures(r, 1, typeTotal, true);
        grid.put(r, 5, "", styles.total(Kind.TEXT));
        grid.put(r, 6, "", styles.total(Kind.TEXT));
        Printing.landscapeFitToWidth(sheet);
    }

    /** Women to add (keeping the personnel) for the share to reach the target; 0 when it does. */
    static long womenNeeded(Figures figures, Target target) {
        long needed = (long) Math.ceil(target.share() * figures.personnel() - 1e-9) - figures.women();
        return Math.max(needed, 0);
    }

    /**
     * The women's share of each kind of personnel and, when any kind has one, their targets: the kinds down to the
     * last with a target (all of them when none has one).
     */
    SummaryCharts.Ranges womenShare() {
        return womenShare;
    }
}
