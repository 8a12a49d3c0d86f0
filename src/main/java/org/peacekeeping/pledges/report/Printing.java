package org.peacekeeping.pledges.report;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Print setup shared by every sheet the application writes: landscape A4, as wide as one page, as many pages long as
 * it takes, narrow margins, the sheet's name at the top and the page number at the bottom of each page.
 */
public final class Printing {

    private Printing() {
    }

    public static void landscapeFitToWidth(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getHeader().setLeft("&A");
        sheet.getFooter().setCenter("&P / &N");
    }
}
