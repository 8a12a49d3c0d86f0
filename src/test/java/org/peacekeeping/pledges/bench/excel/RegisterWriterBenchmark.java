package org.peacekeeping.pledges.bench.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.report.RegisterWorkbook;
import org.peacekeeping.pledges.report.ReportFiles;
import org.peacekeeping.pledges.report.XlsxFile;

/**
 * The register's writers alone, on the same rows held in memory: the download's POI code ({@link RegisterWorkbook})
 * against fastexcel. The rows come from the database ({@code bench.excel.jdbc-url}, {@code -user}, {@code -password}:
 * the analyst's register) or, without one, are made up ({@code bench.excel.rows} of them). One operation writes the
 * whole workbook, so each is timed once (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegisterWriterBenchmark {

    private List<PledgeRow> rows;
    private ReportFiles files;
    private FastexcelRegister fastexcel;

    @Setup
    public void load() throws SQLException {
        String url = System.getProperty("bench.excel.jdbc-url", "");
        rows = url.isBlank() ? SyntheticRows.make(Integer.getInteger("bench.excel.rows", 100_000))
                : new RegisterSource(url, System.getProperty("bench.excel.jdbc-user"),
                System.getProperty("bench.excel.jdbc-password")).all();
        files = new ReportFiles((Path) null);
        fastexcel = new FastexcelRegister();
    }

    @Benchmark
    public long poi() throws IOException {
        CountingStream out = new CountingStream();
        try (XlsxFile file = RegisterWorkbook.write(files, "register.xlsx", sink -> rows.forEach(sink))) {
            file.writeTo(out);
        }
        return out.count();
    }

    @Benchmark
    public long fastexcel() throws IOException {
        CountingStream out = new CountingStream();
        FastexcelRegister.Sink sink = fastexcel.open(out);
        rows.forEach(sink::add);
        sink.finish();
        return out.count();
    }
}
