package org.peacekeeping.pledges.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Set;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.FreshnessCache;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.requirement.RequirementService;

/**
 * The analysts' dashboard (SPEC §1, §4): one read-only use case, one transaction. Analysts, reviewers and
 * administrators may open it; a focal point may not, because it adds up every member state's pledges and a focal
 * point sees only its own state's figures.
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    /** The year whose gender targets the shares are measured against (SPEC §2). */
    public static final int GENDER_TARGET_YEAR = 2028;

    /** How many member states the "leading member states" table lists. */
    public static final int LEADING_STATES = 10;

    private record Key(String event, boolean includePending) {
    }

    /** The last dashboard computed per event and mode, served again as the gap view is (same age, same check). */
    private final FreshnessCache<Key, Dashboard> computed = new FreshnessCache<>(RequirementService.MAX_AGE);

    @Inject
    private DashboardQueries queries;

    @Inject
    private RequirementService requirements;

    /**
     * The dashboard of one event or, when {@code eventCode} is null or blank, of all pledges (standing ones
     * included); counting approved pledges, or also pending ones. A ministerial counts the pledges announced at its
     * preparatory meetings. An unknown event is a 404.
     *
     * <p>The figures add up every pledge (a full pass over them, about 0.1 to 0.3 s at 100,000 pledges); the same
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
            DashboardCalculator.Reference reference = new DashboardCalculator.Reference(queries.regionalGroups(),
                    queries.personnelKinds(), queries.genderTargets(GENDER_TARGET_YEAR));
            return DashboardCalculator.dashboard(event, includePending, queries.cells(events), reference,
                    LEADING_STATES, requirements.gaps(actor, event));
        });
    }
}
