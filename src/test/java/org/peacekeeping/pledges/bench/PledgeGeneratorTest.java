package org.peacekeeping.pledges.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.TestMigrations;

/**
 * The generator writes into the schema the migrations make today: run on every build, so that a new column or
 * constraint the benchmarks' data does not satisfy is found here, not at the start of a 40-minute benchmark (a
 * deployment constraint once refused every generated batch unnoticed).
 */
class PledgeGeneratorTest {

    private static final String URL = "jdbc:h2:mem:generator;DB_CLOSE_DELAY=-1";

    @Test
    void generatedPledgesSatisfyTheSchemaAndTellTheDemoStory() throws SQLException {
        TestMigrations.migrate(URL, "sa", "");

        PledgeGenerator.Result result = PledgeGenerator.generate(URL, "sa", "", 400, 7L);

        assertEquals(400, result.pledges());
        assertEquals(400, count("SELECT COUNT(*) FROM pledge WHERE synthetic"));
        assertTrue(result.histories() >= 400, "every pledge has at least its creation in the history");
        assertEquals(result.histories(), count("SELECT COUNT(*) FROM pledge_history"));
        assertTrue(count("SELECT COUNT(*) FROM pledge WHERE status = 'DEPLOYED' AND deployed_on IS NOT NULL"
                + " AND deployment_mission IS NOT NULL") > 0, "some generated pledges deployed, with their mission");
        assertTrue(count("SELECT COUNT(*) FROM pledge WHERE status = 'REPATRIATED' AND repatriated_on >= deployed_on")
                > 0, "some came home, after they deployed");
        assertEquals(0, count("SELECT COUNT(*) FROM pledge WHERE description NOT LIKE 'SYNTHETIC DEMONSTRATION DATA%'"));
        // The figures' cells (sql/V25) were kept by the trigger as the generator wrote: the dashboard sees its pledges.
        assertEquals(count("SELECT COUNT(*) FROM pledge WHERE status <> 'DRAFT'"),
                count("SELECT SUM(pledges) FROM pledge_figure_cell"));
        assertEquals(count("SELECT SUM(personnel) FROM pledge WHERE status <> 'DRAFT'"),
                count("SELECT SUM(personnel) FROM pledge_figure_cell"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "sa", "");
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
