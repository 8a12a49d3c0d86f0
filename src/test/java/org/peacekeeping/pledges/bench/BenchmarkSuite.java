package org.peacekeeping.pledges.bench;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one-command benchmark suite of issue 6: {@code mvn -Pbench verify} (see the README). In one run it
 * <ol>
 * <li>makes sure the benchmark database exists on the local PostgreSQL (role and database {@code pledges_bench},
 * created through the {@code postgres} superuser; dropped and created afresh unless {@code --keep-data}),</li>
 * <li>starts Payara Micro with the freshly built WAR on it (production JVM flags: full JIT, {@code --nocluster},
 * port 8282 unless {@code --port}), which migrates it,</li>
 * <li>generates {@code --pledges} synthetic pledges (default 100,000) with {@link PledgeGenerator},</li>
 * <li>measures the HTTP figures side by side: the pledge list API and the dashboard's aggregate queries
 * ({@code /api/dashboard} and the gap view) under a closed loop of 16 clients against a trivial signed-in endpoint
 * ({@code /api/me}) in the same run, and the server time of the dashboard page and the Faces pledge lists' first
 * page, one client at a time,</li>
 * <li>runs the Excel benchmarks ({@code bench.excel.ExcelBenchmarks}, skipped with a line saying so when absent),
 * </li>
 * <li>runs the load-safety test (50 focal points and 5 reviewers for 60 s) and checks it against the database,</li>
 * <li>stops the server.</li>
 * </ol>
 * Every figure is one line that ends with its ratio to its target or peer ({@code ratio<=1} meets a time target).
 *
 * <p>Options: {@code --pledges N}, {@code --port P}, {@code --database NAME}, {@code --pg-host H}, {@code --pg-port P},
 * {@code --pg-admin-user U} (default {@code postgres}, trust or password-less local access), {@code --keep-data}
 * (reuse the database when it already holds N pledges), {@code --base-url URL --jdbc-url URL --db-user U
 * --db-password P} (measure a server that is already running on an already generated database: nothing is started
 * or generated), {@code --seconds S} (measured time per figure, default 15), {@code --warm-up S} (default 10),
 * {@code --clients C} (default 16), {@code --load-seconds S} (default 60), {@code --skip excel,load,http},
 * {@code --excel-figures a,b} (the Excel figures to run, {@code ExcelBenchmarks}' {@code --figures}; for example
 * {@code register-export-1m} with {@code --pledges 1090000 --server-heap 512m}) and {@code --war},
 * {@code --payara-jar}, {@code --server-heap} (default 1g); {@code --curve 10000,100000,1000000} measures how cost
 * grows instead ({@link CostCurve}; with {@code --cold-rounds R}, default 5).
 */
public final class BenchmarkSuite {

    private static final String PASSWORD = PledgeGenerator.DEFAULT_ACCOUNT_PASSWORD;

    /** An analyst's list with a filter and a sort, a different one on each request. */
    static final List<String> ANALYST_LISTS = List.of(
            "api/pledges?status=APPROVED&category=MEDICAL&sort=-updatedAt",
            "api/pledges?status=SUBMITTED,UNDER_REVIEW&sort=-submittedAt",
            "api/pledges?memberState=NPL&sort=reference",
            "api/pledges?event=BERLIN-2025&sort=-personnel",
            "api/pledges?category=AVIATION&status=APPROVED&sort=renewalDue",
            "api/pledges?status=APPROVED&sort=-updatedAt",
            "api/pledges?memberState=GHA&status=APPROVED&sort=-updatedAt",
            "api/pledges?category=FORMED_POLICE_UNIT&sort=memberState");
    /** A focal point's own list, filtered and sorted. */
    static final List<String> FOCAL_POINT_LISTS = List.of("api/pledges?status=APPROVED&sort=-updatedAt",
            "api/pledges?sort=-updatedAt", "api/pledges?status=DRAFT,RETURNED&sort=title");
    /** The dashboard page and the Faces pledge lists' first page: name, path, who opens it. */
    static final List<String[]> PAGES = List.of(new String[] {"faces-dashboard", "analysis/index.xhtml", "analyst.1"},
            new String[] {"faces-list-analyst", "analysis/pledges.xhtml", "analyst.1"},
            new String[] {"faces-list-reviewer", "review/index.xhtml", "reviewer.1"},
            new String[] {"faces-list-focal-point", "pledges/index.xhtml", "fp.pak"});

    private final Map<String, String> options;
    private final int pledges;
    private final Duration warmUp;
    private final Duration measured;
    private final int clients;
    private Process server;

    private BenchmarkSuite(Map<String, String> options) {
        this.options = options;
        this.pledges = Integer.parseInt(options.getOrDefault("pledges", "100000"));
        this.warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up", "10")));
        this.measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15")));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "16"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.equals("keep-data")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("No value for " + args[i]);
            }
        }
        BenchmarkSuite suite = new BenchmarkSuite(options);
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stopServer));
        try {
            suite.run();
        } finally {
            suite.stopServer();
        }
    }

    private void run() throws Exception {
        String baseUrl = options.get("base-url");
        String jdbcUrl;
        String dbUser;
        String dbPassword;
        print("machine cores=%d java=%s load-average=%s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), loadAverage());
        if (baseUrl == null) {
            String database = options.getOrDefault("database", "pledges_bench");
            String host = options.getOrDefault("pg-host", "127.0.0.1");
            String port = options.getOrDefault("pg-port", "5432");
            jdbcUrl = "jdbc:postgresql://" + host + ":" + port + "/" + database;
            dbUser = database;
            dbPassword = database;
            boolean fresh = prepareDatabase(host, port, database);
            int httpPort = Integer.parseInt(options.getOrDefault("port", "8282"));
            baseUrl = "http://127.0.0.1:" + httpPort + "/";
            if (options.containsKey("curve")) {
                curve(baseUrl, jdbcUrl, dbUser, dbPassword, httpPort);
                return;
            }
            startServer(jdbcUrl, dbUser, dbPassword, httpPort);
            long existing = countPledges(jdbcUrl, dbUser, dbPassword);
            if (fresh || existing < pledges) {
                int missing = (int) (pledges - Math.min(existing, pledges));
                PledgeGenerator.Result result = PledgeGenerator.generate(jdbcUrl, dbUser, dbPassword, missing,
                        20261122L);
                print("generate pledges=%d history=%d seconds=%.1f pledges/s=%.0f projected-1m=%.0fs target<=600s"
                                + " ratio=%.2f", result.pledges(), result.histories(), result.seconds(),
                        result.pledges() / result.seconds(), 1_000_000 / (result.pledges() / result.seconds()),
                        1_000_000 / (result.pledges() / result.seconds()) / 600);
            } else {
                print("generate skipped: %d pledges already there (--keep-data)", existing);
            }
        } else {
            jdbcUrl = required("jdbc-url");
            dbUser = required("db-user");
            dbPassword = required("db-password");
        }
        print("database pledges=%d", countPledges(jdbcUrl, dbUser, dbPassword));
        String skip = options.getOrDefault("skip", "");
        HttpLoad http = new HttpLoad(baseUrl);
        if (!skip.contains("http")) {
            httpFigures(http);
        }
        if (!skip.contains("excel")) {
            excel(baseUrl, jdbcUrl, dbUser, dbPassword);
        }
        if (!skip.contains("load")) {
            loadSafety(http, jdbcUrl, dbUser, dbPassword);
        }
    }

    // ------------------------------------------------------------------ figures

    /** {@code --curve 10000,100000,1000000}: the cost curve ({@link CostCurve}) instead of the figures below. */
    private void curve(String baseUrl, String jdbcUrl, String user, String password, int port) throws Exception {
        int[] sizes = Arrays.stream(options.get("curve").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        CostCurve.Server restartable = new CostCurve.Server() {
            @Override
            public void start() throws Exception {
                startServer(jdbcUrl, user, password, port);
            }

            @Override
            public void stop() {
                stopServer();
            }

            @Override
            public long pid() {
                return server.pid();
            }
        };
        startServer(jdbcUrl, user, password, port); // migrates a fresh database before the first generation
        new CostCurve(baseUrl, jdbcUrl, user, password, restartable,
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up", "10"))),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "15"))),
                Integer.parseInt(options.getOrDefault("cold-rounds", "5"))).run(sizes);
    }

    private void httpFigures(HttpLoad http) throws Exception {
        String analyst = HttpLoad.basic("analyst.1", PASSWORD);
        List<String> states = List.of("PAK", "NPL", "BGD", "IND", "RWA", "GHA", "ETH", "IDN", "CHN", "EGY", "KOR",
                "JPN", "DEU", "SEN", "MAR", "TZA");
        for (String state : states) {
            http.get("api/me", HttpLoad.basic(PledgeGenerator.focalPoint(state), PASSWORD));
        }
        http.get("api/me", analyst);

        HttpLoad.Stats me = http.closedLoop("api-me", clients, warmUp, measured, c -> List.of("api/me"),
                c -> analyst);
        print("api-me clients=%d %s (baseline: a trivial signed-in endpoint)", clients, me.summary());

        // An analyst's list with a filter and a sort, a different one on each request.
        compare("api-pledges", me, http.closedLoop("api-pledges", clients, warmUp, measured,
                c -> ANALYST_LISTS, c -> analyst));
        // A focal point's own list (each client a different state), filtered and sorted.
        compare("api-pledges-focal-point", me, http.closedLoop("api-pledges-focal-point", clients, warmUp, measured,
                c -> FOCAL_POINT_LISTS,
                c -> HttpLoad.basic(PledgeGenerator.focalPoint(states.get(c % states.size())), PASSWORD)));
        // The dashboard's aggregate queries (all pledges, one ministerial; approved only and with pending ones) and
        // the gap view, through the API; the dashboard page is timed below with the other pages.
        compare("api-dashboard", me, http.closedLoop("api-dashboard", clients, warmUp, measured,
                c -> List.of("api/dashboard", "api/dashboard?event=BERLIN-2025",
                        "api/dashboard?includePending=true", "api/dashboard?event=BERLIN-2025&includePending=true"),
                c -> analyst));
        compare("api-gaps", me, http.closedLoop("api-gaps", clients, warmUp, measured,
                c -> List.of("api/gaps?event=BERLIN-2025", "api/gaps"), c -> analyst));

        // The dashboard page and the Faces pledge lists' first page, one client at a time: the server's time for a page.
        for (String[] page : PAGES) {
            HttpLoad.Stats stats = http.closedLoop(page[0], 1, warmUp.dividedBy(2), measured.dividedBy(2),
                    c -> List.of(page[1]), c -> HttpLoad.basic(page[2], PASSWORD));
            print("%s pledges=%s clients=1 %s target-p95<300ms ratio=%.2f", page[0], "all", stats.summary(),
                    stats.percentileMillis(95) / 300);
        }
    }

    private void compare(String name, HttpLoad.Stats baseline, HttpLoad.Stats stats) {
        double share = stats.throughput() / baseline.throughput();
        print("%s clients=%d %s target-p95<50ms ratio=%.2f", name, clients, stats.summary(),
                stats.percentileMillis(95) / 50);
        print("%s-throughput clients=%d this=%.0f/s api-me=%.0f/s share=%.2f target-share>=0.5 ratio=%.2f", name,
                clients, stats.throughput(), baseline.throughput(), share, 0.5 / share);
    }

    private void excel(String baseUrl, String jdbcUrl, String dbUser, String dbPassword) throws Exception {
        Class<?> benchmarks;
        try {
            benchmarks = Class.forName("org.peacekeeping.pledges.bench.excel.ExcelBenchmarks");
        } catch (ClassNotFoundException e) {
            print("excel skipped: org.peacekeeping.pledges.bench.excel.ExcelBenchmarks is not on the class path");
            return;
        }
        List<String> args = new ArrayList<>(List.of("--base-url", baseUrl, "--jdbc-url", jdbcUrl, "--db-user", dbUser,
                "--db-password", dbPassword, "--rows", Integer.toString(pledges)));
        if (options.containsKey("excel-figures")) {
            args.addAll(List.of("--figures", options.get("excel-figures")));
        }
        try {
            benchmarks.getMethod("main", String[].class).invoke(null, (Object) args.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            print("excel FAILED: %s", e.getCause());
            e.getCause().printStackTrace();
        }
    }

    private void loadSafety(HttpLoad http, String jdbcUrl, String dbUser, String dbPassword) throws Exception {
        int focalPoints = Integer.parseInt(options.getOrDefault("load-focal-points", "50"));
        int reviewers = Integer.parseInt(options.getOrDefault("load-reviewers", "5"));
        Duration length = Duration.ofSeconds(Long.parseLong(options.getOrDefault("load-seconds", "60")));
        List<String> states = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT member_state FROM user_account WHERE role ="
                     + " 'FOCAL_POINT' AND username LIKE 'fp.___' ORDER BY member_state")) {
            while (rows.next() && states.size() < focalPoints) {
                states.add(rows.getString(1));
            }
        }
        print("load-safety focal-points=%d reviewers=%d seconds=%d", states.size(), reviewers, length.toSeconds());
        for (LoadSafety.Check check : new LoadSafety(http, jdbcUrl, dbUser, dbPassword, PASSWORD)
                .run(states, reviewers, length)) {
            System.out.println(check.line());
        }
    }

    // ------------------------------------------------------------------ database and server

    /** Creates the role and database when missing; drops and re-creates the database unless --keep-data. */
    private boolean prepareDatabase(String host, String port, String database) throws SQLException {
        String admin = options.getOrDefault("pg-admin-user", "postgres");
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres",
                admin, options.getOrDefault("pg-admin-password", ""));
             Statement statement = db.createStatement()) {
            boolean role;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT 1 FROM pg_roles WHERE rolname = '" + database + "'")) {
                role = rows.next();
            }
            if (!role) {
                statement.execute("CREATE ROLE " + database + " LOGIN PASSWORD '" + database + "'");
            }
            boolean exists;
            try (ResultSet rows = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                exists = rows.next();
            }
            boolean keep = options.containsKey("keep-data");
            if (exists && !keep) {
                statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
            if (!exists || !keep) {
                statement.execute("CREATE DATABASE " + database + " OWNER " + database);
                print("database %s created afresh on %s:%s", database, host, port);
                return true;
            }
            return false;
        }
    }

    private void startServer(String jdbcUrl, String user, String password, int port) throws Exception {
        Path war = Path.of(options.getOrDefault("war", "target/pledge-tracker.war"));
        Path jar = Path.of(options.getOrDefault("payara-jar", "target/payara-micro.jar"));
        if (!Files.isRegularFile(war) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build first (mvn -Pbench verify does): missing " + war + " or " + jar);
        }
        Path tmp = Files.createDirectories(war.toAbsolutePath().getParent().resolve("bench-tmp"));
        Path log = war.toAbsolutePath().getParent().resolve("bench-payara.log");
        String heap = options.getOrDefault("server-heap", "1g");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-Djava.io.tmpdir=" + tmp, "-jar", jar.toAbsolutePath().toString(),
                "--nocluster", "--port", Integer.toString(port), "--contextroot", "/", "--deploy",
                war.toAbsolutePath().toString());
        builder.environment().put("PLEDGES_DB_URL", jdbcUrl);
        builder.environment().put("PLEDGES_DB_USER", user);
        builder.environment().put("PLEDGES_DB_PASSWORD", password);
        builder.environment().put("PLEDGES_MODE", "demo");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        server = builder.start();
        HttpLoad http = new HttpLoad("http://127.0.0.1:" + port + "/");
        long deadline = started + TimeUnit.MINUTES.toNanos(5);
        while (true) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up; see " + log);
            }
            try {
                if (http.get("api/me", HttpLoad.basic("nobody", "nothing")) == 401) {
                    break;
                }
            } catch (ConnectException | HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // starting
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Payara Micro did not answer within 5 minutes; see " + log);
            }
            Thread.sleep(1000);
        }
        print("server started port=%d heap=%s seconds=%.0f log=%s", port, heap, (System.nanoTime() - started) / 1e9,
                log);
    }

    private synchronized void stopServer() {
        if (server == null || !server.isAlive()) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        print("server stopped");
    }

    private static long countPledges(String jdbcUrl, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM pledge")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--base-url needs --" + name);
        }
        return value;
    }

    static String loadAverage() {
        try {
            return Files.readString(new File("/proc/loadavg").toPath()).trim().replace(' ', '/');
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void print(String format, Object... values) {
        System.out.println(String.format(Locale.ROOT, format, values));
        System.out.flush();
    }
}
