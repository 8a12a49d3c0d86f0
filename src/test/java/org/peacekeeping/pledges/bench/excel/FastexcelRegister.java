package org.peacekeeping.pledges.bench.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.report.RegisterColumn;
import org.peacekeeping.pledges.report.ReportFiles;
import org.peacekeeping.pledges.report.ReportLayout;
import org.peacekeeping.pledges.report.WorkbookStyles.Kind;

/**
 * The peer the register export is measured against: the same rows, the same columns and typed values (read through
 * the same {@link RegisterColumn}s and layout as the server's register), written with fastexcel, free text as inline
 * strings, numbers and dates with their number formats, a bold header row frozen at the top, at fastexcel's default
 * compression. Test scope only; never shipped.
 */
final class FastexcelRegister {

    private final ReportLayout layout;
    private final List<RegisterColumn> columns;
    private final String[] formats;

    FastexcelRegister() {
        layout = new ReportFiles((Path) null).layout("workbook-styles", "labels", "register");
        columns = RegisterColumn.of(layout);
        formats = columns.stream().map(column -> switch (column.kind()) {
            case INTEGER -> layout.text("format.integer");
            case PERCENT -> layout.text("format.percent");
            case DATE -> layout.text("format.date");
            case TIMESTAMP -> layout.text("format.timestamp");
            default -> null;
        }).toArray(String[]::new);
    }

    /** A sink that takes rows one at a time into an open workbook; {@link Sink#finish()} completes the file. */
    Sink open(OutputStream out) {
        return new Sink(out);
    }

    final class Sink {

        private final Workbook workbook;
        private final Worksheet sheet;
        private int next = 1;

        private Sink(OutputStream out) {
            workbook = new Workbook(out, "PledgeTrackerBenchmark", "1.0");
            sheet = workbook.newWorksheet(layout.text("register.sheet"));
            for (int c = 0; c < columns.size(); c++) {
                sheet.inlineString(0, c, layout.text("column." + columns.get(c).code() + ".header"));
                sheet.width(c, Math.min(255, layout.integer("column." + columns.get(c).code() + ".width")));
            }
            sheet.range(0, 0, 0, columns.size() - 1).style().bold().wrapText(true).set();
            sheet.freezePane(0, 1);
        }

        void add(PledgeRow row) {
            int r = next++;
            for (int c = 0; c < columns.size(); c++) {
                RegisterColumn column = columns.get(c);
                Object value = column.value(row, layout);
                if (value == null) {
                    continue;
                }
                if (value instanceof String text) {
                    sheet.inlineString(r, c, text);
                } else if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value instanceof Boolean bool) {
                    sheet.value(r, c, bool);
                } else if (value instanceof LocalDate date) {
                    sheet.value(r, c, date);
                } else if (value instanceof LocalDateTime timestamp) {
                    sheet.value(r, c, timestamp);
                } else {
                    sheet.inlineString(r, c, value.toString());
                }
                if (formats[c] != null && column.kind() != Kind.TEXT) {
                    sheet.style(r, c).format(formats[c]).set();
                }
            }
            if (r % 1_000 == 0) {
                try {
                    sheet.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        int rows() {
            return next - 1;
        }

        void finish() throws IOException {
            sheet.setAutoFilter(0, 0, columns.size() - 1);
            sheet.finish();
            workbook.finish();
        }
    }
}
