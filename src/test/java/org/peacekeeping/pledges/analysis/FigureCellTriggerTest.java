package org.peacekeeping.pledges.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.TestMigrations;

/**
 * pledge_figure_cell (sql/V25) on H2, migrated as the application migrates it, so kept by {@link FigureCellTrigger}:
 * after every kind of write to the pledge table (insert, status change, personnel change, move to another event or
 * to none, to and from DRAFT, another capability type and category, several rows in one statement, a rollback, a
 * delete), its non-empty cells are exactly the GROUP BY over the pledges that the dashboard used to run. PostgreSQL's
 * trigger is checked the same way at the end of PledgeApiIT's container run.
 */
class FigureCellTriggerTest {

    /** The GROUP BY that FigureQueries ran over the pledge table before V25, in the cells' form ('' for no event). */
    static final String GROUP_BY = "SELECT status, member_state, category, capability_type, COALESCE(event_code, ''),"
            + " synthetic, COUNT(*), SUM(units), SUM(personnel), SUM(women) FROM pledge WHERE status <> 'DRAFT'"
            + " GROUP BY status, member_state, category, capability_type, COALESCE(event_code, ''), synthetic";
    static final String CELLS = "SELECT status, member_state, category, capability_type, event_code, synthetic,"
            + " pledges, units, personnel, women FROM pledge_figure_cell WHERE pledges <> 0";

    @Test
    void theCellsAreTheGroupByAfterEveryKindOfWrite() throws SQLException {
        String url = "jdbc:h2:mem:cells-trigger;DB_CLOSE_DELAY=-1";
        TestMigrations.migrate(url, "sa", "");
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            assertCellsAreTheGroupBy(sql, "no pledges", 0);

            insert(sql, 1, "PAK", "BERLIN-2025", "LEVEL_2_HOSPITAL", "MEDICAL", 1, 60, 12, "SUBMITTED");
            insert(sql, 2, "NPL", "BERLIN-2025", "INFANTRY_BATTALION", "MILITARY_UNIT", 1, 850, 90, "DRAFT");
            insert(sql, 3, "NPL", null, "ENGINEER_COMPANY", "ENGINEERING", 1, 150, 20, "APPROVED");
            insert(sql, 4, "NPL", null, "ENGINEER_COMPANY", "ENGINEERING", 2, 300, 45, "APPROVED");
            assertCellsAreTheGroupBy(sql, "inserted, one draft", 2);
            assertEquals(List.of("2|3|450|65"), rows(sql, "SELECT pledges, units, personnel, women"
                    + " FROM pledge_figure_cell WHERE member_state = 'NPL' AND event_code = ''"),
                    "two standing pledges of Nepal in one cell");

            update(sql, "status = 'APPROVED', approved_at = CURRENT_TIMESTAMP", 1);
            assertCellsAreTheGroupBy(sql, "submitted to approved", 2);
            update(sql, "personnel = 175, women = 35", 3);
            assertCellsAreTheGroupBy(sql, "personnel changed", 2);
            update(sql, "event_code = 'ACCRA-2023'", 1);
            update(sql, "event_code = 'BERLIN-2025'", 3);
            assertCellsAreTheGroupBy(sql, "moved to another event, and from none to one", 3);
            update(sql, "event_code = NULL", 3);
            assertCellsAreTheGroupBy(sql, "back to standing", 2);
            update(sql, "status = 'SUBMITTED'", 2);
            update(sql, "status = 'DRAFT'", 4);
            assertCellsAreTheGroupBy(sql, "from DRAFT and to DRAFT", 3);
            update(sql, "capability_type = 'INFANTRY_BATTALION', category = 'MILITARY_UNIT', units = 2", 1);
            assertCellsAreTheGroupBy(sql, "another type and category", 3);
            update(sql, "title = 'Renamed', caveats = 'None'", 1);
            assertCellsAreTheGroupBy(sql, "a column no cell has", 3);
            update(sql, "synthetic = TRUE", 3);
            assertCellsAreTheGroupBy(sql, "marked synthetic", 3);

            sql.executeUpdate("INSERT INTO pledge (id, reference, member_state, event_code, capability_type, category,"
                    + " title, units, personnel, women, readiness_level, status, created_at, created_by, updated_at,"
                    + " updated_by) SELECT id + 100, 'X-' || id, 'GHA', event_code, capability_type, category, title,"
                    + " units, personnel, women, readiness_level, status, created_at, created_by, updated_at,"
                    + " updated_by FROM pledge");
            assertCellsAreTheGroupBy(sql, "four rows in one statement", 6);
            assertEquals(4, sql.executeUpdate("UPDATE pledge SET status = 'LAPSED' WHERE status = 'APPROVED'"));
            assertCellsAreTheGroupBy(sql, "four rows changed in one statement", 6);

            db.setAutoCommit(false);
            update(sql, "personnel = 999, women = 0", 2);
            sql.executeUpdate("DELETE FROM pledge WHERE id = 101");
            db.rollback();
            db.setAutoCommit(true);
            assertCellsAreTheGroupBy(sql, "rolled back", 6);

            sql.executeUpdate("DELETE FROM pledge WHERE id = 1");
            assertCellsAreTheGroupBy(sql, "deleted", 5);
            sql.executeUpdate("DELETE FROM pledge");
            assertCellsAreTheGroupBy(sql, "every pledge deleted", 0);
            assertEquals(List.of(), rows(sql, "SELECT status FROM pledge_figure_cell WHERE pledges <> 0"
                    + " OR units <> 0 OR personnel <> 0 OR women <> 0"), "only empty cells are left");
        }
    }

    @Test
    void theMigrationCountsThePledgesThatAreAlreadyThere() throws SQLException {
        String url = "jdbc:h2:mem:cells-seed;DB_CLOSE_DELAY=-1";
        TestMigrations.migrate(url, "sa", "", "24");
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement sql = db.createStatement()) {
            insert(sql, 1, "PAK", "BERLIN-2025", "LEVEL_2_HOSPITAL", "MEDICAL", 1, 60, 12, "SUBMITTED");
            insert(sql, 2, "PAK", "BERLIN-2025", "LEVEL_2_HOSPITAL", "MEDICAL", 1, 70, 20, "SUBMITTED");
            insert(sql, 3, "NPL", null, "ENGINEER_COMPANY", "ENGINEERING", 1, 150, 20, "APPROVED");
            insert(sql, 4, "NPL", null, "ENGINEER_COMPANY", "ENGINEERING", 1, 150, 20, "DRAFT");
            TestMigrations.migrate(url, "sa", "");
            assertCellsAreTheGroupBy(sql, "filled by the migration", 2);
            assertEquals(List.of("SUBMITTED|PAK|BERLIN-2025|2|2|130|32", "APPROVED|NPL||1|1|150|20"),
                    rows(sql, "SELECT status, member_state, event_code, pledges, units, personnel, women"
                            + " FROM pledge_figure_cell ORDER BY member_state DESC"));
            update(sql, "status = 'APPROVED'", 2);
            assertCellsAreTheGroupBy(sql, "kept afterwards", 3);
        }
    }

    static void insert(Statement sql, long id, String state, String event, String type, String category, int units,
                       int personnel, int women, String status) throws SQLException {
        sql.executeUpdate("INSERT INTO pledge (id, reference, member_state, event_code, capability_type, category,"
                + " title, units, personnel, women, readiness_level, status, created_at, created_by, updated_at,"
                + " updated_by) VALUES (" + id + ", '" + state + "-2026-" + id + "', '" + state + "', "
                + (event == null ? "NULL" : "'" + event + "'") + ", '" + type + "', '" + category + "', 'Pledge " + id
                + "', " + units + ", " + personnel + ", " + women + ", 'NONE', '" + status + "', CURRENT_TIMESTAMP,"
                + " 'test', CURRENT_TIMESTAMP, 'test')");
    }

    private static void update(Statement sql, String set, long id) throws SQLException {
        assertEquals(1, sql.executeUpdate("UPDATE pledge SET " + set + " WHERE id = " + id), set);
    }

    /** The non-empty cells are the GROUP BY's rows, {@code expected} of them, and no cell is below zero. */
    static void assertCellsAreTheGroupBy(Statement sql, String after, int expected) throws SQLException {
        List<String> groups = rows(sql, GROUP_BY);
        assertEquals(new TreeSet<>(groups), new TreeSet<>(rows(sql, CELLS)), after);
        assertEquals(expected, groups.size(), after + ": cells");
        assertTrue(rows(sql, "SELECT status FROM pledge_figure_cell WHERE pledges < 0 OR units < 0 OR personnel < 0"
                + " OR women < 0 OR (pledges = 0 AND (units <> 0 OR personnel <> 0 OR women <> 0))").isEmpty(),
                after + ": a cell below zero, or empty with something left in it");
    }

    /** Every row, its columns joined with |. */
    static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }
}
