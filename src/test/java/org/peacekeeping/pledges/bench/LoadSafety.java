package org.peacekeeping.pledges.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load safety (issue 6): {@code focalPoints} focal points of different states each create and submit pledges in a
 * loop, while {@code reviewers} reviewers take the newest submitted pledges, start their review and approve, return
 * or reject them, all at once for a fixed time. Reviewers race for the same pledges on purpose: the loser gets a
 * 409, the only refusal expected. Afterwards the database is read and compared with what the clients were told:
 * every pledge they created is there once under its reference, every successful action left exactly one history
 * entry, the history of each pledge is an unbroken chain of statuses ending at the pledge's status.
 */
final class LoadSafety {

    /** One printed line per check. */
    record Check(String name, boolean passed, String detail) {

        String line() {
            return String.format(Locale.ROOT, "load-safety %s %s %s", name, passed ? "PASS" : "FAIL", detail);
        }
    }

    private final HttpLoad http;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String password;

    private final Map<Long, String> created = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> actions = new ConcurrentHashMap<>();
    /** The status of the newest version of each pledge a client was shown (answers can arrive out of order). */
    private final Map<Long, Seen> lastStatus = new ConcurrentHashMap<>();

    private record Seen(long version, String status) {
    }
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

    LoadSafety(HttpLoad http, String jdbcUrl, String dbUser, String dbPassword, String accountPassword) {
        this.http = http;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.password = accountPassword;
    }

    List<Check> run(List<String> focalPointStates, int reviewers, Duration length) throws Exception {
        // Sign every client in once before the clock starts: the first Basic sign-in of an account costs a
        // deliberate PBKDF2 verification, later ones hit the application's credential cache.
        List<String> focalPoints = focalPointStates.stream().map(PledgeGenerator::focalPoint).toList();
        List<String> reviewerNames = new ArrayList<>();
        for (int r = 1; r <= reviewers; r++) {
            reviewerNames.add(PledgeGenerator.reviewer(r));
        }
        for (String user : concat(focalPoints, reviewerNames)) {
            int status = http.get("api/me", HttpLoad.basic(user, password));
            if (status != 200) {
                throw new IllegalStateException(user + " cannot sign in (" + status + "): generate the data first");
            }
        }
        Instant started = Instant.now().minusSeconds(1);
        long ends = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < focalPoints.size(); i++) {
            String user = focalPoints.get(i);
            long seed = i;
            threads.add(started(new Thread(() -> focalPoint(user, ends, seed), "focal-" + user)));
        }
        for (int r = 0; r < reviewerNames.size(); r++) {
            String user = reviewerNames.get(r);
            long seed = 1000 + r;
            threads.add(started(new Thread(() -> reviewer(user, ends, seed), "reviewer-" + user)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return check(started, length);
    }

    private void focalPoint(String user, long ends, long seed) {
        String auth = HttpLoad.basic(user, password);
        Random random = new Random(seed);
        while (System.nanoTime() < ends) {
            JsonObject body = Json.createObjectBuilder()
                    .add("capabilityType", "LEVEL_2_HOSPITAL").add("event", "BERLIN-2025")
                    .add("title", "Load test hospital " + random.nextInt(1_000_000))
                    .add("description", "Load test pledge").add("units", 1).add("personnel", 60)
                    .add("women", 12 + random.nextInt(10))
                    .add("availableFrom", LocalDate.now(ZoneOffset.UTC).plusMonths(3).withDayOfMonth(1).toString())
                    .add("daysToDeploy", 60).add("durationMonths", 12).add("selfSustainment", "YES")
                    .add("preferredMissions", Json.createArrayBuilder().add("UNMISS")).build();
            JsonObject pledge = call(auth, "api/pledges", body);
            if (pledge == null) {
                continue;
            }
            long id = pledge.getJsonNumber("id").longValue();
            created.put(id, pledge.getString("reference"));
            succeeded(id, pledge);
            JsonObject submitted = call(auth, "api/pledges/" + id + "/actions/submit", Json.createObjectBuilder()
                    .add("version", pledge.getJsonNumber("version").longValue()).build());
            if (submitted != null) {
                succeeded(id, submitted);
            }
        }
    }

    private void reviewer(String user, long ends, long seed) {
        String auth = HttpLoad.basic(user, password);
        Random random = new Random(seed);
        while (System.nanoTime() < ends) {
            JsonArray items;
            try {
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                                http.uri("api/pledges?status=SUBMITTED&sort=-submittedAt&size=20"))
                        .header("Authorization", auth).header("Accept", "application/json").GET().build());
                count(list.statusCode(), "list");
                if (list.statusCode() != 200) {
                    continue;
                }
                items = read(list.body()).getJsonArray("items");
            } catch (IOException e) {
                unexpected.add("list: " + e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (items.isEmpty()) {
                pause(50);
                continue;
            }
            JsonObject chosen = items.getJsonObject(random.nextInt(Math.min(5, items.size())));
            long id = chosen.getJsonNumber("id").longValue();
            JsonObject reviewing = call(auth, "api/pledges/" + id + "/actions/start-review", Json.createObjectBuilder()
                    .add("version", chosen.getJsonNumber("version").longValue()).build());
            if (reviewing == null) {
                continue;
            }
            succeeded(id, reviewing);
            int roll = random.nextInt(20);
            String action = roll < 12 ? "approve" : roll < 17 ? "return" : "reject";
            var decision = Json.createObjectBuilder().add("version", reviewing.getJsonNumber("version").longValue());
            if (!action.equals("approve")) {
                decision.add("comment", "Load test decision: " + action);
            }
            JsonObject decided = call(auth, "api/pledges/" + id + "/actions/" + action, decision.build());
            if (decided != null) {
                succeeded(id, decided);
            }
        }
    }

    /** POSTs a JSON body; the answer's object on 200/201, null on a 409 (expected) or anything else (counted). */
    private JsonObject call(String auth, String path, JsonObject body) {
        try {
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(http.uri(path))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build());
            count(reply.statusCode(), path);
            if (reply.statusCode() == 200 || reply.statusCode() == 201) {
                return read(reply.body());
            }
            if (reply.statusCode() != 409) {
                unexpected.add(reply.statusCode() + " " + path + ": " + reply.body());
            }
            return null;
        } catch (IOException e) {
            unexpected.add(path + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void succeeded(long id, JsonObject pledge) {
        actions.computeIfAbsent(id, k -> new AtomicLong()).incrementAndGet();
        Seen seen = new Seen(pledge.getJsonNumber("version").longValue(), pledge.getString("status"));
        lastStatus.merge(id, seen, (old, now) -> now.version() > old.version() ? now : old);
    }

    private void count(int status, String path) {
        answers.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
        if (status != 200 && status != 201 && status != 409) {
            unexpected.add(status + " " + path);
        }
    }

    private List<Check> check(Instant started, Duration length) throws SQLException {
        List<Check> checks = new ArrayList<>();
        Map<Integer, Long> byStatus = new TreeMap<>();
        answers.forEach((status, n) -> byStatus.put(status, n.get()));
        long requests = byStatus.values().stream().mapToLong(Long::longValue).sum();
        checks.add(new Check("errors", unexpected.isEmpty(), String.format(Locale.ROOT,
                "requests=%d answers=%s unexpected=%d%s seconds=%d", requests, byStatus, unexpected.size(),
                unexpected.isEmpty() ? "" : " first=" + unexpected.peek(), length.toSeconds())));
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
            // Lost or duplicated pledges: what the clients were told was created, against the rows.
            int missing = 0;
            int wrongReference = 0;
            Map<Long, String> statuses = new java.util.HashMap<>();
            try (PreparedStatement select = db.prepareStatement(
                    "SELECT id, reference, status FROM pledge WHERE synthetic = FALSE AND created_at >= ?")) {
                select.setObject(1, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
                Map<Long, String> rows = new java.util.HashMap<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.put(result.getLong(1), result.getString(2));
                        statuses.put(result.getLong(1), result.getString(3));
                    }
                }
                for (Map.Entry<Long, String> entry : created.entrySet()) {
                    String reference = rows.get(entry.getKey());
                    if (reference == null) {
                        missing++;
                    } else if (!reference.equals(entry.getValue())) {
                        wrongReference++;
                    }
                }
                long references = rows.values().stream().distinct().count();
                checks.add(new Check("no-lost-pledge", missing == 0 && wrongReference == 0, String.format(
                        Locale.ROOT, "created-by-clients=%d missing-in-database=%d wrong-reference=%d",
                        created.size(), missing, wrongReference)));
                checks.add(new Check("no-duplicate-pledge", rows.size() == created.size()
                        && references == rows.size(), String.format(Locale.ROOT,
                        "rows-created-during-run=%d created-by-clients=%d distinct-references=%d", rows.size(),
                        created.size(), references)));
            }
            // History: one entry per successful action, an unbroken chain ending at the pledge's status.
            Map<Long, List<String[]>> history = new java.util.HashMap<>();
            try (PreparedStatement select = db.prepareStatement("SELECT pledge_id, from_status, to_status"
                    + " FROM pledge_history WHERE occurred_at >= ? AND pledge_id IS NOT NULL ORDER BY pledge_id,"
                    + " occurred_at, id")) {
                select.setObject(1, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        history.computeIfAbsent(result.getLong(1), k -> new ArrayList<>())
                                .add(new String[] {result.getString(2), result.getString(3)});
                    }
                }
            }
            long entries = history.values().stream().mapToLong(List::size).sum();
            long expectedEntries = actions.values().stream().mapToLong(AtomicLong::get).sum();
            int countMismatch = 0;
            int brokenChain = 0;
            int statusMismatch = 0;
            for (Map.Entry<Long, AtomicLong> entry : actions.entrySet()) {
                List<String[]> chain = history.getOrDefault(entry.getKey(), List.of());
                if (chain.size() != entry.getValue().get()) {
                    countMismatch++;
                }
                for (int i = 1; i < chain.size(); i++) {
                    if (!chain.get(i)[0].equals(chain.get(i - 1)[1])) {
                        brokenChain++;
                        break;
                    }
                }
                String status = currentStatus(db, entry.getKey(), statuses);
                if (!chain.isEmpty() && !chain.get(chain.size() - 1)[1].equals(status)
                        || !lastStatus.get(entry.getKey()).status().equals(status)) {
                    statusMismatch++;
                }
            }
            checks.add(new Check("history-complete", entries == expectedEntries && countMismatch == 0
                    && history.keySet().stream().allMatch(actions::containsKey), String.format(Locale.ROOT,
                    "entries=%d successful-actions=%d pledges-touched=%d pledges-with-wrong-count=%d", entries,
                    expectedEntries, actions.size(), countMismatch)));
            checks.add(new Check("history-consistent", brokenChain == 0 && statusMismatch == 0, String.format(
                    Locale.ROOT, "broken-chains=%d status-differs-from-last-entry-or-last-answer=%d", brokenChain,
                    statusMismatch)));
        }
        return checks;
    }

    private static String currentStatus(Connection db, long id, Map<Long, String> known) throws SQLException {
        String status = known.get(id);
        if (status != null) {
            return status;
        }
        try (PreparedStatement select = db.prepareStatement("SELECT status FROM pledge WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
