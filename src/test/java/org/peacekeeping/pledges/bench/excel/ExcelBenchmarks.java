package org.peacekeeping.pledges.bench.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.peacekeeping.pledges.intake.BenchForms;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.report.RegisterWorkbook;
import org.peacekeeping.pledges.report.ReportFiles;
import org.peacekeeping.pledges.report.XlsxFile;

/**
 * The Excel figures of issue 6, measured side by side in one run, one printed line per figure, each with its ratio
 * and target. Run against a started server whose database already holds the generated pledges:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:&lt;test class path&gt; \
 *     org.peacekeeping.pledges.bench.excel.ExcelBenchmarks \
 *     --base-url http://localhost:8181/ --jdbc-url jdbc:postgresql://127.0.0.1:5432/bench --db-user bench \
 *     --db-password bench --rows 100000
 * </pre>
 *
 * <p>Figures (choose with {@code --figures a,b}; default all but the last):
 * <ul>
 *   <li>{@code register-export}: {@code GET /api/reports/register} as an analyst (every pledge but drafts), timed
 *       over HTTP to the last byte, against fastexcel writing the same rows from the same SQL over JDBC in this
 *       process (inline strings, the same columns and number formats). Medians of {@code --runs} after
 *       {@code --warmups}. Heap growth: the same register code fed by the same streamed query in this process, the
 *       live heap (after a full collection every 10,000 rows and after writing) above the live heap before.</li>
 *   <li>{@code register-writer}: JMH, both writers alone on the same rows held in memory.</li>
 *   <li>{@code summary-export}: {@code GET /api/reports/ministerial-summary} against the register of the same pledges
 *       ({@code ?status=APPROVED}), both over HTTP.</li>
 *   <li>{@code form-parse}: JMH, a form of {@code --form-rows} rows read by the upload's POI streaming reader and by
 *       fastexcel-reader.</li>
 *   <li>{@code form-upload}: {@code POST /api/pledge-form} of that form as a focal point, to the answer listing every
 *       created draft; each run has fresh row keys, so every run creates all its rows. The drafts are deleted
 *       afterwards (over JDBC) unless {@code --keep-uploads}.</li>
 *   <li>{@code register-export-1m}: one register download of a database of 1,000,000 pledges from a server started
 *       with {@code -Xmx512m}; passes when the workbook is complete (its rows counted back).</li>
 * </ul>
 *
 * <p>Other options: {@code --analyst user:password} (default {@code analyst.1:peacekeeping}), {@code --focal-point
 * user:password} and {@code --focal-point-state} (default {@code fp.gha:peacekeeping} and {@code GHA}: accounts the
 * generator creates), {@code --form-rows} (10000), {@code --runs} (5), {@code --warmups} (2), {@code --jmh-forks}
 * (1; 0 runs JMH in this JVM, which is also what happens when JMH is not on {@code java.class.path}, as under
 * {@code exec:java}), {@code --keep-uploads}. Without {@code --base-url} only the in-process figures run; without
 * {@code --jdbc-url} they use made-up rows.
 */
public final class ExcelBenchmarks {

    private static final double MB = 1024 * 1024;
    private static final List<String> DEFAULT_FIGURES = List.of("register-export", "register-writer",
            "summary-export", "form-parse", "form-upload");
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Map<String, String> options;
    private final Http http;
    private final RegisterSource source;
    private final int runs;
    private final int warmups;
    private final List<String> lines = new ArrayList<>();
    /** The upload reader's parse time of the form, when {@code form-parse} ran first in this run (issue 14 item 5). */
    private Double parseSeconds;

    private ExcelBenchmarks(Map<String, String> options) {
        this.options = options;
        this.http = options.containsKey("base-url") ? new Http(options.get("base-url")) : null;
        this.source = options.containsKey("jdbc-url") ? new RegisterSource(options.get("jdbc-url"),
                options.get("db-user"), options.getOrDefault("db-password", "")) : null;
        this.runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        this.warmups = Integer.parseInt(options.getOrDefault("warmups", "2"));
    }

    public static void main(String[] args) throws Exception {
        ExcelBenchmarks benchmarks = new ExcelBenchmarks(parse(args));
        benchmarks.run();
    }

    /** Runs the chosen figures and returns their lines (also printed as each is measured). */
    public static List<String> run(String... args) throws Exception {
        ExcelBenchmarks benchmarks = new ExcelBenchmarks(parse(args));
        benchmarks.run();
        return benchmarks.lines;
    }

    private void run() throws Exception {
        Set<String> figures = new LinkedHashSet<>(options.containsKey("figures")
                ? Arrays.asList(options.get("figures").split(",")) : DEFAULT_FIGURES);
        for (String figure : figures) {
            switch (figure.strip()) {
                case "register-export" -> registerExport();
                case "register-writer" -> registerWriter();
                case "summary-export" -> summaryExport();
                case "form-parse" -> formParse();
                case "form-upload" -> formUpload();
                case "register-export-1m" -> registerExportMillion();
                default -> throw new IllegalArgumentException("Unknown figure " + figure + "; known are "
                        + DEFAULT_FIGURES + " and register-export-1m");
            }
        }
    }

    // ------------------------------------------------------------------ register

    private void registerExport() throws Exception {
        requireServerAndDatabase("register-export");
        String analyst = options.getOrDefault("analyst", "analyst.1:peacekeeping");
        long[] rows = new long[1];
        double poi = median(() -> {
            Http.Download download = http.get("api/reports/register", analyst, OutputStream.nullOutputStream());
            require(download.status() == 200, "GET api/reports/register answered " + download.status());
            return download.bytes();
        });
        FastexcelRegister fastexcel = new FastexcelRegister();
        double peer = median(() -> {
            CountingStream out = new CountingStream();
            FastexcelRegister.Sink sink = fastexcel.open(out);
            source.forEach(sink::add);
            sink.finish();
            rows[0] = sink.rows();
            return out.count();
        });
        long growth = registerHeapGrowth();
        double ratio = poi / peer;
        boolean pass = ratio <= 1.5 && growth <= 64 * MB;
        print(String.format(Locale.ROOT, "register-export rows=%d poi=%.2fs fastexcel=%.2fs ratio=%.2f "
                + "heap-growth=%dMB target<=1.5 heap-target<=64MB %s", rows[0], poi, peer, ratio,
                Math.round(growth / MB), pass ? "PASS" : "FAIL"));
    }

    /**
     * The live heap the register code holds while it writes the rows of a streamed query: a full collection before,
     * then after every 10,000 rows and once the workbook is written, the largest live heap above the first.
     */
    private long registerHeapGrowth() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {before};
        Runnable probe = () -> {
            memory.gc();
            peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
        };
        ReportFiles files = new ReportFiles((Path) null);
        long[] count = {0};
        try (XlsxFile file = RegisterWorkbook.write(files, "register.xlsx", sink -> {
            Consumer<PledgeRow> probing = row -> {
                sink.accept(row);
                if (++count[0] % 10_000 == 0) {
                    probe.run();
                }
            };
            try {
                source.forEach(probing);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        })) {
            probe.run();
            file.writeTo(new CountingStream());
            probe.run();
        }
        return peak[0] - before;
    }

    private void registerWriter() throws RunnerException {
        Map<String, Double> medians = jmh(RegisterWriterBenchmark.class, "-Xmx2g");
        double poi = medians.get("poi");
        double peer = medians.get("fastexcel");
        double ratio = poi / peer;
        print(String.format(Locale.ROOT, "register-writer rows=%s poi=%.2fs fastexcel=%.2fs ratio=%.2f "
                        + "(JMH, writers alone, rows in memory%s) target<=1.5 %s",
                source == null ? options.getOrDefault("rows", "100000") : "database", poi, peer, ratio,
                source == null ? ", made up" : "", ratio <= 1.5 ? "PASS" : "FAIL"));
    }

    private void summaryExport() throws Exception {
        requireServer("summary-export");
        String analyst = options.getOrDefault("analyst", "analyst.1:peacekeeping");
        double summary = median(() -> {
            Http.Download download = http.get("api/reports/ministerial-summary", analyst,
                    OutputStream.nullOutputStream());
            require(download.status() == 200, "GET api/reports/ministerial-summary answered " + download.status());
            return download.bytes();
        });
        double register = median(() -> {
            Http.Download download = http.get("api/reports/register?status=APPROVED&sort=reference", analyst,
                    OutputStream.nullOutputStream());
            require(download.status() == 200, "GET api/reports/register answered " + download.status());
            return download.bytes();
        });
        double ratio = summary / register;
        print(String.format(Locale.ROOT, "summary-export rows=%s summary=%.2fs register=%.2fs ratio=%.2f "
                        + "target<=1.3 %s", approvedCount(), summary, register, ratio,
                ratio <= 1.3 ? "PASS" : "FAIL"));
    }

    private String approvedCount() throws SQLException {
        if (source == null) {
            return "?";
        }
        try (Connection connection = source.connect(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM pledge WHERE status = 'APPROVED'")) {
            result.next();
            return Long.toString(result.getLong(1));
        }
    }

    private void registerExportMillion() throws Exception {
        requireServer("register-export-1m");
        String analyst = options.getOrDefault("analyst", "analyst.1:peacekeeping");
        Path file = Files.createTempFile("register-1m-", ".xlsx");
        try {
            long start = System.nanoTime();
            Http.Download download;
            try (OutputStream out = Files.newOutputStream(file)) {
                download = http.get("api/reports/register", analyst, out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows = -1;
            if (download.status() == 200) {
                try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                     var sheetRows = workbook.getFirstSheet().openStream()) {
                    rows = sheetRows.count() - 1;
                }
            }
            long expected = source == null ? rows : countNonDrafts();
            boolean pass = download.status() == 200 && rows == expected && rows >= 1_000_000;
            print(String.format(Locale.ROOT, "register-export-1m rows=%d expected=%d time=%.2fs size=%dMB "
                            + "status=%d target=complete with -Xmx512m %s", rows, expected, seconds,
                    Math.round(download.bytes() / MB), download.status(), pass ? "PASS" : "FAIL"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private long countNonDrafts() throws SQLException {
        try (Connection connection = source.connect(); Statement statement = connection.createStatement();
             var result = statement.executeQuery("SELECT COUNT(*) FROM pledge WHERE status <> 'DRAFT'")) {
            result.next();
            return result.getLong(1);
        }
    }

    // ------------------------------------------------------------------ pledge form

    private int formRows() {
        return Integer.parseInt(options.getOrDefault("form-rows", "10000"));
    }

    private void formParse() throws IOException, RunnerException {
        Path form = Files.createTempFile("pledge-form-", ".xlsx");
        try {
            Files.write(form, BenchForms.filled(options.getOrDefault("focal-point-state", "GHA"), formRows(),
                    "PARSE"));
            System.setProperty("bench.excel.form", form.toString());
            Map<String, Double> medians = jmh(FormParseBenchmark.class, "-Xmx1g", "-Dbench.excel.form=" + form);
            double poi = medians.get("poiEvent");
            double peer = medians.get("fastexcelReader");
            parseSeconds = poi;
            double ratio = poi / peer;
            print(String.format(Locale.ROOT, "form-parse rows=%d poi-event=%.3fs fastexcel-reader=%.3fs ratio=%.2f "
                    + "target<=2.0 %s", formRows(), poi, peer, ratio, ratio <= 2.0 ? "PASS" : "FAIL"));
        } finally {
            Files.deleteIfExists(form);
        }
    }

    private void formUpload() throws Exception {
        requireServer("form-upload");
        String focalPoint = options.getOrDefault("focal-point", "fp.gha:peacekeeping");
        String state = options.getOrDefault("focal-point-state", "GHA");
        String run = "XB" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        int rows = formRows();
        int[] round = {0};
        List<String> prefixes = new ArrayList<>();
        // Every form is made before anything is timed, and this JVM is collected and idle before each upload, so that
        // on two cores its own work does not slow the server down.
        List<byte[]> forms = new ArrayList<>();
        for (int i = 0; i < warmups + runs; i++) {
            prefixes.add(run + "R" + i);
            forms.add(BenchForms.filled(state, rows, run + "R" + i));
        }
        try {
            double time = median(() -> {
                byte[] form = forms.get(round[0]++);
                System.gc();
                Thread.sleep(2_000);
                long start = System.nanoTime();
                Http.Reply reply = http.post("api/pledge-form", focalPoint, XLSX, form);
                long took = System.nanoTime() - start;
                require(reply.status() == 200, "POST api/pledge-form answered " + reply.status() + ": "
                        + reply.body().substring(0, Math.min(reply.body().length(), 600)));
                long created = occurrences(reply.body(), "\"CREATED\"");
                require(created == rows, "the upload created " + created + " drafts, not " + rows);
                return took;
            }, true);
            print(String.format(Locale.ROOT, "form-upload rows=%d time=%.2fs target<3s %s", rows, time,
                    time < 3 ? "PASS" : "FAIL"));
            uploadBreakdown(focalPoint, state, rows, time, forms.get(forms.size() - 1), run + "REFUSED");
        } finally {
            if (source != null && !options.containsKey("keep-uploads")) {
                deleteUploads(state, prefixes);
            }
        }
    }

    /**
     * Where the upload's time goes, from the outside and in the same run: the same rows refused by one bad cell in
     * the last row (sent, gated, read and checked, nothing looked up or written), the last form uploaded again
     * (everything but the writes: every row found by its key, read and compared, all UNCHANGED), and the parse alone
     * (JMH, {@code form-parse}). The time as a ratio to the parse, since absolute seconds do not travel between
     * machines; no target.
     */
    private void uploadBreakdown(String focalPoint, String state, int rows, double upload, byte[] uploaded,
                                 String refusedPrefix) throws Exception {
        byte[] refusedForm = BenchForms.filledWithBadLastRow(state, rows, refusedPrefix);
        double refused = median(() -> {
            System.gc();
            Thread.sleep(2_000);
            long start = System.nanoTime();
            Http.Reply reply = http.post("api/pledge-form", focalPoint, XLSX, refusedForm);
            long took = System.nanoTime() - start;
            require(reply.status() == 400 || reply.status() == 422, "the form with a bad last row answered "
                    + reply.status() + ", not a refusal");
            return took;
        }, true);
        double unchanged = median(() -> {
            System.gc();
            Thread.sleep(2_000);
            long start = System.nanoTime();
            Http.Reply reply = http.post("api/pledge-form", focalPoint, XLSX, uploaded);
            long took = System.nanoTime() - start;
            require(reply.status() == 200, "uploading the same form again answered " + reply.status());
            long same = occurrences(reply.body(), "\"UNCHANGED\"");
            require(same == rows, "uploading the same form again left " + same + " rows unchanged, not " + rows);
            return took;
        }, true);
        String parse = parseSeconds == null ? "parse=(run form-parse too)"
                : String.format(Locale.ROOT, "parse=%.3fs ratio-to-parse=%.1f", parseSeconds, upload / parseSeconds);
        print(String.format(Locale.ROOT, "form-upload-breakdown rows=%d upload=%.2fs %s refused-after-checks=%.2fs "
                        + "unchanged-reupload=%.2fs so: send+read+check %.0f%%, key look-up+compare %.0f%%, "
                        + "writes %.0f%% (no target)", rows, upload, parse, refused, unchanged,
                100 * refused / upload, 100 * Math.max(0, unchanged - refused) / upload,
                100 * Math.max(0, upload - unchanged) / upload));
    }

    private static long occurrences(String text, String word) {
        long count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }

    /** The benchmark's drafts, their history and form keys go again, so that the data set stays as generated. */
    private void deleteUploads(String state, Collection<String> prefixes) throws SQLException {
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            for (String prefix : prefixes) {
                String rows = "SELECT pledge_id FROM pledge_form_row WHERE member_state = '" + state
                        + "' AND row_key LIKE '" + prefix + "-%'";
                statement.executeUpdate("DELETE FROM pledge_history WHERE pledge_id IN (" + rows + ")");
                statement.executeUpdate("DELETE FROM pledge WHERE id IN (" + rows + ")");
            }
        }
    }

    // ------------------------------------------------------------------ measuring

    /** The median in seconds of {@code runs} timed calls after {@code warmups} untimed ones. */
    private double median(Callable<Long> call) throws Exception {
        return median(call, false);
    }

    /** With {@code selfTimed}, the call returns its own duration in nanoseconds (to leave out its preparation). */
    private double median(Callable<Long> call, boolean selfTimed) throws Exception {
        for (int i = 0; i < warmups; i++) {
            call.call();
        }
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long result = call.call();
            seconds[i] = (selfTimed ? result : System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
    }

    /** Runs one JMH class; the median of each benchmark method's measured iterations, in seconds. */
    private Map<String, Double> jmh(Class<?> benchmark, String... jvmArgs) throws RunnerException {
        int forks = Integer.parseInt(options.getOrDefault("jmh-forks", "1"));
        if (!System.getProperty("java.class.path", "").contains("jmh-core")) {
            forks = 0;
        }
        List<String> args = new ArrayList<>(Arrays.asList(jvmArgs));
        if (source != null) {
            args.add("-Dbench.excel.jdbc-url=" + options.get("jdbc-url"));
            args.add("-Dbench.excel.jdbc-user=" + options.get("db-user"));
            args.add("-Dbench.excel.jdbc-password=" + options.getOrDefault("db-password", ""));
            System.setProperty("bench.excel.jdbc-url", options.get("jdbc-url"));
            System.setProperty("bench.excel.jdbc-user", options.get("db-user"));
            System.setProperty("bench.excel.jdbc-password", options.getOrDefault("db-password", ""));
        }
        args.add("-Dbench.excel.rows=" + options.getOrDefault("rows", "100000"));
        System.setProperty("bench.excel.rows", options.getOrDefault("rows", "100000"));
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include(Pattern.quote(benchmark.getName()) + "\\..*")
                .forks(forks)
                .warmupIterations(warmups)
                .measurementIterations(runs)
                .verbosity(VerboseMode.SILENT)
                .jvmArgsAppend(args.toArray(String[]::new));
        if (benchmark == FormParseBenchmark.class) {
            builder.warmupTime(TimeValue.seconds(2))
                    .measurementTime(TimeValue.seconds(3));
        }
        Map<String, Double> medians = new HashMap<>();
        for (RunResult result : new Runner(builder.build()).run()) {
            String method = result.getParams().getBenchmark();
            medians.put(method.substring(method.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getStatistics().getPercentile(50) / 1000);
        }
        return medians;
    }

    private void print(String line) {
        lines.add(line);
        System.out.println(line);
    }

    private void requireServer(String figure) {
        require(http != null, figure + " needs --base-url");
    }

    private void requireServerAndDatabase(String figure) {
        requireServer(figure);
        require(source != null, figure + " needs --jdbc-url (the peer reads the same rows over JDBC)");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, got " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("keep-uploads")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("The option " + args[i] + " needs a value");
            }
        }
        return options;
    }
}
