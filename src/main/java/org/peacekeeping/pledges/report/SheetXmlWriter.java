package org.peacekeeping.pledges.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streamed sheet's rows, made cheaper per cell; the XML it writes is what POI writes, with the same
 * inline strings and escaping. POI's own writer is the part of a large export that costs most: for every cell it
 * formats a {@link CellReference}, and it escapes text one code point at a time through a synchronised writer,
 * allocating an array per character. This one keeps each row's number as text, the column letters in a table, numbers
 * that are whole as integers, and writes UTF-8 straight into a byte buffer of the temporary file, unsynchronised.
 * Formulas and errors (which registers do not have) go through POI's own code.
 */
final class SheetXmlWriter extends SheetDataWriter {

    /** Column letters for the first columns; the rest are computed. */
    private static final String[] COLUMNS = new String[64];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    /** Longest whole number written without a decimal point: beyond it a double is no longer exact. */
    private static final double EXACT = 1L << 53;

    private String rowNumber = "1";

    SheetXmlWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        return new Utf8Writer(new FileOutputStream(fd));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        switch (cell.getCellType()) {
            case STRING -> {
                String text = cell.getStringCellValue();
                start(columnIndex, cell);
                _out.write(" t=\"inlineStr\"><is><t");
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                        || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    _out.write(" xml:space=\"preserve\"");
                }
                _out.write('>');
                outputEscapedString(text);
                _out.write("</t></is></c>");
            }
            case NUMERIC -> {
                start(columnIndex, cell);
                _out.write(" t=\"n\"><v>");
                double value = cell.getNumericCellValue();
                if (value == Math.rint(value) && Math.abs(value) < EXACT) {
                    _out.write(Long.toString((long) value));
                } else {
                    _out.write(Double.toString(value));
                }
                _out.write("</v></c>");
            }
            case BOOLEAN -> {
                start(columnIndex, cell);
                _out.write(cell.getBooleanCellValue() ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>");
            }
            case BLANK -> {
                start(columnIndex, cell);
                _out.write("></c>");
            }
            default -> super.writeCell(columnIndex, cell);
        }
    }

    /** {@code <c r="B12" s="3"}: the cell's reference and, unless it is the default, its style. */
    private void start(int columnIndex, Cell cell) throws IOException {
        _out.write("<c r=\"");
        _out.write(columnIndex < COLUMNS.length ? COLUMNS[columnIndex]
                : CellReference.convertNumToColString(columnIndex));
        _out.write(rowNumber);
        _out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write(" s=\"");
            _out.write(Integer.toString(style));
            _out.write('"');
        }
    }

    /** As POI escapes: markup characters as entities, control characters and non-characters as question marks. */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        int length = s.length();
        int plain = 0;
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
            if (entity != null) {
                _out.write(s, plain, i - plain);
                _out.write(entity);
                plain = i + 1;
            }
        }
        _out.write(s, plain, length - plain);
    }

    /**
     * A writer that encodes UTF-8 itself into a buffer and hands the bytes to the file in large blocks: no lock per
     * call and no encoder. Surrogate pairs become one four-byte sequence; a lone surrogate becomes a question mark,
     * as a UTF-8 encoder replaces it.
     */
    static final class Utf8Writer extends Writer {

        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int used;
        private char highSurrogate;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                char c = s.charAt(i);
                if (c < 0x80 && highSurrogate == 0) {
                    if (used == buffer.length) {
                        drain();
                    }
                    buffer[used++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                put(chars[i]);
            }
        }

        private void put(char c) throws IOException {
            if (used > buffer.length - 4) {
                drain();
            }
            if (highSurrogate != 0) {
                char high = highSurrogate;
                highSurrogate = 0;
                if (Character.isLowSurrogate(c)) {
                    int code = Character.toCodePoint(high, c);
                    buffer[used++] = (byte) (0xF0 | code >> 18);
                    buffer[used++] = (byte) (0x80 | code >> 12 & 0x3F);
                    buffer[used++] = (byte) (0x80 | code >> 6 & 0x3F);
                    buffer[used++] = (byte) (0x80 | code & 0x3F);
                    return;
                }
                buffer[used++] = '?';
            }
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                highSurrogate = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                if (highSurrogate != 0) {
                    highSurrogate = 0;
                    put('?');
                }
                drain();
            } finally {
                out.close();
            }
        }
    }
}
