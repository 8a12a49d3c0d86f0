package org.peacekeeping.pledges.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;

/**
 * The fulfilment funnel of the ministerials (SPEC §10): one read-only use case, one transaction, through the same
 * query pipeline as every other figure ({@link FigureQueries}). Analysts, reviewers and administrators; not focal
 * points, since it adds up every member state's pledges.
 */
@ApplicationScoped
@Transactional
public class FulfilmentService {

    @Inject
    private FigureQueries queries;

    /**
     * The funnel a ministerial summary shows (its Fulfilment sheet): that of every ministerial for a summary of all
     * events, of the ministerial itself for a ministerial, and of the ministerial a preparatory meeting leads to.
     */
    public Fulfilment forSummary(Actor actor, String eventCode) {
        String event = eventCode == null || eventCode.isBlank() ? null : eventCode.strip();
        List<FulfilmentCalculator.Ministerial> ministerials = queries.ministerials();
        return funnels(actor, event == null ? null : ministerials.stream()
                .filter(m -> m.events().contains(event)).map(FulfilmentCalculator.Ministerial::code)
                .findFirst().orElse(event), ministerials);
    }

    /** The codes of the ministerials, in the order they were held. */
    public List<String> ministerials() {
        return queries.ministerials().stream().map(FulfilmentCalculator.Ministerial::code).toList();
    }

    /**
     * The funnel of one ministerial, or of every ministerial side by side when {@code eventCode} is null or blank.
     * An unknown event is a 404; a preparatory meeting is refused with the ministerial its pledges count towards.
     */
    public Fulfilment fulfilment(Actor actor, String eventCode) {
        String event = eventCode == null || eventCode.isBlank() ? null : eventCode.strip();
        return funnels(actor, event, queries.ministerials());
    }

    /** The funnels of {@code event} (null: all) among {@code ministerials}, read once by the caller. */
    private Fulfilment funnels(Actor actor, String event, List<FulfilmentCalculator.Ministerial> ministerials) {
        Objects.requireNonNull(actor, "actor");
        if (actor.is(Role.FOCAL_POINT)) {
            throw new ForbiddenException("The fulfilment funnel adds up every member state's pledges; a focal point "
                    + "sees only the figures of " + actor.memberState() + ".");
        }
        if (event != null) {
            List<FulfilmentCalculator.Ministerial> chosen = ministerials.stream()
                    .filter(ministerial -> ministerial.code().equals(event)).toList();
            if (chosen.isEmpty()) {
                String leadsTo = ministerials.stream().filter(ministerial -> ministerial.events().contains(event))
                        .map(FulfilmentCalculator.Ministerial::code).findFirst().orElse(null);
                if (leadsTo == null) {
                    throw new NotFoundException("There is no event " + event + ".");
                }
                throw InvalidInputException.parameter("event", event + " is a preparatory meeting; its pledges count "
                        + "in the funnel of " + leadsTo + ".");
            }
            ministerials = chosen;
        }
        Set<String> events = ministerials.stream().flatMap(ministerial -> ministerial.events().stream())
                .collect(Collectors.toSet());
        return FulfilmentCalculator.fulfilment(ministerials, queries.fulfilmentCells(events),
                queries.regionalGroups(), queries.deployments(events));
    }
}
