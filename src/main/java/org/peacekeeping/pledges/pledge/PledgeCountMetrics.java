package org.peacekeeping.pledges.pledge;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.peacekeeping.pledges.platform.BrieflyCached;

/**
 * Gauges of how many pledges are in each status ({@code pledges.pledges{status="APPROVED"}} and so on, zero for
 * an empty status), all fed by one GROUP BY query that runs at most once per {@link #MAX_AGE}. Monitoring systems
 * read them on their own threads: the query runs in this application's context through a contextual proxy.
 */
@ApplicationScoped
public class PledgeCountMetrics {

    static final String NAME = "pledges.pledges";
    static final Duration MAX_AGE = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(PledgeCountMetrics.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MetricRegistry registry;

    @Resource
    private ContextService contexts;

    private final List<MetricID> registered = new ArrayList<>();

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        @SuppressWarnings("unchecked")
        Supplier<Map<PledgeStatus, Long>> query = contexts.createContextualProxy(
                (Supplier<Map<PledgeStatus, Long>>) this::countByStatus, Supplier.class);
        BrieflyCached<Map<PledgeStatus, Long>> counts = new BrieflyCached<>(query, Map.of(), MAX_AGE,
                Clock.systemUTC(), e -> LOG.log(Level.WARNING, "Pledge counts for the metrics unavailable: " + e, e));
        Metadata metadata = Metadata.builder().withName(NAME)
                .withDescription("Pledges in each status (refreshed at most every " + MAX_AGE.toSeconds() + " s)")
                .build();
        for (PledgeStatus status : PledgeStatus.values()) {
            Tag tag = new Tag("status", status.name());
            registry.gauge(metadata, () -> counts.get().getOrDefault(status, 0L), tag);
            registered.add(new MetricID(NAME, tag));
        }
    }

    /** One query for every status; statuses without pledges are absent. */
    Map<PledgeStatus, Long> countByStatus() {
        Map<PledgeStatus, Long> counts = new EnumMap<>(PledgeStatus.class);
        for (Object[] row : em.createQuery("SELECT p.status, COUNT(p) FROM Pledge p GROUP BY p.status", Object[].class)
                .getResultList()) {
            counts.put((PledgeStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A redeployed application registers its own gauges; these must not keep answering for the old one. */
    @PreDestroy
    void unregister() {
        registered.forEach(registry::remove);
    }
}
