package org.peacekeeping.pledges.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each container-test run (one failsafe execution per database) a fresh, empty database before the first
 * Payara Micro starts. The database comes from the same variables the application reads ({@code PLEDGES_DB_URL},
 * set per execution in pom.xml). Without a PostgreSQL at the configured address the PostgreSQL run is skipped with
 * a warning on a developer's machine, and fails when {@code CI=true}.
 */
public class TestDatabase implements ExecutionCondition, BeforeAllCallback {

    private static boolean prepared;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!postgres() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("database " + database());
        }
        try (Connection ignored = connectAsApplication()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        } catch (SQLException asApplication) {
            try (Connection ignored = connectAsSuperuser()) {
                return ConditionEvaluationResult.enabled("PostgreSQL answers");
            } catch (SQLException asSuperuser) {
                System.err.println("WARNING: no PostgreSQL at " + url() + " (" + asSuperuser.getMessage()
                        + "): container tests on PostgreSQL skipped. .ci/run installs and starts one.");
                return ConditionEvaluationResult.disabled("no PostgreSQL at " + url());
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TestDatabase.class) {
            if (!prepared) {
                if (postgres()) {
                    resetPostgres();
                } else {
                    deleteH2Files();
                }
                prepared = true;
            }
        }
    }

    static String database() {
        return System.getProperty("pledges.it.database", "h2");
    }

    static boolean postgres() {
        return "postgresql".equals(database());
    }

    private static String url() {
        return System.getenv("PLEDGES_DB_URL");
    }

    private static String property(String name) {
        return System.getProperty("pledges.it.postgres." + name);
    }

    /** A connection to the database the application under test uses (H2 through its auto-server). */
    static Connection connectAsApplication() throws SQLException {
        String user = System.getenv("PLEDGES_DB_USER");
        String password = System.getenv("PLEDGES_DB_PASSWORD");
        return DriverManager.getConnection(url(), user == null ? "sa" : user, password == null ? "" : password);
    }

    private static Connection connectAsSuperuser() throws SQLException {
        String adminUrl = "jdbc:postgresql://" + property("host") + ":" + property("port") + "/postgres";
        return DriverManager.getConnection(adminUrl, System.getProperty("pledges.it.postgres.admin", "postgres"), "");
    }

    /** Creates the role and database when missing (as the superuser), then empties the schema (as the owner). */
    private static void resetPostgres() throws SQLException {
        try (Connection ignored = connectAsApplication()) {
            // role and database exist
        } catch (SQLException missing) {
            try (Connection admin = connectAsSuperuser(); Statement sql = admin.createStatement()) {
                String user = property("user");
                sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + user + "') THEN "
                        + "CREATE ROLE " + user + " LOGIN PASSWORD '" + property("password") + "'; END IF; END $$");
                sql.execute("CREATE DATABASE " + property("database") + " OWNER " + user);
            }
        }
        try (Connection owner = connectAsApplication(); Statement sql = owner.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS public CASCADE");
            sql.execute("CREATE SCHEMA public");
        }
    }

    private static void deleteH2Files() throws IOException {
        String url = url();
        if (url == null || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        Path folder = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
