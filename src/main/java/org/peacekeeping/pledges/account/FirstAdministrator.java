package org.peacekeeping.pledges.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.peacekeeping.pledges.platform.ApplicationMode;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.RuntimeSettings;
import org.peacekeeping.pledges.platform.cluster.ClusterLock;

/**
 * In production mode, creates the first administrator from {@code PLEDGES_ADMIN_USERNAME} (default
 * {@code admin}) and {@code PLEDGES_ADMIN_PASSWORD} when no administrator exists yet. Without a password the
 * application refuses to start rather than run with nobody able to manage it.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class FirstAdministrator {

    static final String USERNAME = "pledges.admin.username";
    static final String PASSWORD = "pledges.admin.password";
    static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private RuntimeSettings settings;

    @Inject
    private Config config;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ClusterLock startupLock;

    @PostConstruct
    void createWhenMissing() {
        if (settings.mode() != ApplicationMode.PRODUCTION) {
            return;
        }
        // Instances starting together take turns, so only the first one creates the administrator.
        startupLock.hold(ClusterLock.STARTUP_DATA);
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        String username = config.getOptionalValue(USERNAME, String.class).orElse("admin");
        String password = config.getOptionalValue(PASSWORD, String.class).orElseThrow(() -> new IllegalStateException(
                "No administrator exists yet: set PLEDGES_ADMIN_PASSWORD (and optionally PLEDGES_ADMIN_USERNAME) "
                        + "to create the first one"));
        if (password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalStateException("PLEDGES_ADMIN_PASSWORD must have at least " + MINIMUM_PASSWORD_LENGTH
                    + " characters");
        }
        String hash = new PasswordHasher().hash(password.toCharArray());
        accounts.add(new UserAccount(username, hash, "Administrator", Role.ADMIN, null, Instant.now()));
        LOG.info(() -> "Created the first administrator account '" + username + "'");
    }
}
