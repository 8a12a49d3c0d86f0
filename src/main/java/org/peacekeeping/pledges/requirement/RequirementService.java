package org.peacekeeping.pledges.requirement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.FreshnessCache;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;

/**
 * The use cases of capability requirements, one transaction each. Every signed-in role reads requirements (they are
 * what the Secretariat asks member states for); only reviewers record them (SPEC §4). The gap view adds up all
 * states' approved pledges, so focal points, who see only their own state's figures, may not open it.
 */
@ApplicationScoped
@Transactional
public class RequirementService {

    /**
     * How long a computed gap view may be shown again while nothing it depends on has visibly changed (see
     * {@link #freshness()}); the age limit bounds a change that commits with an older timestamp than one already
     * seen, and changes to reference data.
     */
    public static final Duration MAX_AGE = Duration.ofSeconds(10);

    /** The last gap view per event ("" for all events). */
    private final FreshnessCache<String, GapReport> gapViews = new FreshnessCache<>(MAX_AGE);

    @Inject
    private RequirementRepository requirements;

    @Inject
    private ReferenceDataRepository reference;

    /** Requirements of one event, or all when {@code eventCode} is null or blank; an unknown event is a 404. */
    public List<RequirementView> list(Actor actor, String eventCode) {
        Objects.requireNonNull(actor, "actor");
        return requirements.list(knownEvent(eventCode)).stream().map(RequirementView::of).toList();
    }

    public RequirementView find(Actor actor, long id) {
        Objects.requireNonNull(actor, "actor");
        return RequirementView.of(existing(id));
    }

    public RequirementView create(Actor actor, RequirementInput input) {
        mayRecord(actor);
        RequirementValues values = validator().validate(input, null);
        CapabilityRequirement requirement = new CapabilityRequirement(values.capabilityType(), values.quantity(),
                values.priority(), values.event(), values.mission(), values.periodFrom(), values.periodTo(),
                values.notes(), actor.username(), now());
        requirements.add(requirement);
        requirements.flush();
        return RequirementView.of(requirement);
    }

    /** Replaces a requirement's content; the input carries the version the reviewer read (409 when stale). */
    public RequirementView update(Actor actor, long id, RequirementInput input) {
        mayRecord(actor);
        CapabilityRequirement requirement = existing(id);
        RequirementValues values = validator().validate(input, requirement);
        if (values.version() != requirement.version()) {
            throw new ConflictException("Someone changed this requirement since you read it (you sent version "
                    + values.version() + ", it is now at version " + requirement.version()
                    + "); nothing of yours was saved. Reload it and make your change again.",
                    requirement.version(), null);
        }
        requirement.change(values.capabilityType(), values.quantity(), values.priority(), values.event(),
                values.mission(), values.periodFrom(), values.periodTo(), values.notes(), now());
        requirements.flush();
        return RequirementView.of(requirement);
    }

    public void delete(Actor actor, long id) {
        mayRecord(actor);
        requirements.remove(existing(id));
    }

    /** Requirements against approved pledges for one event, or all when {@code eventCode} is null or blank. */
    public GapReport gaps(Actor actor, String eventCode) {
        Objects.requireNonNull(actor, "actor");
        if (actor.is(Role.FOCAL_POINT)) {
            throw new ForbiddenException("The gap view adds up every member state's pledges; a focal point sees "
                    + "only the figures of " + actor.memberState() + ".");
        }
        String event = knownEvent(eventCode);
        return gapViews.get(event == null ? "" : event, requirements.freshness(), () -> GapCalculator.report(event,
                requirements.requiredByType(event), requirements.approvedByTypeAndLevel(event)));
    }

    /**
     * What pledge and requirement figures depend on, as of now: while it is unchanged, figures computed from them
     * (the gap view, the dashboard) may be served again.
     */
    public RequirementRepository.Freshness freshness() {
        return requirements.freshness();
    }

    private static void mayRecord(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.is(Role.REVIEWER)) {
            throw new ForbiddenException("Only a REVIEWER records capability requirements; you are signed in as "
                    + actor.role() + ".");
        }
    }

    private CapabilityRequirement existing(long id) {
        return requirements.find(id)
                .orElseThrow(() -> new NotFoundException("There is no capability requirement " + id + "."));
    }

    /** The event's code once it is known to exist; null for "all events". */
    private String knownEvent(String eventCode) {
        if (eventCode == null || eventCode.isBlank()) {
            return null;
        }
        String code = eventCode.strip();
        return reference.event(code)
                .orElseThrow(() -> new NotFoundException("There is no event " + code + "."))
                .code();
    }

    /** To the microsecond, as the database keeps it: the answer to a write shows what a later read will. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private RequirementValidator validator() {
        return new RequirementValidator(reference::capabilityType, reference::event, reference::mission);
    }
}
