package org.peacekeeping.pledges.report;

import javax.xml.namespace.QName;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyles;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

/**
 * What Excel writes in every styles part and POI leaves out: the built-in cell style "Normal" (cellStyles, on the
 * default xf of cellStyleXfs that every cell format derives from), the second reserved fill as gray125 (POI writes
 * darkGray), empty dxfs and tableStyles. Without the named style, openpyxl warns "Workbook contains no default style"
 * and other readers guess. Also solid fills made in one step, with an opaque ARGB colour as the schema requires.
 */
public final class Stylesheet {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** The elements that follow cellStyles in a styles part, in the schema's order. */
    private static final String[] AFTER_CELL_STYLES = {"dxfs", "tableStyles", "colors", "extLst"};

    private Stylesheet() {
    }

    /**
     * Completes the workbook's styles part as Excel writes it; call it before the workbook is written. Idempotent, and
     * a part that already has its Normal style (a template saved by Excel or LibreOffice) keeps it.
     */
    public static void complete(XSSFWorkbook workbook) {
        StylesTable styles = workbook.getStylesSource();
        reservedFills(styles);
        CTXf base = styles.getCellStyleXfAt(0);
        if (base == null) {
            base = CTXf.Factory.newInstance();
            base.setNumFmtId(0);
            base.setFontId(0);
            base.setFillId(0);
            base.setBorderId(0);
            styles.putCellStyleXf(base);
        }
        for (int i = 0; i < styles.getNumCellStyles(); i++) {
            CTXf xf = styles.getCellXfAt(i);
            if (!xf.isSetXfId()) {
                xf.setXfId(0);
            }
        }
        CTStylesheet sheet = styles.getCTStylesheet();
        if (!hasNormalStyle(sheet)) {
            addNormalStyle(sheet);
        }
        if (!sheet.isSetDxfs()) {
            sheet.addNewDxfs().setCount(0);
        }
        if (!sheet.isSetTableStyles()) {
            CTTableStyles tables = sheet.addNewTableStyles();
            tables.setCount(0);
            tables.setDefaultTableStyle("TableStyleMedium2");
            tables.setDefaultPivotStyle("PivotStyleLight16");
        }
    }

    /** Fill 0 is no fill and fill 1 the gray125 pattern: both reserved, whatever the cells use. */
    private static void reservedFills(StylesTable styles) {
        STPatternType.Enum[] reserved = {STPatternType.NONE, STPatternType.GRAY_125};
        for (int i = 0; i < reserved.length; i++) {
            if (styles.getFills().size() == i) {
                CTFill fill = CTFill.Factory.newInstance();
                fill.addNewPatternFill().setPatternType(reserved[i]);
                styles.putFill(new XSSFCellFill(fill, styles.getIndexedColors()));
            } else {
                reserve(styles.getFillAt(i).getCTFill(), reserved[i]);
            }
        }
    }

    private static void reserve(CTFill fill, STPatternType.Enum pattern) {
        if (fill.isSetGradientFill()) {
            fill.unsetGradientFill();
        }
        (fill.isSetPatternFill() ? fill.getPatternFill() : fill.addNewPatternFill()).setPatternType(pattern);
    }

    /**
     * A solid fill of this colour on the style, registered once (POI's own setters leave a half-made fill behind for
     * each step).
     */
    public static void solidFill(XSSFCellStyle style, byte[] rgb, StylesTable styles) {
        CTFill fill = CTFill.Factory.newInstance();
        fill.addNewPatternFill().setPatternType(STPatternType.SOLID);
        fill.getPatternFill().addNewFgColor().setRgb(argb(rgb));
        fill.getPatternFill().addNewBgColor().setIndexed(64);
        int id = styles.putFill(new XSSFCellFill(fill, styles.getIndexedColors()));
        style.getCoreXf().setFillId(id);
        style.getCoreXf().setApplyFill(true);
    }

    /** An opaque colour in the four bytes (alpha first) the schema's ST_UnsignedIntHex asks for. */
    public static XSSFColor colour(byte[] rgb) {
        return new XSSFColor(argb(rgb), null);
    }

    private static byte[] argb(byte[] rgb) {
        if (rgb.length == 4) {
            return rgb.clone();
        }
        return new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]};
    }

    private static boolean hasNormalStyle(CTStylesheet sheet) {
        try (XmlCursor cursor = sheet.newCursor()) {
            if (!cursor.toChild(new QName(MAIN, "cellStyles"))) {
                return false;
            }
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                if ("0".equals(cursor.getAttributeText(new QName("builtinId")))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Adds {@code <cellStyle name="Normal" xfId="0" builtinId="0"/>}, written with a cursor: poi-ooxml-lite has no
     * class for cellStyles. An existing cellStyles element without it receives it first.
     */
    private static void addNormalStyle(CTStylesheet sheet) {
        try (XmlCursor cursor = sheet.newCursor()) {
            QName cellStyles = new QName(MAIN, "cellStyles");
            if (cursor.toChild(cellStyles)) {
                long count = 0;
                for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                    count++;
                }
                cursor.toParent();
                cursor.setAttributeText(new QName("count"), String.valueOf(count + 1));
                cursor.toFirstContentToken();
                insertNormal(cursor);
                return;
            }
            positionBeforeFollowers(cursor);
            cursor.beginElement(cellStyles);
            cursor.insertAttributeWithValue("count", "1");
            insertNormal(cursor);
        }
    }

    private static void insertNormal(XmlCursor cursor) {
        cursor.beginElement(new QName(MAIN, "cellStyle"));
        cursor.insertAttributeWithValue("name", "Normal");
        cursor.insertAttributeWithValue("xfId", "0");
        cursor.insertAttributeWithValue("builtinId", "0");
    }

    /** Puts the cursor where cellStyles belongs: before the first element that must follow it, else at the end. */
    private static void positionBeforeFollowers(XmlCursor cursor) {
        try (XmlCursor probe = cursor.newCursor()) {
            for (boolean more = probe.toFirstChild(); more; more = probe.toNextSibling()) {
                String name = probe.getName().getLocalPart();
                for (String follower : AFTER_CELL_STYLES) {
                    if (follower.equals(name)) {
                        cursor.toCursor(probe);
                        return;
                    }
                }
            }
        }
        cursor.toEndToken();
    }
}
