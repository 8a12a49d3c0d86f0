package org.peacekeeping.pledges.bench.excel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.peacekeeping.pledges.pledge.PledgeRow;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.ReadinessLevel;
import org.peacekeeping.pledges.pledge.SelfSustainment;
import org.peacekeeping.pledges.reference.Category;
import org.peacekeeping.pledges.reference.RegionalGroup;

/**
 * The rows of an analyst's register (every pledge but drafts, most recently updated first, as
 * {@code GET /api/reports/register} lists them), read straight over JDBC with a forward-only cursor: the benchmarks'
 * peers (fastexcel) and the in-process POI writer get exactly the rows the server exports, without the server.
 */
final class RegisterSource {

    private static final int FETCH = 1_000;

    private final String url;
    private final String user;
    private final String password;

    RegisterSource(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The SQL of the register's projection (PledgeRow.SELECT), missions folded into one column by the database. */
    private String sql() {
        String missions = url.startsWith("jdbc:postgresql:")
                ? "(SELECT string_agg(pm.mission_code, ',' ORDER BY pm.mission_code) FROM pledge_mission pm"
                + " WHERE pm.pledge_id = p.id)"
                : "(SELECT LISTAGG(pm.mission_code, ',') WITHIN GROUP (ORDER BY pm.mission_code) FROM pledge_mission pm"
                + " WHERE pm.pledge_id = p.id)";
        return "SELECT p.id, p.reference, m.iso3, m.name_en, m.regional_group, p.event_code, p.category,"
                + " t.code, t.name_en, p.title, p.description, p.units, p.personnel, p.women, p.readiness_level,"
                + " p.available_from, p.days_to_deploy, p.duration_months, p.self_sustainment, p.caveats, p.status,"
                + " p.created_at, p.updated_at, p.submitted_at, p.approved_at, p.renewal_due, p.synthetic, "
                + missions
                + " FROM pledge p JOIN member_state m ON m.iso3 = p.member_state"
                + " JOIN capability_type t ON t.code = p.capability_type"
                + " WHERE p.status <> 'DRAFT' ORDER BY p.updated_at DESC, p.id DESC";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Hands every row to {@code sink} as the cursor reads it; returns how many. */
    long forEach(Consumer<PledgeRow> sink) throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            long count = 0;
            try (PreparedStatement statement = connection.prepareStatement(sql(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sink.accept(row(rows));
                        count++;
                    }
                }
            } finally {
                connection.rollback();
            }
            return count;
        }
    }

    /** Every row in memory, for the in-process writer benchmarks. */
    List<PledgeRow> all() throws SQLException {
        List<PledgeRow> rows = new ArrayList<>();
        forEach(rows::add);
        return rows;
    }

    private static PledgeRow row(ResultSet rs) throws SQLException {
        String missions = rs.getString(28);
        return new PledgeRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                named(RegionalGroup.class, rs.getString(5)), rs.getString(6), named(Category.class, rs.getString(7)),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12), rs.getInt(13),
                rs.getInt(14), named(ReadinessLevel.class, rs.getString(15)), date(rs, 16), integer(rs, 17),
                integer(rs, 18), named(SelfSustainment.class, rs.getString(19)), rs.getString(20),
                missions == null ? List.of() : Arrays.asList(missions.split(",")),
                named(PledgeStatus.class, rs.getString(21)), instant(rs, 22), instant(rs, 23), instant(rs, 24),
                instant(rs, 25), date(rs, 26), rs.getBoolean(27));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
