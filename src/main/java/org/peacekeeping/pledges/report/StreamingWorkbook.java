package org.peacekeeping.pledges.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streamed workbook tuned for large registers: text inline (no shared-strings table growing in memory), rows kept in
 * plain temporary files written by {@link SheetXmlWriter} (compressing them would deflate every row twice, once into
 * the temporary file and once into the xlsx), and the xlsx itself deflated at {@link #ZIP_LEVEL}.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /**
     * Deflate level of the written file. Level 1 is about three times as fast as zip's default (6) on sheet XML and
     * makes the file about a quarter larger; a register is written once and downloaded once, so speed wins.
     */
    static final int ZIP_LEVEL = 1;

    /** Rows of a streamed sheet kept in memory before they go to its temporary file. */
    static final int WINDOW = 200;

    StreamingWorkbook() {
        this(null);
    }

    /** Streams new sheets after those already in {@code base} (written in memory, with their charts). */
    StreamingWorkbook(XSSFWorkbook base) {
        super(base, WINDOW, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetXmlWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(ZIP_LEVEL);
        return zip;
    }
}
