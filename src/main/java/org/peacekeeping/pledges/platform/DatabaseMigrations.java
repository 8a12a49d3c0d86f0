package org.peacekeeping.pledges.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The start of the application: checks the configuration ({@link StartupConfiguration}; the datasource has waited
 * for the database to answer, see {@link ConfiguredDataSource}), then applies the versioned migrations of the
 * top-level {@code sql/} folder (packaged as {@code db/migration}) before anything else touches the database.
 * Flyway takes a lock in the database, so instances starting together migrate once. In production mode it then
 * checks that an administrator exists or can be created. Anything wrong refuses the start with a message naming
 * what to fix ({@link StartupFailure}). Bean-managed transactions: Flyway commits each migration itself.
 * <p>
 * The pool checks each connection before handing it out ({@code Connection.isValid}) and drops them all when one
 * is found broken, so a database restart costs the requests in flight, not the pool: the next ones reconnect.
 * Its bounds here are the defaults ({@link PoolSize#DEFAULT}); {@code PLEDGES_DB_POOL_MIN} and
 * {@code PLEDGES_DB_POOL_MAX} change them once it is open ({@link PayaraPoolSize}).
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATASOURCE,
        className = "org.peacekeeping.pledges.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=1",
            "fish.payara.connection-creation-retry-interval-in-seconds=1",
            "fish.payara.max-wait-time-in-millis=15000"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATASOURCE = "java:app/jdbc/pledges";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());
    static final String ADMIN_PASSWORD = "pledges.admin.password";
    /** The shortest first administrator password accepted (as account.FirstAdministrator requires). */
    static final int MINIMUM_ADMIN_PASSWORD_LENGTH = 12;

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PersistenceUnit(unitName = "pledges")
    private EntityManagerFactory entityManagers;

    @Inject
    private Config config;

    @Inject
    private RuntimeSettings settings;

    private volatile boolean complete;

    @PostConstruct
    void start() {
        StartupConfiguration startup = StartupConfiguration.check(config);
        if (!startup.complete()) {
            throw StartupFailure.refuse(startup.problems(), startup.exitOnFailure());
        }
        startup.warnings().forEach(LOG::warning);
        DatabaseSettings database = settings.database();
        LOG.info(() -> "Database " + database.describe() + " as " + database.user() + ", mode " + settings.mode());
        try {
            migrate(database);
            sizePool(startup.poolSize());
            failFastWhenTheDatabaseIsAway();
            if (settings.mode() == ApplicationMode.PRODUCTION) {
                requireAdministrator();
            }
        } catch (StartRefused e) {
            throw StartupFailure.refuse(List.of(e.getMessage()), startup.exitOnFailure());
        } catch (RuntimeException e) {
            throw StartupFailure.refuse(List.of("The database migration failed: " + e.getMessage()),
                    startup.exitOnFailure());
        }
        complete = true;
    }

    private void migrate(DatabaseSettings database) {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations(database).toArray(String[]::new))
                .placeholders(placeholders(database))
                .validateMigrationNaming(true)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * Where the migrations are: {@code sql/} (packaged as {@code db/migration}), one SQL set for both databases, and
     * the folder of the one database's own migrations, {@code sql/h2/} or {@code sql/postgresql/} (packaged as
     * {@code db/h2} and {@code db/postgresql}). Only what cannot be written alike is there: the triggers that keep
     * {@code pledge_figure_cell} (V25.1), a PL/pgSQL function on PostgreSQL and a Java class on H2, too long and too
     * different for a placeholder.
     */
    static List<String> locations(DatabaseSettings database) {
        return List.of("classpath:db/migration", "classpath:db/" + (database.embedded() ? "h2" : "postgresql"));
    }

    /**
     * What differs between the two databases in {@code sql/}, a word or a clause: PostgreSQL keeps the reviewers' queue in a partial index
     * (V12), which H2 does not have; the dossier's files are BYTEA there and BLOB on H2 (V14).
     */
    static Map<String, String> placeholders(DatabaseSettings database) {
        return Map.of("review_queue_where",
                database.embedded() ? "" : "WHERE status IN ('SUBMITTED', 'UNDER_REVIEW')",
                "document_content", database.embedded() ? "BLOB" : "BYTEA");
    }

    /**
     * The pool exists now (the migrations used it): bounds other than the definition's are applied to it, see
     * {@link PayaraPoolSize} for why not in the definition itself.
     */
    private void sizePool(PoolSize size) throws StartRefused {
        if (size.equals(PoolSize.DEFAULT)) {
            LOG.info(() -> "Connection pool: " + size);
            return;
        }
        String application;
        try {
            application = (String) new InitialContext().lookup("java:app/AppName");
        } catch (NamingException e) {
            throw new StartRefused("Cannot tell the application's name to size its connection pool: " + e);
        }
        try {
            PoolSize applied = PayaraPoolSize.apply(application, DATASOURCE, size);
            LOG.info(() -> "Connection pool: " + applied + " (PLEDGES_DB_POOL_MIN, PLEDGES_DB_POOL_MAX)");
        } catch (IllegalStateException e) {
            throw new StartRefused("Cannot size the connection pool to " + size + " as PLEDGES_DB_POOL_MIN and "
                    + "PLEDGES_DB_POOL_MAX ask (" + e.getMessage() + "); unset both to run with the built-in "
                    + PoolSize.DEFAULT + ".");
        }
    }

    /**
     * While the database is away, a query should fail at once and answer 503 ({@link DatabaseUnavailable}).
     * EclipseLink instead reconnects and retries a query that failed for want of a connection, three times, five
     * seconds apart (on top of the pool's own two-second retries), which held a request 20 to 40 s; Payara's
     * EclipseLink does not take the count from persistence.xml, so it is set on the running session. Its API is
     * not on the application's compile path (Payara ships it), hence reflection; should that fail, the start goes
     * on with EclipseLink's retries and says so.
     */
    private void failFastWhenTheDatabaseIsAway() {
        try {
            Class<?> sessionType = Class.forName("org.eclipse.persistence.sessions.Session", true,
                    Thread.currentThread().getContextClassLoader());
            Object session = entityManagers.unwrap(sessionType);
            Object login = sessionType.getMethod("getDatasourceLogin").invoke(session);
            login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, 0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "Could not turn EclipseLink's query retries off (" + e + "): while the database is "
                    + "away, requests take longer to answer 503");
        }
    }

    /**
     * Production needs an administrator: one exists, or PLEDGES_ADMIN_PASSWORD lets account.FirstAdministrator
     * create it. Checked here so that a missing password refuses the start like any other incomplete setting.
     */
    private void requireAdministrator() throws StartRefused {
        String password = config.getOptionalValue(ADMIN_PASSWORD, String.class).orElse("");
        if (password.length() >= MINIMUM_ADMIN_PASSWORD_LENGTH) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet admins = statement.executeQuery("SELECT COUNT(*) FROM user_account WHERE role = 'ADMIN'")) {
            admins.next();
            if (admins.getLong(1) > 0) {
                return;
            }
        } catch (SQLException e) {
            throw new StartRefused("Cannot count the administrators: " + e.getMessage());
        }
        throw new StartRefused(password.isEmpty()
                ? "No administrator exists yet: set PLEDGES_ADMIN_PASSWORD (" + MINIMUM_ADMIN_PASSWORD_LENGTH
                        + " characters or more; PLEDGES_ADMIN_USERNAME, default admin, names it) to create the first "
                        + "one."
                : "PLEDGES_ADMIN_PASSWORD must have at least " + MINIMUM_ADMIN_PASSWORD_LENGTH + " characters.");
    }

    public boolean complete() {
        return complete;
    }

    /** A reason to refuse the start that the operator can act on. */
    private static final class StartRefused extends Exception {
        private static final long serialVersionUID = 1L;

        StartRefused(String message) {
            super(message);
        }
    }
}
