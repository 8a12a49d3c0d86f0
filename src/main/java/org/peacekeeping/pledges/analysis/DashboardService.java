package org.peacekeeping.pledges.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Set;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.FreshnessCache;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;
import org.peacekeeping.pledges.requirement.RequirementService;

/**
 * The analysts' dashboard (SPEC §1, §4): one read-only use case, one transaction. Analysts, reviewers and
 * administrators may open it; a focal point may not, because it adds up every member state's pledges and a focal
 * point sees only its own state's figures.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    /** How many member states the "leading member states" table lists. */
    public static final int LEADING_STATES = 10;

    private record Key(String event, boolean includePending) {
    }

    /** The last dashboard computed per event and mode, served again as the gap view is (same age, same check). */
    private final FreshnessCache<Key, Dashboard> computed = new FreshnessCache<>(RequirementService.MAX_AGE);

    @Inject
    private FigureQueries queries;

    @Inject
    private ReferenceDataRepository reference;

    @Inject
    private RequirementService requirements;

    /**
     * The dashboard of one event or, when {@code eventCode} is null or blank, of all pledges (standing ones
     * included); counting approved pledges, or also pending ones. A ministerial counts the pledges announced at its
     * preparatory meetings. An unknown event is a 404. The figures are those of the ministerial summary for the same
     * choice, and so are the gender targets: those of the first target year not before the event (today for all
     * events), see {@link GenderTargets}.
     *
     * <p>The figures add up the cells the database keeps as pledges change ({@link FigureQueries}, sql/V25): no
     * scan of the pledges, but a row per cell (137,418 at 1,000,000 generated pledges, 1.2 s cold); the same
     * dashboard is served again while {@link RequirementService#freshness()} is unchanged and it is younger than
     * {@link RequirementService#MAX_AGE}, so that many analysts opening it at once cost one computation.
     */
    public Dashboard dashboard(Actor actor, String eventCode, boolean includePending) {
        Objects.requireNonNull(actor, "actor");
        if (actor.is(Role.FOCAL_POINT)) {
            throw new ForbiddenException("The dashboard adds up every member state's pledges; a focal point sees "
                    + "only the figures of " + actor.memberState() + ".");
        }
        String event = eventCode == null || eventCode.isBlank() ? null : eventCode.strip();
        Set<String> events = event == null ? null : queries.withPreparatoryMeetings(event);
        if (events != null && !events.contains(event)) {
            throw new NotFoundException("There is no event " + event + ".");
        }
        return computed.get(new Key(event, includePending), requirements.freshness(), () -> {
            LocalDate day = event == null ? LocalDate.now(ZoneOffset.UTC)
                    : reference.event(event).map(PledgingEvent::startDate).orElse(LocalDate.now(ZoneOffset.UTC));
            return DashboardCalculator.dashboard(event, includePending, queries.figures(events, includePending),
                    GenderTargets.applying(reference.genderTargets(), day), LEADING_STATES,
                    requirements.gaps(actor, event));
        });
    }
}
