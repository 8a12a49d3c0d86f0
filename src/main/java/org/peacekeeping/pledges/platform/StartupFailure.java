package org.peacekeeping.pledges.platform;

import java.util.List;
import java.util.logging.Logger;

/**
 * A start that cannot succeed (configuration incomplete, database unreachable, a migration failing) ends the
 * process with exit status 1 after logging why, so that the operator, or systemd, Kubernetes or whatever
 * supervises it, sees a failed start rather than a server that answers with nothing deployed. The exit happens on
 * its own thread while deployment fails normally; should the server's shutdown hang, the process is halted.
 */
final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());
    private static final long HALT_AFTER_MILLIS = 30_000;

    private StartupFailure() {
    }

    /** Logs the reasons, schedules the exit when asked to, and returns the exception that fails the deployment. */
    static IllegalStateException refuse(List<String> reasons, boolean exit) {
        String message = "The Peacekeeping Pledge Tracker cannot start:\n  - " + String.join("\n  - ", reasons)
                + (exit ? "\nThe process ends (exit status 1)." : "");
        LOG.severe(message);
        if (exit) {
            Thread exiting = new Thread(() -> System.exit(1), "pledges-refused-start");
            exiting.start();
            Thread halting = new Thread(() -> {
                try {
                    Thread.sleep(HALT_AFTER_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(1);
            }, "pledges-refused-start-halt");
            halting.setDaemon(true);
            halting.start();
        }
        return new IllegalStateException(String.join(" ", reasons));
    }
}
