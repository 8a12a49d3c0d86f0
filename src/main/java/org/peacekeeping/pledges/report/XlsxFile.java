package org.peacekeeping.pledges.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook ready to be sent, and the file name to send it under. A streamed workbook keeps its rows in compressed
 * temporary files until it is written; {@link #close()} deletes them, whether or not it was written.
 */
public final class XlsxFile implements Closeable {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Workbook workbook;
    private final String filename;

    public XlsxFile(Workbook workbook, String filename) {
        this.workbook = workbook;
        this.filename = filename;
    }

    public String filename() {
        return filename;
    }

    public Workbook workbook() {
        return workbook;
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        try {
            if (workbook instanceof SXSSFWorkbook streamed) {
                streamed.dispose();
            }
        } finally {
            workbook.close();
        }
    }
}
