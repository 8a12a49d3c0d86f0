package org.peacekeeping.pledges.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style a workbook uses, made once per workbook from the layout (a workbook holds at most 64,000 styles, and
 * a style per cell would also bloat the file). Values are typed: each kind of value has its style in three variants,
 * plain, on a total row, and on a pending pledge's register row.
 */
public final class WorkbookStyles {

    /** What a cell holds, and so how it is formatted. */
    public enum Kind {
        TEXT, INTEGER, PERCENT, POINTS, DATE, TIMESTAMP, BOOLEAN
    }

    private final Map<Kind, CellStyle> plain = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> total = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> pending = new EnumMap<>(Kind.class);
    private final Map<Kind, CellStyle> emphasis = new EnumMap<>(Kind.class);
    private final CellStyle title;
    private final CellStyle subtitle;
    private final CellStyle section;
    private final CellStyle header;
    private final CellStyle headerNumber;
    private final CellStyle label;
    private final CellStyle note;
    private final CellStyle wrapped;
    private final CellStyle centered;
    private final Workbook workbook;
    private final Map<CellStyle, CellStyle> indented = new HashMap<>();

    public WorkbookStyles(Workbook workbook, ReportLayout layout) {
        this.workbook = workbook;
        XSSFWorkbook xssf = workbook instanceof SXSSFWorkbook streamed ? streamed.getXSSFWorkbook()
                : (XSSFWorkbook) workbook;
        Stylesheet.complete(xssf);
        StylesTable stylesTable = xssf.getStylesSource();
        String fontName = layout.text("font.name");
        short size = (short) layout.integer("font.size");
        XSSFFont body = font(workbook, fontName, size, false, null);
        XSSFFont bold = font(workbook, fontName, size, true, null);
        XSSFFont headerFont = font(workbook, fontName, size, true, layout.rgb("colour.header.text"));
        Fill headerFill = new Fill(layout.rgb("colour.header.fill"), stylesTable);
        Fill totalFill = new Fill(layout.rgb("colour.total.fill"), stylesTable);
        Fill pendingFill = new Fill(layout.rgb("colour.pending.fill"), stylesTable);
        Fill labelFill = new Fill(layout.rgb("colour.label.fill"), stylesTable);

        for (Kind kind : Kind.values()) {
            String format = format(kind, layout);
            plain.put(kind, style(workbook, body, format, null, kind));
            XSSFCellStyle totalStyle = style(workbook, bold, format, totalFill, kind);
            totalStyle.setBorderTop(BorderStyle.THIN);
            total.put(kind, totalStyle);
            pending.put(kind, style(workbook, body, format, pendingFill, kind));
            emphasis.put(kind, style(workbook, bold, format, totalFill, kind));
        }
        title = style(workbook, font(workbook, fontName, (short) layout.integer("font.title.size"), true,
                layout.rgb("colour.title")), null, null, Kind.TEXT);
        subtitle = style(workbook, font(workbook, fontName, (short) layout.integer("font.subtitle.size"), false,
                layout.rgb("colour.title")), null, null, Kind.TEXT);
        section = style(workbook, font(workbook, fontName, (short) layout.integer("font.section.size"), true,
                layout.rgb("colour.section")), null, null, Kind.TEXT);
        XSSFCellStyle headerStyle = style(workbook, headerFont, null, headerFill, Kind.TEXT);
        headerStyle.setWrapText(true);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        header = headerStyle;
        XSSFCellStyle headerNumberStyle = style(workbook, headerFont, null, headerFill, Kind.TEXT);
        headerNumberStyle.setWrapText(true);
        headerNumberStyle.setVerticalAlignment(VerticalAlignment.CENTER);
        headerNumberStyle.setAlignment(HorizontalAlignment.RIGHT);
        headerNumber = headerNumberStyle;
        label = style(workbook, bold, null, labelFill, Kind.TEXT);
        XSSFCellStyle noteStyle = style(workbook, font(workbook, fontName, size, false, null), null, null, Kind.TEXT);
        noteStyle.getFont().setItalic(true);
        note = noteStyle;
        XSSFCellStyle wrappedStyle = style(workbook, body, null, null, Kind.TEXT);
        wrappedStyle.setWrapText(true);
        wrappedStyle.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wrappedStyle;
        XSSFCellStyle centeredStyle = style(workbook, body, null, null, Kind.TEXT);
        centeredStyle.setAlignment(HorizontalAlignment.CENTER);
        centered = centeredStyle;
    }

    private static String format(Kind kind, ReportLayout layout) {
        return switch (kind) {
            case INTEGER -> layout.text("format.integer");
            case PERCENT -> layout.text("format.percent");
            case POINTS -> layout.text("format.points");
            case DATE -> layout.text("format.date");
            case TIMESTAMP -> layout.text("format.timestamp");
            case TEXT, BOOLEAN -> null;
        };
    }

    private static XSSFFont font(Workbook workbook, String name, short points, boolean bold, byte[] rgb) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontName(name);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        if (rgb != null) {
            font.setColor(Stylesheet.colour(rgb));
        }
        return font;
    }

    /** A solid fill colour of the styles table the styles are made in. */
    private record Fill(byte[] rgb, StylesTable styles) {
    }

    private static XSSFCellStyle style(Workbook workbook, XSSFFont font, String format, Fill fill, Kind kind) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFont(font);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        if (fill != null) {
            Stylesheet.solidFill(style, fill.rgb(), fill.styles());
        }
        if (kind == Kind.BOOLEAN || kind == Kind.DATE || kind == Kind.TIMESTAMP) {
            style.setAlignment(HorizontalAlignment.LEFT);
        }
        return style;
    }

    /**
     * The same style with its text set in two steps from the left edge: for a text column right after a column of
     * right-aligned numbers, so the two do not run together.
     */
    public CellStyle indented(CellStyle style) {
        return indented.computeIfAbsent(style, base -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(base);
            copy.setIndention((short) 2);
            return copy;
        });
    }

    public CellStyle of(Kind kind) {
        return plain.get(kind);
    }

    public CellStyle total(Kind kind) {
        return total.get(kind);
    }

    public CellStyle pending(Kind kind) {
        return pending.get(kind);
    }

    /** A total column: bold on the total fill, without the rule a total row has above it. */
    public CellStyle emphasis(Kind kind) {
        return emphasis.get(kind);
    }

    /** Short text among figures (yes, no). */
    public CellStyle centered() {
        return centered;
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle subtitle() {
        return subtitle;
    }

    public CellStyle section() {
        return section;
    }

    public CellStyle header() {
        return header;
    }

    public CellStyle headerNumber() {
        return headerNumber;
    }

    public CellStyle label() {
        return label;
    }

    public CellStyle note() {
        return note;
    }

    public CellStyle wrapped() {
        return wrapped;
    }
}
