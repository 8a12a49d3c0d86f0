package org.peacekeeping.pledges.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stopping and starting the application keeps its data: the second start migrates nothing and seeds nothing, and
 * what the first start wrote is still there, unchanged.
 *
 * <p>Runs in the H2 leg only: the embedded file database is the one a restart could lose (it is the README's run
 * command). On PostgreSQL the same start-up path (migrate once, seed once) is exercised by {@code ClusterIT}'s two
 * instances starting together and by CI's backup-restore check, which starts the application on a restored copy
 * and requires that it migrates nothing.
 */
@EnabledIfSystemProperty(named = "pledges.it.database", matches = "h2")
@ExtendWith({TestDatabase.class, ArquillianExtension.class})
class RestartIT {

    private static final String APPLICATION = "application";

    @Deployment(name = APPLICATION, managed = false, testable = false)
    static WebArchive application() {
        return FoundationIT.application();
    }

    @ArquillianResource
    private Deployer deployer;

    @Test
    void aRestartKeepsTheDataAndNeitherMigratesNorSeedsAgain() {
        deployer.deploy(APPLICATION);
        List<String> before = snapshot();
        deployer.undeploy(APPLICATION);

        deployer.deploy(APPLICATION);
        try {
            assertEquals(before, snapshot());
            // Flyway's own table keeps lower-case, quoted names on H2 as on PostgreSQL.
            assertEquals(migrationVersions(),
                    Sql.column("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE "
                            + "AND \"version\" IS NOT NULL ORDER BY \"installed_rank\""));
        } finally {
            deployer.undeploy(APPLICATION);
        }
    }

    /**
     * The versions of the migrations in sql/ and in the folder of this run's database (sql/h2/ or sql/postgresql/),
     * in order, as Flyway writes them (V25_1 is 25.1): each must have run exactly once.
     */
    private static List<String> migrationVersions() {
        Path own = Path.of("sql", TestDatabase.postgres() ? "postgresql" : "h2");
        try (Stream<Path> shared = Files.list(Path.of("sql")); Stream<Path> vendor = Files.list(own)) {
            return Stream.concat(shared, vendor).map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+(_\\d+)*__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.'))
                    .sorted(Comparator.comparingInt((String v) -> Integer.parseInt(v.split("\\.")[0]))
                            .thenComparingInt(v -> v.contains(".") ? Integer.parseInt(v.split("\\.")[1]) : -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Facts a second seeding or a lost database would change: counts, the newest reference, creation times. */
    private static List<String> snapshot() {
        return List.of(
                Sql.single("SELECT COUNT(*) FROM pledge"),
                Sql.single("SELECT COUNT(*) FROM pledge_history"),
                Sql.single("SELECT MAX(reference) FROM pledge"),
                Sql.single("SELECT COUNT(*) FROM user_account"),
                Sql.single("SELECT MIN(created_at) FROM user_account"),
                Sql.single("SELECT COUNT(*) FROM \"flyway_schema_history\""));
    }
}
