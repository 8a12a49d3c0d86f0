package org.peacekeeping.pledges.report;

import java.util.List;
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
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The overview's three native charts, each reading its data from the ranges the category and gender sheets noted:
 * pledges by category, personnel by regional group, and the women's share by kind of personnel against the targets.
 */
final class SummaryCharts {

    /** The height of a chart on the overview, in rows. */
    static final int CHART_ROWS = 17;
    /** How many series colours the styles name ({@code colour.chart.1} on). */
    private static final int CHART_COLOURS = 3;

    private final ReportLayout layout;

    SummaryCharts(ReportLayout layout) {
        this.layout = layout;
    }

    /** Where a chart finds its data on a sheet: the labels of its categories and one range per series. */
    record Ranges(XSSFSheet sheet, CellRangeAddress labels, List<CellRangeAddress> series) {
    }

    /** Three charts on one landscape page from {@code row}: two side by side, the third under the first. */
    void draw(XSSFSheet overview, int row, CategoriesSheet categories, GenderSheet gender) {
        XSSFDrawing drawing = overview.createDrawingPatriarch();
        XSSFChart byCategory = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, row, 3, row + CHART_ROWS));
        bar(byCategory, "chart.byCategory", BarDirection.BAR, categories.byCategory(), List.of("chart.series.pledges"),
                null);
        XSSFChart byGroup = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, row, 8, row + CHART_ROWS));
        bar(byGroup, "chart.byGroup", BarDirection.COL, categories.byGroup(), List.of("chart.series.personnel"), null);
        XSSFChart womenShare = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, row + CHART_ROWS + 1, 3,
                row + 2 * CHART_ROWS + 1));
        bar(womenShare, "chart.womenShare", BarDirection.BAR, gender.womenShare(),
                List.of("chart.series.share", "chart.series.target"), "0%");
    }

    /**
     * The fulfilment sheet's chart from {@code row}: the funnel's steps as columns, one series per ministerial
     * (titled with its code), read from the side-by-side table.
     */
    void funnel(XSSFSheet sheet, int row, Ranges ranges, List<String> ministerials) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, row, 8, row + CHART_ROWS));
        plot(chart, "chart.fulfilment", BarDirection.COL, ranges, ministerials, null);
    }

    /**
     * A bar chart (horizontal: {@link BarDirection#BAR}) of the ranges' categories and series; the series take their
     * titles from {@code seriesKeys} in order and the colours {@code colour.chart.1}, {@code colour.chart.2}, ...
     */
    private void bar(XSSFChart chart, String titleKey, BarDirection direction, Ranges ranges, List<String> seriesKeys,
                     String valueFormat) {
        plot(chart, titleKey, direction, ranges, seriesKeys.stream().map(layout::text).toList(), valueFormat);
    }

    /** As {@link #bar}, with the series' titles as given rather than by their keys. */
    private void plot(XSSFChart chart, String titleKey, BarDirection direction, Ranges ranges, List<String> titles,
                      String valueFormat) {
        chart.setTitleText(layout.text(titleKey));
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
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(ranges.sheet(), ranges.labels());
        for (int i = 0; i < ranges.series().size(); i++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(ranges.sheet(),
                    ranges.series().get(i));
            XDDFChartData.Series plotted = data.addSeries(labels, values);
            plotted.setTitle(titles.get(i), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(layout.rgb("colour.chart."
                    + (i % CHART_COLOURS + 1)))));
            plotted.setShapeProperties(shape);
        }
        chart.plot(data);
        if (ranges.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        } else {
            chart.deleteLegend();
        }
    }
}
