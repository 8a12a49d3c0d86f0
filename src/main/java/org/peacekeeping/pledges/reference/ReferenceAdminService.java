package org.peacekeeping.pledges.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;

/**
 * The administrator's use cases on reference data (SPEC §4: "reference data, events"), one transaction each:
 * pledging events, capability types and gender targets. Only an ADMIN may call them. Input is checked by the plain
 * validators, whose field errors carry text keys; a change made to what someone else changed since it was read is
 * refused with a {@link ConflictException} (each entity's version column).
 */
@ApplicationScoped
@Transactional
public class ReferenceAdminService {

    private static final Logger LOG = Logger.getLogger(ReferenceAdminService.class.getName());

    @Inject
    private ReferenceDataRepository repository;

    // ---------------------------------------------------------------------------------------------- events

    /** Every event in date order, hosts loaded. */
    public List<PledgingEvent> events(Actor actor) {
        mayAdminister(actor);
        return repository.events();
    }

    public PledgingEvent event(Actor actor, String code) {
        mayAdminister(actor);
        PledgingEvent event = existingEvent(code);
        event.hostCodes(); // load the hosts while the transaction lasts
        return event;
    }

    public PledgingEvent createEvent(Actor actor, EventInput input) {
        mayAdminister(actor);
        EventInput valid = eventValidator().validate(input, null);
        PledgingEvent event = new PledgingEvent(valid.code(), valid.type(), ministerialOf(valid), valid.nameEn(),
                valid.nameFr(), valid.city(), valid.startDate(), valid.endDate());
        event.describe(valid.nameEn(), valid.nameFr(), valid.city(), valid.themeEn(), valid.themeFr());
        event.schedule(valid.startDate(), valid.endDate(), valid.pledgingOpens(), valid.pledgingCloses());
        event.changeHosts(hosts(valid));
        repository.add(event);
        flushNew("code", "error.event.code.taken");
        LOG.info(() -> actor.username() + " created event " + event.code());
        return event;
    }

    /** Changes everything but the code; {@code input.version()} is the version the administrator read. */
    public PledgingEvent updateEvent(Actor actor, String code, EventInput input) {
        mayAdminister(actor);
        PledgingEvent event = existingEvent(code);
        EventInput valid = eventValidator().validate(input, event);
        requireVersion(valid.version(), event.version(), "event " + event.code());
        LocalDate closedOn = event.pledgingCloses();
        event.classify(valid.type(), ministerialOf(valid));
        event.describe(valid.nameEn(), valid.nameFr(), valid.city(), valid.themeEn(), valid.themeFr());
        event.schedule(valid.startDate(), valid.endDate(), valid.pledgingOpens(), valid.pledgingCloses());
        event.changeHosts(hosts(valid));
        if (!Objects.equals(closedOn, event.pledgingCloses())) {
            // The closing date decides who may still pledge: every change of it is on record, not only extensions.
            repository.add(new WindowChange(event.code(), WindowChange.Kind.EDIT, closedOn, event.pledgingCloses(),
                    null, actor.username(), Instant.now()));
        }
        flushChange("event " + event.code());
        LOG.info(() -> actor.username() + " changed event " + event.code());
        return event;
    }

    /**
     * Extends an event's pledging window (SPEC §12): the new closing date must be later than the current one and a
     * reason is required (at most {@value WindowChange#REASON_MAX} characters); the change is recorded (who, when,
     * old date, new date, reason). Submissions re-open at once if the new date is today or later, and reminders
     * become due again for the new date. {@code version}, when given, is the event's version the administrator read.
     */
    public WindowChange extendWindow(Actor actor, String code, LocalDate newCloses, String reason, Long version) {
        mayAdminister(actor);
        PledgingEvent event = existingEvent(code);
        FieldErrors errors = new FieldErrors();
        String problem = event.window().extensionProblem(newCloses);
        if (problem != null) {
            errors.add("pledgingCloses", problem);
        }
        String why = FieldErrors.trimmed(reason);
        if (why == null) {
            errors.add("reason", "error.window.reason.required");
        } else if (why.length() > WindowChange.REASON_MAX) {
            errors.add("reason", "error.tooLong." + WindowChange.REASON_MAX);
        }
        errors.throwIfAny("extension");
        if (version != null) {
            requireVersion(version, event.version(), "event " + event.code());
        }
        LocalDate before = event.pledgingCloses();
        event.extendWindow(newCloses);
        WindowChange change = new WindowChange(event.code(), WindowChange.Kind.EXTENSION, before, newCloses, why,
                actor.username(), Instant.now());
        repository.add(change);
        flushChange("event " + event.code());
        LOG.info(() -> actor.username() + " extended the pledging window of " + event.code() + " from " + before
                + " to " + newCloses);
        return change;
    }

    /** The changes of an event's closing date, newest first. */
    public List<WindowChange> windowChanges(Actor actor, String code) {
        mayAdminister(actor);
        return repository.windowChanges(existingEvent(code).code());
    }

    private PledgingEvent existingEvent(String code) {
        return repository.event(code).orElseThrow(() -> new NotFoundException("There is no event " + code + "."));
    }

    private PledgingEvent ministerialOf(EventInput valid) {
        return valid.ministerial() == null ? null : repository.event(valid.ministerial()).orElseThrow();
    }

    private static List<EventHost> hosts(EventInput valid) {
        List<EventHost> hosts = new ArrayList<>();
        hosts.add(new EventHost(valid.host(), HostRole.HOST, 1));
        for (String coHost : valid.coHosts()) {
            hosts.add(new EventHost(coHost, HostRole.CO_HOST, hosts.size() + 1));
        }
        return hosts;
    }

    private EventValidator eventValidator() {
        List<PledgingEvent> all = repository.events();
        return new EventValidator(repository::event, iso3 -> repository.memberState(iso3).isPresent(),
                ministerial -> all.stream().filter(e -> ministerial.equals(e.ministerial()))
                        .map(PledgingEvent::code).toList());
    }

    // ------------------------------------------------------------------------------------ capability types

    /** Every type, retired ones too, in taxonomy order (by category, then within it). */
    public List<CapabilityType> capabilityTypes(Actor actor) {
        mayAdminister(actor);
        return repository.capabilityTypes();
    }

    public CapabilityType capabilityType(Actor actor, String code) {
        mayAdminister(actor);
        return existingType(code);
    }

    /** A new, active type, placed after the last one of its category. */
    public CapabilityType createCapabilityType(Actor actor, CapabilityTypeInput input) {
        mayAdminister(actor);
        CapabilityTypeValidator validator = new CapabilityTypeValidator(repository.capabilityTypes());
        CapabilityTypeInput valid = validator.validate(input, null);
        CapabilityType type = new CapabilityType(valid.code(), valid.category(), valid.nameEn(), valid.nameFr(),
                valid.typicalPersonnel(), valid.personnelKind(), validator.nextSortOrder(valid.category()));
        if (!valid.active()) {
            type.retire();
        }
        repository.add(type);
        flushNew("code", "error.capabilityType.code.taken");
        LOG.info(() -> actor.username() + " created capability type " + type.code());
        return type;
    }

    /** Changes names, typical personnel, kind and whether the type is in use; code and category stay. */
    public CapabilityType updateCapabilityType(Actor actor, String code, CapabilityTypeInput input) {
        mayAdminister(actor);
        CapabilityType type = existingType(code);
        CapabilityTypeInput valid = new CapabilityTypeValidator(repository.capabilityTypes()).validate(input, type);
        requireVersion(valid.version(), type.version(), "capability type " + type.code());
        type.rename(valid.nameEn(), valid.nameFr());
        type.size(valid.typicalPersonnel(), valid.personnelKind());
        if (valid.active()) {
            type.reinstate();
        } else {
            type.retire();
        }
        flushChange("capability type " + type.code());
        LOG.info(() -> actor.username() + " changed capability type " + type.code());
        return type;
    }

    private CapabilityType existingType(String code) {
        return repository.capabilityType(code)
                .orElseThrow(() -> new NotFoundException("There is no capability type " + code + "."));
    }

    // -------------------------------------------------------------------------------------- gender targets

    /** Every target by year, then personnel kind. */
    public List<GenderTarget> genderTargets(Actor actor) {
        mayAdminister(actor);
        return repository.genderTargets();
    }

    public GenderTarget genderTarget(Actor actor, long id) {
        mayAdminister(actor);
        return existingTarget(id);
    }

    /** A target for a kind of personnel in a year that has none yet. */
    public GenderTarget createGenderTarget(Actor actor, GenderTargetInput input) {
        mayAdminister(actor);
        GenderTargetInput valid = new GenderTargetValidator(repository.genderTargets()).validate(input, null);
        GenderTarget target = new GenderTarget(valid.personnelKind(), valid.year(), valid.percent());
        repository.add(target);
        flushNew("year", "error.genderTarget.year.taken");
        LOG.info(() -> actor.username() + " set a gender target of " + target.percent() + " % for "
                + target.personnelKind() + " in " + target.year());
        return target;
    }

    /** Changes the percentage; kind and year stay. */
    public GenderTarget updateGenderTarget(Actor actor, long id, GenderTargetInput input) {
        mayAdminister(actor);
        GenderTarget target = existingTarget(id);
        GenderTargetInput valid = new GenderTargetValidator(repository.genderTargets()).validate(input, target);
        requireVersion(valid.version(), target.version(), "gender target");
        target.changePercent(valid.percent());
        flushChange("gender target");
        LOG.info(() -> actor.username() + " changed the gender target for " + target.personnelKind() + " in "
                + target.year() + " to " + target.percent() + " %");
        return target;
    }

    private GenderTarget existingTarget(long id) {
        return repository.genderTarget(id)
                .orElseThrow(() -> new NotFoundException("There is no gender target " + id + "."));
    }

    // ----------------------------------------------------------------------------------------------- common

    private static void mayAdminister(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Only an ADMIN maintains reference data; you are signed in as "
                    + actor.role() + ".");
        }
    }

    private static void requireVersion(Long sent, long current, String what) {
        if (sent == null || sent != current) {
            throw new ConflictException("Someone changed the " + what + " since you read it (you read version "
                    + sent + ", it is now at version " + current + "); nothing of yours was saved. Reload it and "
                    + "make your change again.", current, null);
        }
    }

    /** Someone else saved the same thing a moment earlier: the database's version check catches it. */
    private void flushChange(String what) {
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed the " + what + " at the same moment; nothing of yours "
                    + "was saved. Reload it and make your change again.", null, null);
        }
    }

    /** A new row whose key someone else took a moment earlier: the database's unique constraint catches it. */
    private void flushNew(String field, String key) {
        try {
            repository.flush();
        } catch (PersistenceException e) {
            throw InvalidInputException.field(field, key);
        }
    }
}
