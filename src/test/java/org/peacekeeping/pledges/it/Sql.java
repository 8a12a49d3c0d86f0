package org.peacekeeping.pledges.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the application's database directly, to check what the API does not show (yet). */
public final class Sql {

    /** Opens a connection to the database a test reads. */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    private Sql() {
    }

    static long count(String query) {
        return Long.parseLong(single(query));
    }

    static String single(String query) {
        List<String> rows = column(query);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row from " + query + ", got " + rows);
        }
        return rows.get(0);
    }

    /** Changes the database behind the application's back: only to stage a situation (an overdue renewal). */
    static int update(String statement) {
        try (Connection connection = TestDatabase.connectAsApplication();
             Statement sql = connection.createStatement()) {
            return sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new AssertionError("Update failed: " + statement, e);
        }
    }

    static List<String> column(String query) {
        return column(TestDatabase::connectAsApplication, query);
    }

    /** The first column of every row the query answers, as text, read through a connection of its own. */
    public static List<String> column(Connector database, String query) {
        try (Connection connection = database.open();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError("Query failed: " + query, e);
        }
    }
}
