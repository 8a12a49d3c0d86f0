package org.peacekeeping.pledges.report;

import java.util.function.Consumer;
import org.peacekeeping.pledges.pledge.PledgeRow;

/**
 * The register download: a workbook of one streamed register sheet, fed row by row (by a streamed query), whose rows
 * wait in a temporary file until the workbook is written. Public so that the benchmarks write registers with exactly
 * the code the download uses.
 */
public final class RegisterWorkbook {

    static final String[] LAYOUT = {"workbook-styles", "labels", "register"};

    private RegisterWorkbook() {
    }

    /**
     * A register of the rows {@code rows} hands to the sink it is given, laid out by {@code files}' register layout.
     * The caller writes the result out and closes it.
     */
    public static XlsxFile write(ReportFiles files, String filename, Consumer<Consumer<PledgeRow>> rows) {
        ReportLayout layout = files.layout(LAYOUT);
        StreamingWorkbook workbook = new StreamingWorkbook();
        XlsxFile file = new XlsxFile(workbook, filename);
        try {
            RegisterSheet sheet = new RegisterSheet(workbook.createSheet(layout.text("register.sheet")), layout,
                    new WorkbookStyles(workbook, layout), false);
            rows.accept(sheet::add);
            sheet.finish();
            return file;
        } catch (RuntimeException e) {
            try {
                file.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }
}
