package org.peacekeeping.pledges.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** The settings the running application was started with, resolved once. */
@ApplicationScoped
public class RuntimeSettings {

    private DatabaseSettings database;
    private ApplicationMode mode;
    private BaseUrl baseUrl;

    protected RuntimeSettings() {
        // for the CDI proxy
    }

    @Inject
    public RuntimeSettings(Config config) {
        this.database = DatabaseSettings.from(config);
        this.mode = ApplicationMode.resolve(config.getOptionalValue(ApplicationMode.PROPERTY, String.class).orElse(null),
                database);
        this.baseUrl = BaseUrl.from(config).orElse(null);
    }

    public DatabaseSettings database() {
        return database;
    }

    public ApplicationMode mode() {
        return mode;
    }

    /** Where users open the application ({@code PLEDGES_BASE_URL}), if configured: links in mails start there. */
    public Optional<BaseUrl> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }
}
