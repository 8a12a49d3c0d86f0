package org.peacekeeping.pledges.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one physical datasource behind {@code java:app/jdbc/pledges}. Payara pools its connections; this class
 * decides, from {@link DatabaseSettings}, whether they come from the embedded H2 or from PostgreSQL, so that one
 * WAR runs on both without a different server configuration.
 * <p>
 * It is also where a start meets the database first (Payara opens the persistence unit, and so the pool, before
 * any of the application's code runs): an incomplete configuration refuses the start here, and the first
 * connection to PostgreSQL is retried for {@code PLEDGES_DB_STARTUP_WAIT_SECONDS} (a database that starts more
 * slowly than the application is normal) before the start is refused ({@link StartupFailure}). Once connected,
 * failures go straight to the pool, which validates and replaces connections.
 */
public class ConfiguredDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());
    private static final long RETRY_MILLIS = 2000;
    /** The connections' name in PostgreSQL, unless the URL gives one ({@code ?ApplicationName=pledges-a}). */
    static final String APPLICATION_NAME = "pledge-tracker";

    private volatile DataSource target;
    private volatile boolean connectedOnce;
    private DatabaseSettings settings;
    private StartupConfiguration startup;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource target() throws SQLException {
        DataSource result = target;
        if (result == null) {
            synchronized (this) {
                result = target;
                if (result == null) {
                    Config config = ConfigProvider.getConfig(getClass().getClassLoader());
                    startup = StartupConfiguration.check(config);
                    if (!startup.complete()) {
                        throw new SQLException(StartupFailure.refuse(startup.problems(), startup.exitOnFailure()));
                    }
                    settings = DatabaseSettings.from(config);
                    result = create(settings);
                    connectedOnce = settings.embedded();
                    target = result;
                }
            }
        }
        return result;
    }

    /** The first connection of this start: retried while the database may still be starting, then refused. */
    private Connection firstConnection(DataSource database) throws SQLException {
        long deadline = System.nanoTime() + startup.databaseWaitSeconds() * 1_000_000_000L;
        while (true) {
            try {
                Connection connection = database.getConnection();
                connectedOnce = true;
                return connection;
            } catch (SQLException e) {
                if (System.nanoTime() >= deadline) {
                    throw new SQLException(StartupFailure.refuse(List.of("Cannot reach the database "
                            + settings.describe() + " as " + settings.user() + " (waited "
                            + startup.databaseWaitSeconds() + " s): " + withoutFinalStop(e.getMessage())
                            + ". Check PLEDGES_DB_URL, PLEDGES_DB_USER and PLEDGES_DB_PASSWORD, and that "
                            + "PostgreSQL is running; PLEDGES_DB_STARTUP_WAIT_SECONDS sets how long to wait for it."),
                            startup.exitOnFailure()));
                }
                LOG.warning(() -> "Waiting for the database " + settings.describe() + ": " + e.getMessage());
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static DataSource create(DatabaseSettings settings) {
        if (settings.embedded()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(settings.url());
        postgres.setUser(settings.user());
        postgres.setPassword(settings.password());
        if (!settings.url().toLowerCase(Locale.ROOT).contains("applicationname=")) {
            postgres.setApplicationName(APPLICATION_NAME); // how pg_stat_activity shows the pool's connections
        }
        postgres.setConnectTimeout(10);
        if (!settings.url().toLowerCase(Locale.ROOT).contains("rewritebatchedinserts=")) {
            // A JDBC batch of inserts (an uploaded form: 10,000 pledges, their history and form keys) goes as
            // multi-row INSERTs rather than one statement per row: PostgreSQL's own time per upload drops about
            // tenfold. Only inserts are rewritten; updates keep their row counts for optimistic locking.
            postgres.setReWriteBatchedInserts(true);
        }
        return postgres;
    }

    private static String withoutFinalStop(String message) {
        String text = String.valueOf(message).strip();
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DataSource database = target();
        return connectedOnce ? database.getConnection() : firstConnection(database);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("No parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
