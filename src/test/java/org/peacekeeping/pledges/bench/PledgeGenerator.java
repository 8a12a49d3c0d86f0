package org.peacekeeping.pledges.bench;

import static org.peacekeeping.pledges.pledge.Fixtures.newInstance;
import static org.peacekeeping.pledges.pledge.Fixtures.set;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.peacekeeping.pledges.account.PasswordHasher;
import org.peacekeeping.pledges.demo.DemoPledgeSet;
import org.peacekeeping.pledges.pledge.Deployment;
import org.peacekeeping.pledges.pledge.LineItem;
import org.peacekeeping.pledges.pledge.LineKind;
import org.peacekeeping.pledges.pledge.Personnel;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeDetails;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.reference.CapabilityType;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.PersonnelKind;
import org.peacekeeping.pledges.reference.PledgingEvent;

/**
 * Fills a database the application has already migrated (H2 or PostgreSQL: start the application on it once) with
 * {@code N} synthetic pledges for benchmarks, plus sign-in accounts for load tests. Appends: the pledges already
 * there stay, and references and ids continue after them.
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.peacekeeping.pledges.bench.PledgeGenerator \
 *     -Dexec.args="--jdbc-url jdbc:postgresql://127.0.0.1:5432/pledges_bench --user U --password P --pledges 100000"
 * </pre>
 *
 * <p>Options: {@code --jdbc-url} (required), {@code --user}, {@code --password}, {@code --pledges N} (default
 * 100,000), {@code --seed S} (default 20261122; the same seed on the same empty database on the same day gives the same rows),
 * {@code --account-password P} (default {@code peacekeeping}), {@code --batch B} (pledges per transaction, default
 * 1,000).
 *
 * <p>What a pledge looks like: the demo set's planner ({@link DemoPledgeSet}, 182 pledges per round with its status
 * mix, events, capability types, sizes, women's share, missions, caveats and lifecycle steps) is run once per round
 * with a new seed, each pledge is moved to a member state drawn from all UN member states (a few large
 * contributors, a long tail), about a third of the deployable units get major equipment and self-sustainment lines,
 * and every planned step is played through the real {@link Pledge} verbs in memory, so the stored status,
 * submission and approval times, reviewer, readiness level and renewal date are exactly what the application would
 * have stored. Each step becomes a history entry (creation included), each readiness assessment an assessment
 * row. Every pledge is marked {@code synthetic} and its description starts with {@link DemoPledgeSet#LABEL}.
 *
 * <p>Accounts, created when missing, all with the same password (hashed once with the application's
 * {@link PasswordHasher}): a focal point {@code fp.<iso3>} (for example {@code fp.npl}) for every UN member state,
 * reviewers {@code reviewer.1} to {@code reviewer.5} and an analyst {@code analyst.1}. The generated pledges are
 * created and submitted by their state's {@code fp.<iso3>} and decided by one of the five reviewers.
 *
 * <p>Speed: rows go in JDBC batches ({@code reWriteBatchedInserts} is added for PostgreSQL), one transaction per
 * batch of pledges; the id sequences and the reference counters are moved past the new rows at the end, so the
 * application goes on numbering after them. Run it while no one creates pledges in the application (an idle or
 * stopped server). On PostgreSQL the tables are vacuumed and analysed at the end, so that plans see the new volume and
 * index-only scans work at once (without waiting for autovacuum).
 */
public final class PledgeGenerator {

    /** The password of the generated accounts unless {@code --account-password} says otherwise. */
    public static final String DEFAULT_ACCOUNT_PASSWORD = "peacekeeping";
    public static final int REVIEWERS = 5;

    private static final long DEFAULT_SEED = 20261122L;

    private static final String[][] EQUIPMENT = {
        {"Armoured personnel carrier (wheeled)", "12"}, {"Utility vehicle 4x4", "20"}, {"Water purification unit",
            "2"}, {"Field ambulance", "4"}, {"Generator set 100 kVA", "6"}, {"Tactical radio set", "40"},
        {"Heavy engineering excavator", "2"}, {"Mine-protected vehicle", "6"}, {"Fuel truck 10,000 l", "3"}};
    private static final String[][] SUSTAINMENT = {
        {"Catering", "1"}, {"Communications", "1"}, {"Office", "1"}, {"Electrical", "1"}, {"Minor engineering", "1"},
        {"Laundry and cleaning", "1"}, {"Tentage", "1"}, {"Accommodation", "1"}, {"Medical (level 1)", "1"}};

    private final Connection connection;
    private final boolean postgres;
    private final Random random;
    private final Options options;

    private final List<String> states = new ArrayList<>();
    private final double[] stateWeights;
    private final Map<String, MemberState> stateEntities = new HashMap<>();
    private final Map<String, CapabilityType> types = new LinkedHashMap<>();
    private final Map<String, PledgingEvent> events = new LinkedHashMap<>();
    private final List<DemoPledgeSet.TypeInfo> typeInfos = new ArrayList<>();
    private final List<DemoPledgeSet.EventInfo> eventInfos = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Set<String> touchedCounters = new LinkedHashSet<>();
    /** The planner's "now": the start of today (UTC), so every renewal it plans is still ahead. */
    private final Instant planNow = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);

    private long nextPledgeId;
    private long nextLineId;
    private long nextHistoryId;
    private long nextAssessmentId;
    private long histories;
    private long lines;
    private long assessments;

    /** The command line, parsed. */
    record Options(String jdbcUrl, String user, String password, int pledges, long seed, String accountPassword,
                   int batch) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
                }
                values.put(args[i].substring(2), args[++i]);
            }
            String url = values.get("jdbc-url");
            if (url == null) {
                throw new IllegalArgumentException("--jdbc-url is required");
            }
            int pledges = Integer.parseInt(values.getOrDefault("pledges", "100000"));
            if (pledges < 0) {
                throw new IllegalArgumentException("--pledges cannot be negative");
            }
            return new Options(url, values.getOrDefault("user", ""), values.getOrDefault("password", ""), pledges,
                    Long.parseLong(values.getOrDefault("seed", Long.toString(DEFAULT_SEED))),
                    values.getOrDefault("account-password", DEFAULT_ACCOUNT_PASSWORD),
                    Integer.parseInt(values.getOrDefault("batch", "1000")));
        }
    }

    /** What a run added, for the caller (the benchmark suite) and the closing line. */
    public record Result(int pledges, long histories, long lines, long assessments, int accounts, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: PledgeGenerator --jdbc-url URL [--user U] [--password P] [--pledges N]"
                    + " [--seed S] [--account-password P] [--batch B]");
            System.exit(2);
            return;
        }
        Result result = generate(options);
        System.out.printf(Locale.ROOT, "generated pledges=%d history=%d lines=%d assessments=%d accounts=%d"
                        + " seconds=%.1f pledges/s=%.0f%n", result.pledges(), result.histories(), result.lines(),
                result.assessments(), result.accounts(), result.seconds(),
                result.pledges() / Math.max(result.seconds(), 0.001));
    }

    /** Generates as the options say; also called by the benchmark suite. */
    public static Result generate(Options options) throws SQLException {
        String url = options.jdbcUrl();
        if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        try (Connection connection = DriverManager.getConnection(url, options.user(), options.password())) {
            return new PledgeGenerator(connection, options).run();
        }
    }

    /** Convenience for callers in this package. */
    public static Result generate(String jdbcUrl, String user, String password, int pledges, long seed)
            throws SQLException {
        return generate(new Options(jdbcUrl, user, password, pledges, seed, DEFAULT_ACCOUNT_PASSWORD, 1000));
    }

    private PledgeGenerator(Connection connection, Options options) throws SQLException {
        this.connection = connection;
        this.options = options;
        this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                .contains("postgres");
        this.random = new Random(options.seed());
        loadReference();
        this.stateWeights = new double[states.size()];
        double total = 0;
        for (int i = 0; i < states.size(); i++) {
            // A few large contributors and a long tail, as in the real world.
            total += 1.0 / (i + 4);
            stateWeights[i] = total;
        }
    }

    private Result run() throws SQLException {
        long started = System.nanoTime();
        connection.setAutoCommit(false);
        int accounts = createAccounts();
        connection.commit();
        nextPledgeId = reserveStart("pledge_seq", "pledge");
        nextLineId = reserveStart("pledge_line_seq", "pledge_line");
        nextHistoryId = reserveStart("pledge_history_seq", "pledge_history");
        nextAssessmentId = reserveStart("assessment_seq", "assessment");
        connection.commit();
        long firstPledgeId = nextPledgeId;
        long firstLineId = nextLineId;
        long firstHistoryId = nextHistoryId;
        long firstAssessmentId = nextAssessmentId;

        int done = 0;
        int round = 0;
        try (Batches batches = new Batches(connection)) {
            while (done < options.pledges()) {
                List<DemoPledgeSet.Plan> plans = new DemoPledgeSet(typeInfos, eventInfos, planNow,
                        options.seed() * 1_000_003L + round++).plan();
                for (DemoPledgeSet.Plan plan : plans) {
                    if (done == options.pledges()) {
                        break;
                    }
                    write(plan, batches);
                    done++;
                    if (done % options.batch() == 0) {
                        batches.flush();
                        connection.commit();
                    }
                    if (done % 100_000 == 0) {
                        int sofar = done;
                        System.out.printf(Locale.ROOT, "  %d pledges, %.0f s%n", sofar,
                                (System.nanoTime() - started) / 1e9);
                    }
                }
            }
            batches.flush();
        }
        // The application numbers after the generated rows: the counters and sequences move past them.
        saveCounters();
        restartSequence("pledge_seq", nextPledgeId, firstPledgeId);
        restartSequence("pledge_line_seq", nextLineId, firstLineId);
        restartSequence("pledge_history_seq", nextHistoryId, firstHistoryId);
        restartSequence("assessment_seq", nextAssessmentId, firstAssessmentId);
        connection.commit();
        if (postgres) {
            connection.setAutoCommit(true);
            try (Statement analyze = connection.createStatement()) {
                for (String table : List.of("pledge", "pledge_mission", "pledge_line", "pledge_history",
                        "assessment", "user_account", "pledge_reference_counter")) {
                    analyze.execute("VACUUM ANALYZE " + table);
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(done, histories, lines, assessments, accounts, seconds);
    }

    // ------------------------------------------------------------------ reference data

    private void loadReference() throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT iso3 FROM member_state WHERE un_member = TRUE ORDER BY iso3")) {
                while (rows.next()) {
                    all.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT code, category, name_en, typical_personnel,"
                    + " personnel_kind FROM capability_type WHERE active = TRUE ORDER BY code")) {
                while (rows.next()) {
                    CapabilityType type = newInstance(CapabilityType.class);
                    set(type, "code", rows.getString(1));
                    set(type, "category", Category.valueOf(rows.getString(2)));
                    set(type, "nameEn", rows.getString(3));
                    set(type, "nameFr", rows.getString(3));
                    set(type, "typicalPersonnel", rows.getInt(4));
                    set(type, "personnelKind", PersonnelKind.valueOf(rows.getString(5)));
                    set(type, "active", true);
                    types.put(type.code(), type);
                    typeInfos.add(new DemoPledgeSet.TypeInfo(type.code(), rows.getString(3),
                            Category.valueOf(rows.getString(2)), rows.getInt(4),
                            PersonnelKind.valueOf(rows.getString(5))));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT code, start_date, end_date, pledging_opens"
                    + " FROM pledging_event ORDER BY start_date, code")) {
                while (rows.next()) {
                    PledgingEvent event = newInstance(PledgingEvent.class);
                    set(event, "code", rows.getString(1));
                    set(event, "startDate", rows.getObject(2, LocalDate.class));
                    set(event, "endDate", rows.getObject(3, LocalDate.class));
                    LocalDate opens = rows.getObject(4, LocalDate.class);
                    set(event, "pledgingOpens", opens);
                    events.put(rows.getString(1), event);
                    if (opens != null) {
                        eventInfos.add(new DemoPledgeSet.EventInfo(rows.getString(1), opens,
                                rows.getObject(3, LocalDate.class)));
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT member_state, ref_year, last_number FROM pledge_reference_counter")) {
                while (rows.next()) {
                    counters.put(rows.getString(1) + "-" + rows.getInt(2), rows.getInt(3));
                }
            }
        }
        if (all.isEmpty() || types.isEmpty() || eventInfos.isEmpty()) {
            throw new IllegalStateException("The database holds no reference data: start the application on it once"
                    + " so that it migrates, then run the generator");
        }
        // The order decides who contributes most: the demo's states first, then the rest in a seeded order.
        List<String> leaders = List.of("PAK", "NPL", "BGD", "IND", "RWA", "GHA", "ETH", "IDN", "CHN", "EGY",
                "KOR", "JPN", "DEU", "SEN", "MAR", "TZA", "ZMB", "FRA", "ITA", "URY");
        List<String> rest = new ArrayList<>(all);
        rest.removeAll(leaders);
        Collections.shuffle(rest, new Random(options.seed()));
        leaders.stream().filter(all::contains).forEach(states::add);
        states.addAll(rest);
        for (String iso3 : states) {
            MemberState state = newInstance(MemberState.class);
            set(state, "iso3", iso3);
            stateEntities.put(iso3, state);
        }
    }

    private String drawState() {
        double roll = random.nextDouble() * stateWeights[stateWeights.length - 1];
        int low = 0;
        int high = stateWeights.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (stateWeights[middle] < roll) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return states.get(low);
    }

    // ------------------------------------------------------------------ accounts

    /** Focal points for every UN member state, five reviewers and an analyst; existing usernames are kept. */
    private int createAccounts() throws SQLException {
        Set<String> existing = new java.util.HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT username FROM user_account")) {
            while (rows.next()) {
                existing.add(rows.getString(1));
            }
        }
        List<String[]> wanted = new ArrayList<>();
        for (String iso3 : states) {
            wanted.add(new String[] {focalPoint(iso3), "Synthetic focal point, " + iso3, "FOCAL_POINT", iso3});
        }
        for (int i = 1; i <= REVIEWERS; i++) {
            wanted.add(new String[] {reviewer(i), "Synthetic reviewer " + i, "REVIEWER", null});
        }
        wanted.add(new String[] {"analyst.1", "Synthetic analyst", "ANALYST", null});
        wanted.removeIf(account -> existing.contains(account[0]));
        if (wanted.isEmpty()) {
            return 0;
        }
        String hash = new PasswordHasher().hash(options.accountPassword().toCharArray());
        long id = reserveStart("user_account_seq", "user_account");
        long first = id;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO user_account (id, username,"
                + " password_hash, display_name, email, role, member_state, preferred_locale, enabled, failed_logins,"
                + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'en', TRUE, 0, ?, ?, 0)")) {
            for (String[] account : wanted) {
                insert.setLong(1, id++);
                insert.setString(2, account[0]);
                insert.setString(3, hash);
                insert.setString(4, account[1]);
                insert.setString(5, account[0] + "@synthetic.invalid");
                insert.setString(6, account[2]);
                insert.setString(7, account[3]);
                insert.setObject(8, now);
                insert.setObject(9, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        restartSequence("user_account_seq", id, first);
        return wanted.size();
    }

    /** The generated focal point of a state: {@code fp.} and the lower-case ISO 3 code. */
    public static String focalPoint(String iso3) {
        return "fp." + iso3.toLowerCase(Locale.ROOT);
    }

    /** The generated reviewer number {@code n}, 1 to {@link #REVIEWERS}. */
    public static String reviewer(int n) {
        return "reviewer." + n;
    }

    // ------------------------------------------------------------------ pledges

    private void write(DemoPledgeSet.Plan plan, Batches out) throws SQLException {
        String state = drawState();
        String focalPoint = focalPoint(state);
        String reviewer = reviewer(1 + random.nextInt(REVIEWERS));
        CapabilityType type = types.get(plan.typeCode());
        PledgingEvent event = plan.eventCode() == null ? null : events.get(plan.eventCode());
        String description = plan.description().replace(" offered by " + plan.memberState() + ",",
                " offered by " + state + ",");
        PledgeDetails details = new PledgeDetails(event, type, plan.title(), description, plan.units(),
                new Personnel(plan.personnel(), plan.women()), plan.availableFrom(), plan.daysToDeploy(),
                plan.durationMonths(), plan.selfSustainment(), plan.caveats(), plan.missions(), linesFor(type));
        int year = event != null ? event.startDate().getYear() : plan.createdAt().atOffset(ZoneOffset.UTC).getYear();
        String reference = nextReference(state, year);
        Pledge pledge = new Pledge(reference, stateEntities.get(state), details, true, focalPoint, plan.createdAt());
        long id = nextPledgeId++;

        List<Object[]> history = new ArrayList<>();
        history.add(new Object[] {plan.createdAt(), focalPoint, PledgeAction.CREATE, null, PledgeStatus.DRAFT, null,
            null});
        for (DemoPledgeSet.Step step : plan.steps()) {
            String actor = actorFor(step.actor(), focalPoint, reviewer);
            PledgeStatus from = pledge.status();
            ReadinessLevel before = pledge.readinessLevel();
            step.applyTo(pledge, actor);
            if (step.action() == PledgeAction.ASSESS) {
                out.assessment(nextAssessmentId++, id, step, before, actor);
                assessments++;
            }
            String changed = step.action() == PledgeAction.ASSESS
                    || step.action() == PledgeAction.APPROVE && before != pledge.readinessLevel()
                    ? "readinessLevel" : null;
            history.add(new Object[] {step.at(), actor, step.action(), from, pledge.status(), step.comment(),
                changed});
        }
        if (pledge.status() != plan.finalStatus()) {
            throw new IllegalStateException(reference + " ended " + pledge.status() + " instead of "
                    + plan.finalStatus());
        }
        out.pledge(id, pledge);
        for (String mission : pledge.preferredMissions()) {
            out.mission(id, mission);
        }
        int position = 0;
        for (LineItem line : details.lines()) {
            out.line(nextLineId++, id, line, ++position);
            lines++;
        }
        for (Object[] entry : history) {
            out.history(nextHistoryId++, id, reference, entry);
            histories++;
        }
    }

    private static String actorFor(String planned, String focalPoint, String reviewer) {
        if ("system".equals(planned)) {
            return planned;
        }
        return "reviewer".equals(planned) ? reviewer : focalPoint;
    }

    /** Major equipment and self-sustainment for about a third of the deployable units, nothing for the rest. */
    private List<LineItem> linesFor(CapabilityType type) {
        boolean unit = type.personnelKind() == PersonnelKind.CONTINGENT
                || type.personnelKind() == PersonnelKind.FORMED_POLICE_UNIT;
        if (!unit || random.nextInt(3) != 0) {
            return List.of();
        }
        List<LineItem> items = new ArrayList<>();
        int equipment = 1 + random.nextInt(3);
        int offset = random.nextInt(EQUIPMENT.length);
        for (int i = 0; i < equipment; i++) {
            String[] line = EQUIPMENT[(offset + i) % EQUIPMENT.length];
            items.add(new LineItem(LineKind.MAJOR_EQUIPMENT, line[0],
                    Math.max(1, Integer.parseInt(line[1]) + random.nextInt(5) - 2)));
        }
        int sustainment = random.nextInt(4);
        offset = random.nextInt(SUSTAINMENT.length);
        for (int i = 0; i < sustainment; i++) {
            String[] line = SUSTAINMENT[(offset + i) % SUSTAINMENT.length];
            items.add(new LineItem(LineKind.SELF_SUSTAINMENT, line[0], Integer.parseInt(line[1])));
        }
        return items;
    }

    private String nextReference(String state, int year) {
        String key = state + "-" + year;
        int number = counters.merge(key, 1, Integer::sum);
        touchedCounters.add(key);
        return String.format(Locale.ROOT, "%s-%d-%04d", state, year, number);
    }

    private void saveCounters() throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE pledge_reference_counter SET last_number = ? WHERE member_state = ? AND ref_year = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO pledge_reference_counter (member_state, ref_year, last_number) VALUES (?, ?, ?)")) {
            for (String key : touchedCounters) {
                String state = key.substring(0, 3);
                int year = Integer.parseInt(key.substring(4));
                update.setInt(1, counters.get(key));
                update.setString(2, state);
                update.setInt(3, year);
                if (update.executeUpdate() == 0) {
                    insert.setString(1, state);
                    insert.setInt(2, year);
                    insert.setInt(3, counters.get(key));
                    insert.executeUpdate();
                }
            }
        }
    }

    // ------------------------------------------------------------------ ids

    /**
     * The first id this run may use for a table: past both the rows already there and whatever the sequence has
     * already handed out (a running application may hold a pre-allocated block of 50 below that value).
     */
    private long reserveStart(String sequence, String table) throws SQLException {
        long sequenceValue;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(postgres ? "SELECT nextval('" + sequence + "')"
                     : "SELECT NEXT VALUE FOR " + sequence)) {
            rows.next();
            sequenceValue = rows.getLong(1);
        }
        long maxId;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            maxId = rows.getLong(1);
        }
        return Math.max(sequenceValue, maxId) + 1;
    }

    /**
     * Moves a sequence past the ids this run used. EclipseLink pre-allocates 50 at a time and takes the block
     * ending at the value it reads, so the new start leaves a clear block of 50 above the last id.
     */
    private void restartSequence(String sequence, long nextFree, long first) throws SQLException {
        if (nextFree == first) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER SEQUENCE " + sequence + " RESTART WITH " + (nextFree + 100));
        }
    }

    // ------------------------------------------------------------------ JDBC batches

    /** The prepared inserts, written in foreign-key order at each flush. */
    private static final class Batches implements AutoCloseable {

        private final PreparedStatement pledge;
        private final PreparedStatement mission;
        private final PreparedStatement line;
        private final PreparedStatement history;
        private final PreparedStatement assessment;

        Batches(Connection connection) throws SQLException {
            pledge = connection.prepareStatement("INSERT INTO pledge (id, reference, member_state, event_code,"
                    + " capability_type, category, title, description, units, personnel, women, readiness_level,"
                    + " available_from, days_to_deploy, duration_months, self_sustainment, caveats, status, synthetic,"
                    + " created_at, created_by, updated_at, updated_by, submitted_at, approved_at, renewal_due,"
                    + " reviewer, deployment_mission, deployed_on, deployed_personnel, deployed_women, deployed_by,"
                    + " repatriated_on, repatriation_comment, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            mission = connection.prepareStatement(
                    "INSERT INTO pledge_mission (pledge_id, mission_code) VALUES (?, ?)");
            line = connection.prepareStatement("INSERT INTO pledge_line (id, pledge_id, line_kind, position,"
                    + " description, quantity) VALUES (?, ?, ?, ?, ?, ?)");
            history = connection.prepareStatement("INSERT INTO pledge_history (id, pledge_id, pledge_ref,"
                    + " occurred_at, actor, action, from_status, to_status, comment_text, changed_fields)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            assessment = connection.prepareStatement("INSERT INTO assessment (id, pledge_id, assessment_type,"
                    + " assessed_on, outcome, readiness_from, readiness_to, notes, recorded_by, recorded_at)"
                    + " VALUES (?, ?, ?, ?, 'SUCCESSFUL', ?, ?, ?, ?, ?)");
        }

        void pledge(long id, Pledge p) throws SQLException {
            int i = 0;
            pledge.setLong(++i, id);
            pledge.setString(++i, p.reference());
            pledge.setString(++i, p.memberState().iso3());
            pledge.setString(++i, p.event() == null ? null : p.event().code());
            pledge.setString(++i, p.capabilityType().code());
            pledge.setString(++i, p.category().name());
            pledge.setString(++i, p.title());
            pledge.setString(++i, p.description());
            pledge.setInt(++i, p.units());
            pledge.setInt(++i, p.personnel().total());
            pledge.setInt(++i, p.personnel().women());
            pledge.setString(++i, p.readinessLevel().name());
            pledge.setObject(++i, p.availableFrom(), Types.DATE);
            setInteger(pledge, ++i, p.daysToDeploy());
            setInteger(pledge, ++i, p.durationMonths());
            pledge.setString(++i, p.selfSustainment() == null ? null : p.selfSustainment().name());
            pledge.setString(++i, p.caveats());
            pledge.setString(++i, p.status().name());
            pledge.setObject(++i, time(p.createdAt()));
            pledge.setString(++i, p.createdBy());
            pledge.setObject(++i, time(p.updatedAt()));
            pledge.setString(++i, p.updatedBy());
            setTime(pledge, ++i, p.submittedAt());
            setTime(pledge, ++i, p.approvedAt());
            pledge.setObject(++i, p.renewalDue(), Types.DATE);
            pledge.setString(++i, p.reviewer());
            // The deployment the demo planner played through Pledge.deploy and repatriate (SPEC §10), if any.
            Deployment deployment = p.deployment();
            pledge.setString(++i, deployment == null ? null : deployment.mission());
            pledge.setObject(++i, deployment == null ? null : deployment.deployedOn(), Types.DATE);
            setInteger(pledge, ++i, deployment == null ? null : deployment.personnel());
            setInteger(pledge, ++i, deployment == null ? null : deployment.women());
            pledge.setString(++i, deployment == null ? null : deployment.deployedBy());
            pledge.setObject(++i, deployment == null ? null : deployment.repatriatedOn(), Types.DATE);
            pledge.setString(++i, deployment == null ? null : deployment.repatriationComment());
            pledge.addBatch();
        }

        void mission(long pledgeId, String code) throws SQLException {
            mission.setLong(1, pledgeId);
            mission.setString(2, code);
            mission.addBatch();
        }

        void line(long id, long pledgeId, LineItem item, int position) throws SQLException {
            line.setLong(1, id);
            line.setLong(2, pledgeId);
            line.setString(3, item.kind().name());
            line.setInt(4, position);
            line.setString(5, item.description());
            line.setInt(6, item.quantity());
            line.addBatch();
        }

        /** {@code entry}: occurred at, actor, action, from, to, comment, changed fields. */
        void history(long id, long pledgeId, String reference, Object[] entry) throws SQLException {
            history.setLong(1, id);
            history.setLong(2, pledgeId);
            history.setString(3, reference);
            history.setObject(4, time((Instant) entry[0]));
            history.setString(5, (String) entry[1]);
            history.setString(6, ((PledgeAction) entry[2]).name());
            history.setString(7, entry[3] == null ? null : ((PledgeStatus) entry[3]).name());
            history.setString(8, entry[4] == null ? null : ((PledgeStatus) entry[4]).name());
            history.setString(9, (String) entry[5]);
            history.setString(10, (String) entry[6]);
            history.addBatch();
        }

        void assessment(long id, long pledgeId, DemoPledgeSet.Step step, ReadinessLevel before, String actor)
                throws SQLException {
            assessment.setLong(1, id);
            assessment.setLong(2, pledgeId);
            assessment.setString(3, step.assessmentType().name());
            assessment.setObject(4, step.at().atOffset(ZoneOffset.UTC).toLocalDate(), Types.DATE);
            assessment.setString(5, before.name());
            assessment.setString(6, step.level().name());
            assessment.setString(7, step.comment());
            assessment.setString(8, actor);
            assessment.setObject(9, time(step.at()));
            assessment.addBatch();
        }

        void flush() throws SQLException {
            pledge.executeBatch();
            mission.executeBatch();
            line.executeBatch();
            history.executeBatch();
            assessment.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : List.of(pledge, mission, line, history, assessment)) {
                statement.close();
            }
        }

        private static OffsetDateTime time(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }

        private static void setTime(PreparedStatement statement, int index, Instant instant) throws SQLException {
            if (instant == null) {
                statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(index, time(instant));
            }
        }

        private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.INTEGER);
            } else {
                statement.setInt(index, value);
            }
        }
    }
}
