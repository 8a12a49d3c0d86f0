package org.peacekeeping.pledges.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Once per cluster and slot: before a scheduled job runs for a slot (say the hour starting 14:00 UTC), its instance
 * inserts the row (job, slot) into {@code job_run} in a transaction of its own. The primary key lets exactly one
 * insert through, on any database; the other instances find the slot taken and skip it. A claimer that dies
 * mid-run loses that slot only: the jobs are written so that the next slot catches up.
 */
@ApplicationScoped
public class JobClaims {

    /** How long finished runs stay listed in {@code job_run}. */
    static final Duration KEEP = Duration.ofDays(90);
    private static final Logger LOG = Logger.getLogger(JobClaims.class.getName());

    @Inject
    private JobRunStore store;

    /** True when this instance now owns the slot and must run the job; false when another instance has it. */
    public boolean claim(String job, Instant slot, Instant now) {
        try {
            if (store.insert(job, slot, InstanceName.get(), now)) {
                return true;
            }
        } catch (PersistenceException e) {
            // A key taken at the same moment and a database that does not answer look alike: read to tell.
            if (store.holder(job, slot).isEmpty()) {
                throw e;
            }
        }
        LOG.fine(() -> job + " for " + slot + " already claimed by " + store.holder(job, slot).orElse("?"));
        return false;
    }

    /** Records how the claimed run ended. */
    public void finish(String job, Instant slot, String outcome, Instant now) {
        store.finish(job, slot, outcome, now, now.minus(KEEP));
    }
}
