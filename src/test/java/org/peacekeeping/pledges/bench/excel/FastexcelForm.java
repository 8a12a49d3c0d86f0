package org.peacekeeping.pledges.bench.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.peacekeeping.pledges.intake.BenchForms;

/**
 * The peer the form reading is measured against: fastexcel-reader streaming the same file's pledge sheet and keeping,
 * as the upload's reader does, every non-empty cell of every pledge row by column (its text, with shared strings
 * resolved). Test scope only.
 */
final class FastexcelForm {

    private FastexcelForm() {
    }

    /** How many cells the pledge rows hold, read with fastexcel-reader. */
    static long read(Path file) {
        long cells = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet sheet = workbook.findSheet(BenchForms.SHEET).orElseThrow(() -> new IllegalStateException(
                    "No sheet " + BenchForms.SHEET + " in " + file));
            try (Stream<Row> rows = sheet.openStream()) {
                Iterator<Row> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    if (row.getRowNum() < BenchForms.FIRST_DATA_ROW) {
                        continue;
                    }
                    Map<Integer, String> values = new HashMap<>();
                    for (Cell cell : row) {
                        if (cell != null && cell.getType() != CellType.EMPTY) {
                            values.put(cell.getColumnIndex(), cell.getText());
                        }
                    }
                    cells += values.size();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }
}
