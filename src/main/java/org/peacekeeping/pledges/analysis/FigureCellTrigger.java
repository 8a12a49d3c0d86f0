package org.peacekeeping.pledges.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * H2's trigger on {@code pledge} that keeps {@code pledge_figure_cell} (sql/V25 and sql/h2/V25_1), as PostgreSQL's
 * PL/pgSQL function does there: after each inserted, updated or deleted row, the old row's contribution (when it was
 * not a draft) is taken from its cell and the new row's added to its own, in the writing transaction. H2 calls it
 * with the rows' values in column order, read once from the table's definition. H2 has no {@code UPDATE OF} columns
 * or {@code WHEN} on a trigger, so an update that changed none of the cell's columns returns here at once.
 * <p>
 * Only H2 loads this class, by name (H2 comes with Payara Micro and finds it through the context class loader, the
 * application's); nothing in the application calls it.
 */
public class FigureCellTrigger implements Trigger {

    /** The SQL state of a duplicate key: another transaction inserted the same new cell first. */
    private static final String DUPLICATE_KEY = "23505";

    private static final String ADD = "UPDATE pledge_figure_cell SET pledges = pledges + ?, units = units + ?,"
            + " personnel = personnel + ?, women = women + ? WHERE status = ? AND member_state = ? AND category = ?"
            + " AND capability_type = ? AND event_code = ? AND synthetic = ?";
    private static final String INSERT = "INSERT INTO pledge_figure_cell (pledges, units, personnel, women, status,"
            + " member_state, category, capability_type, event_code, synthetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final Comparator<Contribution> KEY_ORDER = Comparator.comparing(Contribution::status)
            .thenComparing(Contribution::memberState).thenComparing(Contribution::category)
            .thenComparing(Contribution::capabilityType).thenComparing(Contribution::event)
            .thenComparing(Contribution::synthetic);

    private int status;
    private int memberState;
    private int category;
    private int capabilityType;
    private int event;
    private int synthetic;
    private int units;
    private int personnel;
    private int women;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        Map<String, Integer> positions = new HashMap<>();
        try (PreparedStatement columns = connection.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            columns.setString(1, schema);
            columns.setString(2, table);
            try (ResultSet rows = columns.executeQuery()) {
                while (rows.next()) {
                    positions.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getInt(2) - 1);
                }
            }
        }
        status = position(positions, "status");
        memberState = position(positions, "member_state");
        category = position(positions, "category");
        capabilityType = position(positions, "capability_type");
        event = position(positions, "event_code");
        synthetic = position(positions, "synthetic");
        units = position(positions, "units");
        personnel = position(positions, "personnel");
        women = position(positions, "women");
    }

    private static int position(Map<String, Integer> positions, String column) throws SQLException {
        Integer position = positions.get(column);
        if (position == null) {
            throw new SQLException("pledge has no column " + column + " for the figure cells' trigger");
        }
        return position;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Contribution before = contribution(oldRow, -1);
        Contribution after = contribution(newRow, 1);
        if (before == null && after == null) {
            return;
        }
        if (before != null && after != null && before.sameCell(after)) {
            if (before.units() + after.units() != 0 || before.personnel() + after.personnel() != 0
                    || before.women() + after.women() != 0) {
                add(connection, new Contribution(after.status(), after.memberState(), after.category(),
                        after.capabilityType(), after.event(), after.synthetic(), 0, before.units() + after.units(),
                        before.personnel() + after.personnel(), before.women() + after.women()));
            }
            return;
        }
        // Both cells in the order of their keys, as on PostgreSQL: opposite moves wait instead of deadlocking.
        if (before != null && (after == null || KEY_ORDER.compare(before, after) < 0)) {
            add(connection, before);
            if (after != null) {
                add(connection, after);
            }
        } else {
            add(connection, after);
            if (before != null) {
                add(connection, before);
            }
        }
    }

    /** What a row adds to its cell ({@code sign} 1) or takes from it (-1); null for no row or a draft. */
    private Contribution contribution(Object[] row, int sign) {
        if (row == null || "DRAFT".equals(row[status])) {
            return null;
        }
        return new Contribution((String) row[status], (String) row[memberState], (String) row[category],
                (String) row[capabilityType], row[event] == null ? "" : (String) row[event],
                Boolean.TRUE.equals(row[synthetic]), sign, sign * number(row[units]), sign * number(row[personnel]),
                sign * number(row[women]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Adds to the cell, creating it when it is new; should another transaction create it first, adds to theirs. */
    private static void add(Connection connection, Contribution change) throws SQLException {
        if (update(connection, ADD, change) > 0) {
            return;
        }
        try {
            update(connection, INSERT, change);
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState()) || update(connection, ADD, change) == 0) {
                throw e;
            }
        }
    }

    private static int update(Connection connection, String sql, Contribution change) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, change.pledges());
            statement.setLong(2, change.units());
            statement.setLong(3, change.personnel());
            statement.setLong(4, change.women());
            statement.setString(5, change.status());
            statement.setString(6, change.memberState());
            statement.setString(7, change.category());
            statement.setString(8, change.capabilityType());
            statement.setString(9, change.event());
            statement.setBoolean(10, change.synthetic());
            return statement.executeUpdate();
        }
    }

    /** One row's part of a cell: its key ('' for no event) and what it adds, signed. */
    private record Contribution(String status, String memberState, String category, String capabilityType,
                                String event, boolean synthetic, long pledges, long units, long personnel,
                                long women) {

        boolean sameCell(Contribution other) {
            return status.equals(other.status) && memberState.equals(other.memberState)
                    && category.equals(other.category) && capabilityType.equals(other.capabilityType)
                    && event.equals(other.event) && synthetic == other.synthetic;
        }
    }
}
