package org.peacekeeping.pledges.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/** Print setup shared by every sheet: landscape A4, as wide as one page, as many pages long as it takes. */
final class Printing {

    private Printing() {
    }

    static void landscapeFitToWidth(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("&P / &N");
    }
}
