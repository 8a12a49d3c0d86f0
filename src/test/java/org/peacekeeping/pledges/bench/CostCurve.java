package org.peacekeeping.pledges.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How cost grows with the number of pledges (issue 14, item 4): the same figures at each size of one growing
 * database, the server restarted on it with the same heap before each size. Per size: the list API and the Faces
 * pages, p95 with one client; the dashboard and the gap view with a cold cache (each request the first for its key
 * after the figures' 10 s cache has expired; the first round, which also warms the JIT, is left out); the register
 * and the ministerial summary exported, as seconds per 1,000 rows; the server's live heap (after a full collection,
 * read with {@code jcmd}) after each group. At the end, one line per figure with the largest size's value against
 * the smallest's ({@code growth=}) and its target: lists and pages at most 1.5×, exports per row within 25 %.
 */
final class CostCurve {

    /** What the suite lends: its server, restarted on the same database with the same heap. */
    interface Server {
        void start() throws Exception;

        void stop();

        long pid();
    }

    private static final String PASSWORD = PledgeGenerator.DEFAULT_ACCOUNT_PASSWORD;
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final String baseUrl;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final Server server;
    private final Duration warmUp;
    private final Duration measured;
    private final int coldRounds;
    /** Figure name, then its value at each size in order. */
    private final Map<String, List<Double>> curve = new LinkedHashMap<>();
    /** Export name, then (rows, seconds) at each size. */
    private final Map<String, List<double[]>> exports = new LinkedHashMap<>();

    CostCurve(String baseUrl, String jdbcUrl, String dbUser, String dbPassword, Server server, Duration warmUp,
              Duration measured, int coldRounds) {
        this.baseUrl = baseUrl;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.server = server;
        this.warmUp = warmUp;
        this.measured = measured;
        this.coldRounds = coldRounds;
    }

    void run(int[] sizes) throws Exception {
        int[] ascending = Arrays.stream(sizes).sorted().toArray();
        for (int size : ascending) {
            server.stop();
            long existing = count("SELECT COUNT(*) FROM pledge");
            if (existing < size) {
                PledgeGenerator.Result result = PledgeGenerator.generate(jdbcUrl, dbUser, dbPassword,
                        (int) (size - existing), 20261203L + size);
                print("curve size=%d generated=%d seconds=%.1f", size, result.pledges(), result.seconds());
            }
            server.start();
            long pledges = count("SELECT COUNT(*) FROM pledge");
            print("curve size=%d pledges=%d load-average=%s", size, pledges, BenchmarkSuite.loadAverage());
            record(size, "heap-after-start-MB", liveHeapMegabytes());
            HttpLoad http = new HttpLoad(baseUrl);
            lists(size, http);
            record(size, "heap-after-lists-MB", liveHeapMegabytes());
            cold(size, http);
            record(size, "heap-after-cold-figures-MB", liveHeapMegabytes());
            exports(size, http);
            record(size, "heap-after-exports-MB", liveHeapMegabytes());
        }
        server.stop();
        summary(ascending);
    }

    private void lists(int size, HttpLoad http) throws Exception {
        String analyst = HttpLoad.basic("analyst.1", PASSWORD);
        http.get("api/me", analyst);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("api-pledges-analyst", BenchmarkSuite.ANALYST_LISTS);
        lists.put("api-pledges-focal-point", BenchmarkSuite.FOCAL_POINT_LISTS);
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            String who = list.getKey().endsWith("focal-point") ? HttpLoad.basic("fp.pak", PASSWORD) : analyst;
            HttpLoad.Stats stats = http.closedLoop(list.getKey(), 1, warmUp, measured, c -> list.getValue(),
                    c -> who);
            failIfFailed(stats);
            record(size, list.getKey() + "-p95-ms", stats.percentileMillis(95));
        }
        for (String[] page : BenchmarkSuite.PAGES) {
            HttpLoad.Stats stats = http.closedLoop(page[0], 1, warmUp, measured, c -> List.of(page[1]),
                    c -> HttpLoad.basic(page[2], PASSWORD));
            failIfFailed(stats);
            record(size, page[0] + "-p95-ms", stats.percentileMillis(95));
        }
    }

    /** Each round waits out the figures' cache, then asks each key once: every answer is computed afresh. */
    private void cold(int size, HttpLoad http) throws Exception {
        String analyst = HttpLoad.basic("analyst.1", PASSWORD);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("dashboard-all-cold-ms", "api/dashboard");
        figures.put("dashboard-berlin-cold-ms", "api/dashboard?event=BERLIN-2025");
        figures.put("gaps-all-cold-ms", "api/gaps");
        figures.put("gaps-berlin-cold-ms", "api/gaps?event=BERLIN-2025");
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        for (int round = 0; round <= coldRounds; round++) {
            TimeUnit.MILLISECONDS.sleep(11_000);
            for (Map.Entry<String, String> figure : figures.entrySet()) {
                long start = System.nanoTime();
                int status = http.get(figure.getValue(), analyst);
                double millis = (System.nanoTime() - start) / 1e6;
                if (status != 200) {
                    throw new IllegalStateException(figure.getValue() + " answered " + status);
                }
                if (round > 0) {
                    samples.computeIfAbsent(figure.getKey(), k -> new ArrayList<>()).add(millis);
                }
            }
        }
        for (Map.Entry<String, List<Double>> figure : samples.entrySet()) {
            List<Double> sorted = figure.getValue().stream().sorted().toList();
            record(size, figure.getKey(), sorted.get(sorted.size() / 2));
        }
    }

    private void exports(int size, HttpLoad http) throws Exception {
        String analyst = HttpLoad.basic("analyst.1", PASSWORD);
        // The first export after a restart also loads and compiles POI's code: a small one of each goes first, and
        // below 500,000 pledges the median of three is taken, so that a figure per row is the rows' cost.
        download(http, "api/reports/register?memberState=PAK", analyst);
        download(http, "api/reports/ministerial-summary?event=BERLIN-2025", analyst);
        int tries = size < 500_000 ? 3 : 1;
        long registerRows = count("SELECT COUNT(*) FROM pledge WHERE status <> 'DRAFT'");
        double register = median(http, "api/reports/register", analyst, tries);
        print("curve size=%d register rows=%d seconds=%.2f", size, registerRows, register);
        record(size, "register-s-per-1000-rows", register / registerRows * 1000);
        exports.computeIfAbsent("register", k -> new ArrayList<>()).add(new double[] {registerRows, register});
        long summaryRows = count("SELECT COUNT(*) FROM pledge WHERE status IN ('APPROVED', 'DEPLOYED', 'REPATRIATED')");
        double summary = median(http, "api/reports/ministerial-summary", analyst, tries);
        print("curve size=%d summary rows=%d seconds=%.2f", size, summaryRows, summary);
        record(size, "summary-s-per-1000-rows", summary / summaryRows * 1000);
        exports.computeIfAbsent("summary", k -> new ArrayList<>()).add(new double[] {summaryRows, summary});
    }

    private static double median(HttpLoad http, String path, String authorization, int tries) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            seconds.add(download(http, path, authorization));
        }
        return seconds.stream().sorted().toList().get(tries / 2);
    }

    /** Seconds to receive the whole workbook. */
    private static double download(HttpLoad http, String path, String authorization) throws Exception {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.client().send(HttpRequest.newBuilder(http.uri(path))
                .header("Authorization", authorization).timeout(Duration.ofMinutes(15)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void summary(int[] sizes) {
        StringBuilder header = new StringBuilder("curve figure");
        for (int size : sizes) {
            header.append(" | ").append(size);
        }
        print("%s", header);
        for (Map.Entry<String, List<Double>> figure : curve.entrySet()) {
            List<Double> values = figure.getValue();
            StringBuilder line = new StringBuilder("curve " + figure.getKey());
            for (double value : values) {
                line.append(String.format(Locale.ROOT, " | %.2f", value));
            }
            String name = figure.getKey();
            if (values.size() == sizes.length && sizes.length > 1 && !name.startsWith("heap")) {
                double first = values.get(0);
                double last = values.get(values.size() - 1);
                if (name.contains("per-1000-rows")) {
                    double least = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
                    double most = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
                    double spread = most / least - 1;
                    line.append(String.format(Locale.ROOT, " spread=%.0f%% target<=25%% ratio=%.2f", spread * 100,
                            spread / 0.25));
                } else {
                    double growth = last / first;
                    line.append(String.format(Locale.ROOT, " growth=%.2f target<=1.5 ratio=%.2f", growth,
                            growth / 1.5));
                }
            }
            print("%s", line);
        }
        // An export's time as a straight line through its sizes (least squares): what each request costs whatever
        // its size, the cost per 1,000 rows above that, and how far the farthest size lies from the line.
        for (Map.Entry<String, List<double[]>> export : exports.entrySet()) {
            List<double[]> points = export.getValue();
            if (points.size() < 2) {
                continue;
            }
            double n = points.size();
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (double[] p : points) {
                sx += p[0];
                sy += p[1];
                sxx += p[0] * p[0];
                sxy += p[0] * p[1];
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double fixed = (sy - slope * sx) / n;
            double farthest = 0;
            for (double[] p : points) {
                farthest = Math.max(farthest, Math.abs(p[1] - (fixed + slope * p[0])) / p[1]);
            }
            print("curve %s-linear-fit fixed=%.2fs per-1000-rows=%.3fs farthest-from-line=%.0f%%", export.getKey(),
                    fixed, slope * 1000, farthest * 100);
        }
    }

    private void record(int size, String figure, double value) {
        curve.computeIfAbsent(figure, k -> new ArrayList<>()).add(value);
        print("curve size=%d %s=%.2f", size, figure, value);
    }

    private static void failIfFailed(HttpLoad.Stats stats) {
        if (stats.failures() > 0) {
            throw new IllegalStateException(stats.name() + ": " + stats.failures() + " answers were not 200");
        }
    }

    /** The server's live heap: a full collection, then the heap's use, both through {@code jcmd}. */
    private long liveHeapMegabytes() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = USED.matcher(jcmd("GC.heap_info"));
        return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
        System.out.flush();
    }
}
