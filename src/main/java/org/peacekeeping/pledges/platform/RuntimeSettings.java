package org.peacekeeping.pledges.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** The settings the running application was started with, resolved once. */
@ApplicationScoped
public class RuntimeSettings {

    private DatabaseSettings database;
    private ApplicationMode mode;

    protected RuntimeSettings() {
        // for the CDI proxy
    }

    @Inject
    public RuntimeSettings(Config config) {
        this.database = DatabaseSettings.from(config);
        this.mode = ApplicationMode.resolve(config.getOptionalValue(ApplicationMode.PROPERTY, String.class).orElse(null),
                database);
    }

    public DatabaseSettings database() {
        return database;
    }

    public ApplicationMode mode() {
        return mode;
    }
}
