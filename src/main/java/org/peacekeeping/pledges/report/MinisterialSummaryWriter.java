package org.peacekeeping.pledges.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.RegionalGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByCategoryAndGroup;
import org.peacekeeping.pledges.report.SummaryFigures.ByEvent;
import org.peacekeeping.pledges.report.SummaryFigures.ByKind;
import org.peacekeeping.pledges.report.SummaryFigures.ByState;
import org.peacekeeping.pledges.report.SummaryFigures.ByStatus;
import org.peacekeeping.pledges.report.SummaryFigures.ByType;
import org.peacekeeping.pledges.report.SummaryFigures.EventInfo;
import org.peacekeeping.pledges.report.SummaryFigures.Figures;
import org.peacekeeping.pledges.report.SummaryFigures.Target;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;
import org.peacekeeping.pledges.requirement.GapReport;
import org.peacekeeping.pledges.requirement.Priority;
import org.peacekeeping.pledges.requirement.RequirementView;

/**
 * Writes the ministerial summary: the overview with its charts, category by regional group, member states, gender
 * parity, the gap analysis, and the register of every pledge in the selection. The small sheets are written in memory
 * (they hold a few hundred cells and the charts); the register is a streamed sheet whose rows go to a compressed
 * temporary file as they arrive. Every text comes from the layout; every figure is a typed value.
 */
final class MinisterialSummaryWriter {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    /** The height of a chart on the overview, in rows. */
    private static final int CHART_ROWS = 17;

    /** Regional groups as columns: the five groups, then states in none. */
    private static final List<RegionalGroup> GROUPS = new ArrayList<>();

    static {
        GROUPS.addAll(List.of(RegionalGroup.values()));
        GROUPS.add(null);
    }

    private final ReportLayout layout;
    private final SummaryFigures figures;
    private WorkbookStyles styles;
    private String scope;

    /** Where the charts find their data, noted while the data sheets are written. */
    private CellRangeAddress categoryLabels;
    private CellRangeAddress pledgesByCategory;
    private CellRangeAddress groupLabels;
    private CellRangeAddress personnelByGroup;
    private CellRangeAddress kindLabels;
    private CellRangeAddress womenShareByKind;
    private CellRangeAddress targetByKind;
    private XSSFSheet categorySheet;
    private XSSFSheet genderSheet;

    MinisterialSummaryWriter(ReportLayout layout, SummaryFigures figures) {
        this.layout = layout;
        this.figures = figures;
    }

    /**
     * Writes the workbook; {@code registerRows} is called once with a sink for the register's rows and feeds it every
     * pledge of the selection (from a streamed query). The caller sends the result and closes it.
     */
    XlsxFile write(Consumer<Consumer<PledgeRow>> registerRows, String filename) {
        XSSFWorkbook base = new XSSFWorkbook();
        styles = new WorkbookStyles(base, layout);
        scope = scopeLine();
        XSSFSheet overview = base.createSheet(layout.text("overview.sheet"));
        categorySheet = base.createSheet(layout.text("categories.sheet"));
        XSSFSheet states = base.createSheet(layout.text("states.sheet"));
        genderSheet = base.createSheet(layout.text("gender.sheet"));
        XSSFSheet gaps = base.createSheet(layout.text("gaps.sheet"));
        writeCategories(categorySheet);
        writeStates(states);
        writeGender(genderSheet);
        writeGaps(gaps);
        int chartsRow = writeOverview(overview);
        drawCharts(overview, chartsRow);

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

    // ------------------------------------------------------------------ overview

    private int writeOverview(Sheet sheet) {
        Grid grid = new Grid(sheet);
        widths(sheet, 7);
        grid.put(0, 0, layout.text("overview.title"), styles.title());
        EventInfo event = figures.selection().event();
        grid.put(1, 0, event == null ? layout.text("overview.subtitle.all")
                : layout.text("overview.subtitle.event", "name", event.name(), "city", event.city(),
                "dates", dates(event.startDate(), event.endDate())), styles.subtitle());

        int r = 3;
        grid.pair(r++, layout.text("overview.generated"),
                figures.generatedAt().atOffset(ZoneOffset.UTC).toLocalDateTime(), Kind.TIMESTAMP);
        grid.pair(r++, layout.text("overview.generatedBy"), figures.generatedBy(), Kind.TEXT);
        grid.pair(r++, layout.text("overview.event"), eventLine(), Kind.TEXT);
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
        grid.header(r++, layout.text("header.status"), layout.text("header.pledges"), layout.text("header.states"),
                layout.text("header.units"), layout.text("header.personnel"), layout.text("header.women"),
                layout.text("header.womenShare"));
        for (ByStatus row : figures.byStatus()) {
            grid.figuresRow(r++, layout.label("status", row.status()), row.states(), row.figures(), false);
        }
        grid.figuresRow(r++, layout.text("overview.total"), figures.states(), total, true);

        r++;
        grid.put(r++, 0, layout.text("overview.byEvent"), styles.section());
        grid.header(r++, layout.text("header.event"), layout.text("header.pledges"), layout.text("header.states"),
                layout.text("header.units"), layout.text("header.personnel"), layout.text("header.women"),
                layout.text("header.womenShare"));
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

    private String eventLine() {
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

    private String scopeLine() {
        EventInfo event = figures.selection().event();
        String eventText = event == null ? layout.text("scope.event.all")
                : layout.text("scope.event.one", "event", eventLine());
        return layout.text(figures.selection().includePending() ? "scope.pending" : "scope.approved", "event",
                eventText);
    }

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

    // ------------------------------------------------------------------ category x regional group

    private void writeCategories(XSSFSheet sheet) {
        Grid grid = new Grid(sheet);
        widths(sheet, GROUPS.size() + 2);
        grid.put(0, 0, layout.text("categories.title"), styles.title());
        grid.put(1, 0, scope, styles.note());
        Map<Category, Map<RegionalGroup, Figures>> cells = new EnumMap<>(Category.class);
        for (ByCategoryAndGroup cell : figures.byGroup()) {
            cells.computeIfAbsent(cell.category(), c -> new HashMap<>()).merge(cell.group(), cell.figures(),
                    Figures::plus);
        }
        int r = 3;
        r = categoryBlock(grid, r, "categories.block.pledges", cells, Figures::pledges, Kind.INTEGER, true);
        r = categoryBlock(grid, r + 1, "categories.block.personnel", cells, Figures::personnel, Kind.INTEGER, false);
        sheet.setRowBreak(r);
        r = categoryBlock(grid, r + 1, "categories.block.women", cells, Figures::women, Kind.INTEGER, false);
        categoryBlock(grid, r + 1, "categories.block.womenShare", cells, null, Kind.PERCENT, false);
        sheet.createFreezePane(1, 0);
        Printing.landscapeFitToWidth(sheet);
    }

    /**
     * One matrix: categories down, regional groups across, totals on the right and at the bottom. With a null
     * {@code measure}, the women's share (women over personnel) of each cell.
     *
     * @return the row after the block
     */
    private int categoryBlock(Grid grid, int r, String titleKey, Map<Category, Map<RegionalGroup, Figures>> cells,
                              ToLongFunction<Figures> measure, Kind kind, boolean first) {
        grid.put(r++, 0, layout.text(titleKey), styles.section());
        int headerRow = r;
        List<String> headers = new ArrayList<>();
        headers.add(layout.text("categories.header.category"));
        GROUPS.forEach(group -> headers.add(groupLabel(group)));
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
            categoryLabels = new CellRangeAddress(firstRow, r - 1, 0, 0);
            pledgesByCategory = new CellRangeAddress(firstRow, r - 1, GROUPS.size() + 1, GROUPS.size() + 1);
        } else if ("categories.block.personnel".equals(titleKey)) {
            groupLabels = new CellRangeAddress(headerRow, headerRow, 1, GROUPS.size());
            personnelByGroup = new CellRangeAddress(r, r, 1, GROUPS.size());
        }
        return r + 1;
    }

    private static Object value(Figures figures, ToLongFunction<Figures> measure) {
        return measure == null ? figures.womenShare() : (Object) measure.applyAsLong(figures);
    }

    private String groupLabel(RegionalGroup group) {
        return group == null ? layout.text("regionalGroup.NONE") : layout.label("regionalGroup", group);
    }

    // ------------------------------------------------------------------ member states

    private void writeStates(Sheet sheet) {
        Grid grid = new Grid(sheet);
        boolean pending = figures.selection().includePending();
        grid.put(0, 0, layout.text("states.title"), styles.title());
        grid.put(1, 0, scope, styles.note());
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
            grid.put(r, c++, groupLabel(state.group()), styles.of(Kind.TEXT));
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

    // ------------------------------------------------------------------ gender parity

    private void writeGender(XSSFSheet sheet) {
        Grid grid = new Grid(sheet);
        widths(sheet, 9);
        sheet.setColumnWidth(5, 24 * 256);
        sheet.setColumnWidth(6, 30 * 256);
        grid.put(0, 0, layout.text("gender.title"), styles.title());
        grid.put(1, 0, scope, styles.note());
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
        kindLabels = new CellRangeAddress(firstKind, lastCharted, 0, 0);
        womenShareByKind = new CellRangeAddress(firstKind, lastCharted, 4, 4);
        targetByKind = lastTargeted < firstKind ? null : new CellRangeAddress(firstKind, lastTargeted, 5, 5);
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

    // ------------------------------------------------------------------ gaps

    private void writeGaps(Sheet sheet) {
        Grid grid = new Grid(sheet);
        GapReport gaps = figures.gaps();
        ReadinessLevel[] levels = ReadinessLevel.values();
        int columns = 2 + 1 + levels.length + 4;
        widths(sheet, Math.max(columns, 10));
        sheet.setColumnWidth(0, 26 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        grid.put(0, 0, layout.text("gaps.title"), styles.title());
        EventInfo event = figures.selection().event();
        grid.put(1, 0, event == null ? layout.text("scope.event.all")
                : layout.text("scope.event.one", "event", eventLine()), styles.note());
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

    // ------------------------------------------------------------------ charts

    /** Three charts on one landscape page: two side by side, the third under the first. */
    private void drawCharts(XSSFSheet overview, int row) {
        XSSFDrawing drawing = overview.createDrawingPatriarch();
        XSSFChart byCategory = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, row, 3, row + CHART_ROWS));
        bar(byCategory, layout.text("chart.byCategory"), BarDirection.BAR, categorySheet, categoryLabels,
                List.of(new Series(layout.text("chart.series.pledges"), categorySheet, pledgesByCategory,
                        "colour.chart.1")), null);
        XSSFChart byGroup = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, row, 8, row + CHART_ROWS));
        bar(byGroup, layout.text("chart.byGroup"), BarDirection.COL, categorySheet, groupLabels,
                List.of(new Series(layout.text("chart.series.personnel"), categorySheet, personnelByGroup,
                        "colour.chart.1")), null);
        XSSFChart womenShare = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, row + CHART_ROWS + 1, 3,
                row + 2 * CHART_ROWS + 1));
        List<Series> shareAndTarget = new ArrayList<>();
        shareAndTarget.add(new Series(layout.text("chart.series.share"), genderSheet, womenShareByKind,
                "colour.chart.1"));
        if (targetByKind != null) {
            shareAndTarget.add(new Series(layout.text("chart.series.target"), genderSheet, targetByKind,
                    "colour.chart.2"));
        }
        bar(womenShare, layout.text("chart.womenShare"), BarDirection.BAR, genderSheet, kindLabels, shareAndTarget,
                "0%");
    }

    private record Series(String title, XSSFSheet sheet, CellRangeAddress values, String colourKey) {
    }

    /** A bar chart (horizontal: {@link BarDirection#BAR}) of one category range and one or more value ranges. */
    private void bar(XSSFChart chart, String title, BarDirection direction, XSSFSheet sheet,
                     CellRangeAddress categories, List<Series> series, String valueFormat) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(direction == BarDirection.BAR
                ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(direction == BarDirection.BAR
                ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (direction == BarDirection.BAR) {
            // First category at the top, as in the table; the value axis then belongs at the bottom (the maximum).
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        } else {
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        }
        if (valueFormat != null) {
            valueAxis.setNumberFormat(valueFormat);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(direction);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        for (Series one : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(one.sheet(),
                    one.values());
            XDDFChartData.Series plotted = data.addSeries(labels, values);
            plotted.setTitle(one.title(), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(layout.rgb(one.colourKey()))));
            plotted.setShapeProperties(shape);
        }
        chart.plot(data);
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        } else {
            chart.deleteLegend();
        }
    }

    // ------------------------------------------------------------------ plumbing

    private void widths(Sheet sheet, int columns) {
        sheet.setColumnWidth(0, layout.integer("width.label") * 256);
        for (int c = 1; c < columns; c++) {
            sheet.setColumnWidth(c, layout.integer("width.number") * 256);
        }
    }

    private static void closeQuietly(XlsxFile file, RuntimeException failure) {
        try {
            file.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /** Cells by row and column on one sheet, with the few shapes of row the summary uses. */
    private final class Grid {

        private final Sheet sheet;

        Grid(Sheet sheet) {
            this.sheet = sheet;
        }

        Cell put(int r, int c, Object value, CellStyle style) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell cell = row.createCell(c);
            Cells.set(cell, value, style);
            return cell;
        }

        /** A label in the first column and its value in the second. */
        void pair(int r, String label, Object value, Kind kind) {
            put(r, 0, label, styles.label());
            put(r, 1, value, styles.of(kind));
        }

        /** A header row: the first column's header left-aligned, the figures' right-aligned. */
        void header(int r, String... headers) {
            headerFrom(r, 0, 1, headers);
        }

        /** A header row whose first {@code textColumns} columns hold text and the rest figures. */
        void headerFrom(int r, int c, int textColumns, String... headers) {
            int lines = 1;
            for (int i = 0; i < headers.length; i++) {
                put(r, c + i, headers[i], i < textColumns ? styles.header() : styles.headerNumber());
                lines = Math.max(lines, lines(headers[i], sheet.getColumnWidth(c + i) / 256 - 1));
            }
            sheet.getRow(r).setHeightInPoints(lines * 13f + 4);
        }

        /** How many lines a header wraps onto in a column this many characters wide (breaking at spaces). */
        private int lines(String text, int width) {
            int lines = 1;
            int used = 0;
            for (String word : text.split(" ")) {
                int needed = used == 0 ? word.length() : used + 1 + word.length();
                if (needed > Math.max(width, 1) && used > 0) {
                    lines++;
                    used = word.length();
                } else {
                    used = needed;
                }
            }
            return lines;
        }

        /** A label, the number of states, then pledges, units, personnel, women and their share. */
        void figuresRow(int r, String label, long states, Figures figures, boolean total) {
            put(r, 0, label, total ? styles.total(Kind.TEXT) : styles.of(Kind.TEXT));
            put(r, 1, figures.pledges(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, 2, states, total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, 3, figures.units(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, 4, figures.personnel(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, 5, figures.women(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, 6, figures.womenShare(), total ? styles.total(Kind.PERCENT) : styles.of(Kind.PERCENT));
        }

        /** From column {@code c}: units, personnel, women and their share. */
        void unitsOn(int r, int c, Figures figures, boolean total) {
            put(r, c, figures.units(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, c + 1, figures.personnel(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, c + 2, figures.women(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, c + 3, figures.womenShare(), total ? styles.total(Kind.PERCENT) : styles.of(Kind.PERCENT));
        }

        /** From column {@code c}: pledges, personnel, women and their share. */
        void figures(int r, int c, Figures figures, boolean total) {
            put(r, c, figures.pledges(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, c + 1, figures.personnel(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, c + 2, figures.women(), total ? styles.total(Kind.INTEGER) : styles.of(Kind.INTEGER));
            put(r, c + 3, figures.womenShare(), total ? styles.total(Kind.PERCENT) : styles.of(Kind.PERCENT));
        }
    }
}
