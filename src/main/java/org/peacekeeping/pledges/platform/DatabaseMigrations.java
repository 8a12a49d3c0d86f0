package org.peacekeeping.pledges.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned migrations of the top-level {@code sql/} folder (packaged as {@code db/migration}) before
 * anything else touches the database. Flyway takes a database lock, so instances starting together migrate once.
 * Bean-managed transactions: Flyway commits each migration itself.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATASOURCE,
        className = "org.peacekeeping.pledges.platform.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=3",
            "fish.payara.connection-creation-retry-interval-in-seconds=5"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    public static final String DATASOURCE = "java:app/jdbc/pledges";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    private RuntimeSettings settings;

    private volatile boolean complete;

    @PostConstruct
    void migrate() {
        LOG.info(() -> "Database " + settings.database().describe() + ", mode " + settings.mode());
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " ("
                + result.migrationsExecuted + " migrations applied now)");
        complete = true;
    }

    public boolean complete() {
        return complete;
    }
}
