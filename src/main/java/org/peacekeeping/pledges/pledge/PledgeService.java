package org.peacekeeping.pledges.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Problem.FieldError;
import org.peacekeeping.pledges.reference.MemberState;
import org.peacekeeping.pledges.reference.PledgingEvent;
import org.peacekeeping.pledges.reference.ReferenceDataRepository;

/**
 * The pledge use cases (SPEC §3, §4), each one transaction that also writes its history entry and fires its
 * lifecycle event ({@link PledgeTransitioned}; the notices observe it in the same transaction).
 * Authorization happens here, whoever calls: a focal point sees and touches only its own state's pledges (others
 * do not exist for it: 404), reviewers, analysts and administrators never see drafts, and the lifecycle table
 * decides which role may take which action from which state.
 */
@ApplicationScoped
@Transactional
public class PledgeService {

    /** The value of a change in a history entry older than recorded values. */
    static final String NOT_RECORDED = "(not recorded)";

    @Inject
    private PledgeRepository pledges;

    @Inject
    private ReferenceDataRepository reference;

    @Inject
    private Event<PledgeTransitioned> transitions;

    @Inject
    private Event<RenewalDue> renewalsDue;

    @Inject
    private Event<PledgeApproving> approvals;

    // ------------------------------------------------------------------ reading

    public PledgeView get(Actor actor, long id) {
        return PledgeView.of(visible(actor, id));
    }

    public Page<PledgeView> list(Actor actor, PledgeFilter filter, PledgeSort.Order order, int page, int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInputException("Pages start at 0 and hold 1 to " + Page.MAX_SIZE + " pledges",
                    List.of(new FieldError(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more"
                            : "must be between 1 and " + Page.MAX_SIZE)));
        }
        String ownState = actor.is(Role.FOCAL_POINT) ? actor.memberState() : null;
        return pledges.find(filter, ownState, !actor.is(Role.FOCAL_POINT) && !actor.is(Role.SYSTEM), order, page,
                size);
    }

    /**
     * Hands every pledge that {@link #list} would count for this actor and filter to {@code sink}, in that order,
     * streamed from the database (the register download and the summary's register sheet).
     *
     * @return how many pledges were handed over
     */
    public long forEachListed(Actor actor, PledgeFilter filter, PledgeSort.Order order, Consumer<PledgeRow> sink) {
        String ownState = actor.is(Role.FOCAL_POINT) ? actor.memberState() : null;
        return pledges.forEachRow(filter, ownState, !actor.is(Role.FOCAL_POINT) && !actor.is(Role.SYSTEM), order,
                sink);
    }

    public List<HistoryView> history(Actor actor, long id) {
        Pledge pledge = visible(actor, id);
        return pledges.history(pledge.id()).stream().map(HistoryView::of).toList();
    }

    /**
     * What the focal points changed since the pledge was last approved (SPEC §9), for the reviewer of a reopened or
     * renewed pledge: the edits after the last approval folded per field, from the value then to the value now.
     * Whoever may see the pledge may read it.
     */
    public ChangesSinceApproval changesSinceApproval(Actor actor, long id) {
        Pledge pledge = visible(actor, id);
        List<PledgeHistoryEntry> history = pledges.history(pledge.id());
        int last = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).action() == PledgeAction.APPROVE) {
                last = i;
            }
        }
        if (last < 0) {
            return new ChangesSinceApproval(null, null, List.of());
        }
        List<List<FieldChange>> edits = history.subList(last + 1, history.size()).stream()
                .filter(entry -> entry.action() == PledgeAction.EDIT).map(PledgeService::changesOf).toList();
        PledgeHistoryEntry approval = history.get(last);
        return new ChangesSinceApproval(approval.occurredAt(), approval.actor(), PledgeDiff.folded(edits));
    }

    /**
     * An entry's changes with their values. An entry written before values were recorded (V15) names its fields
     * only: they are listed as changed, their values as not recorded.
     */
    private static List<FieldChange> changesOf(PledgeHistoryEntry entry) {
        List<FieldChange> changes = entry.changes();
        return !changes.isEmpty() ? changes : entry.changedFields().stream()
                .map(field -> new FieldChange(field, null, NOT_RECORDED)).toList();
    }

    // ------------------------------------------------------------------ focal points' changes

    /** Creates a draft for the focal point's own state; a body naming another state is refused. */
    public PledgeView create(Actor actor, PledgeInput input) {
        PledgeLifecycle.check(null, PledgeAction.CREATE, actor.role(), null);
        requireOwnState(actor, input);
        PledgeDetails details = validator().validate(input, actor.memberState());
        MemberState state = reference.memberState(actor.memberState())
                .orElseThrow(() -> new IllegalStateException("Unknown member state " + actor.memberState()));
        Instant now = Instant.now();
        requireWindowNotClosed(details.event(), now);
        int year = referenceYear(details, now);
        Pledge pledge = pledges.add(new Pledge(pledges.nextReference(state.iso3(), year), state, details, false,
                actor.username(), now));
        pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), PledgeAction.CREATE, null,
                pledge.status(), null, partnersChosen(pledge), now));
        return PledgeView.of(pledge);
    }

    /** A draft to create in a batch, with the comment its history entry carries (where it came from). */
    public record NewDraft(PledgeInput input, String comment) {
    }

    /**
     * Creates drafts for the focal point's own state in this one transaction, as an uploaded form does: each is
     * checked as {@link #create} checks it, each gets its history entry, and the first wrong one refuses them all.
     * References are handed out under one lock per year and the rows are written in JDBC batches.
     */
    public List<PledgeView> createAll(Actor actor, List<NewDraft> drafts) {
        PledgeLifecycle.check(null, PledgeAction.CREATE, actor.role(), null);
        MemberState state = reference.memberState(actor.memberState())
                .orElseThrow(() -> new IllegalStateException("Unknown member state " + actor.memberState()));
        Instant now = Instant.now();
        PledgeValidator validator = validator();
        List<PledgeDetails> details = new ArrayList<>(drafts.size());
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (NewDraft draft : drafts) {
            requireOwnState(actor, draft.input());
            PledgeDetails checked = validator.validate(draft.input(), actor.memberState());
            requireWindowNotClosed(checked.event(), now);
            details.add(checked);
            perYear.merge(referenceYear(checked, now), 1, Integer::sum);
        }
        Map<Integer, Iterator<String>> references = new HashMap<>();
        perYear.forEach((year, count) ->
                references.put(year, pledges.nextReferences(state.iso3(), year, count).iterator()));
        List<Pledge> created = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            PledgeDetails checked = details.get(i);
            Pledge pledge = new Pledge(references.get(referenceYear(checked, now)).next(), state, checked, false,
                    actor.username(), now);
            pledges.stage(pledge);
            pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), PledgeAction.CREATE, null,
                    pledge.status(), drafts.get(i).comment(), partnersChosen(pledge), now));
            created.add(pledge);
        }
        pledges.flush();
        return created.stream().map(PledgeView::of).toList();
    }

    /**
     * The field errors {@link #create} or {@link #edit} would refuse this input with (unknown codes, ranges, women
     * above personnel, lengths), without writing anything: an uploaded form checks every row before it writes any.
     */
    public List<FieldError> problemsWith(PledgeInput input) {
        return validator().problemsWith(input);
    }

    /**
     * The refusal an uploaded row would meet for its event's pledging window (SPEC §12), if any: a new row (no
     * {@code currentEvent}) or a row moving its draft to another event is refused once that event's window closed.
     *
     * @param currentEvent the code of the event the row's draft is for now, or {@code null} for a new row
     */
    public Optional<FieldError> windowProblem(PledgeInput input, String currentEvent) {
        if (input.event() == null || input.event().isBlank()
                || input.event().strip().equalsIgnoreCase(currentEvent == null ? "" : currentEvent)) {
            return Optional.empty();
        }
        return reference.event(input.event().strip().toUpperCase(java.util.Locale.ROOT))
                .map(event -> WindowClosedException.ifClosed(event, WindowClosedException.today(Instant.now())))
                .map(refused -> refused.errors().get(0));
    }

    /** Replaces a draft's or returned pledge's content; the body's version must be the current one. */
    public PledgeView edit(Actor actor, long id, PledgeInput input) {
        Pledge pledge = visible(actor, id);
        requireLead(actor, pledge);
        PledgeLifecycle.check(pledge.status(), PledgeAction.EDIT, actor.role(), null);
        if (input.memberState() != null && !input.memberState().equals(pledge.memberState().iso3())) {
            throw new ForbiddenException("A pledge cannot move to another member state.");
        }
        if (input.version() == null) {
            List<FieldError> errors = new ArrayList<>(validator().problemsWith(input, pledge.memberStateCode()));
            if (!input.isMalformed("version")) {
                errors.add(0, new FieldError("version", "Send the version you edited, to detect concurrent changes"));
            }
            throw new InvalidInputException(errors.size() == 1 ? errors.get(0).message()
                    : "Some fields are missing or wrong", errors);
        }
        requireVersion(pledge, input.version());
        PledgeDetails details = validator().validate(input, pledge.memberStateCode());
        if (input.partners() == null) {
            details = details.withPartners(pledge.partners());
        }
        Instant now = Instant.now();
        if (details.event() != null && !details.event().equals(pledge.event())) {
            requireWindowNotClosed(details.event(), now); // moving a pledge to a closed event is a new pledge for it
        }
        PledgeStatus status = pledge.status();
        PledgeDetails before = pledge.details();
        List<String> changed = pledge.revise(details, actor.username(), now);
        if (!changed.isEmpty()) {
            pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), PledgeAction.EDIT, status, status,
                    null, diff().between(before, pledge.details()), now));
        }
        flush(pledge);
        return PledgeView.of(pledge);
    }

    /**
     * Creates a draft as {@link #create(Actor, PledgeInput)} does and, when {@code consent} is given, sets its
     * consent to publication in the same transaction.
     */
    public PledgeView create(Actor actor, PledgeInput input, Boolean consent) {
        PledgeView created = create(actor, input);
        return consent == null || !consent ? created : consent(actor, created.id(), true, null);
    }

    /**
     * Edits as {@link #edit(Actor, long, PledgeInput)} does and, when {@code consent} is given, sets the consent to
     * publication in the same transaction (its own history entry).
     */
    public PledgeView edit(Actor actor, long id, PledgeInput input, Boolean consent) {
        PledgeView edited = edit(actor, id, input);
        return consent == null ? edited : consent(actor, id, consent, null);
    }

    /**
     * Gives or withdraws the state's consent to the pledge counting in the public figures (SPEC §10): the lead state's
     * focal points only (403 for everyone else, 404 where they may not see it), in any status but rejected and
     * withdrawn (409), approved pledges included since it changes nothing the Secretariat reviewed. A change is a
     * history entry ({@code publicationConsent}, old and new); setting what is already set changes nothing.
     */
    public PledgeView consent(Actor actor, long id, boolean consent, Long version) {
        Pledge pledge = visible(actor, id);
        if (!actor.is(Role.FOCAL_POINT)) {
            throw new ForbiddenException("Only the focal points of " + pledge.memberStateCode()
                    + " decide whether its pledges are published.");
        }
        requireLead(actor, pledge);
        if (version != null) {
            requireVersion(pledge, version);
        }
        Instant now = Instant.now();
        boolean before = pledge.publicationConsent();
        if (pledge.consentToPublication(consent, actor.username(), now)) {
            pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), PledgeAction.EDIT, pledge.status(),
                    pledge.status(), null, PledgeDiff.publicationConsent(before, consent), now));
        }
        flush(pledge);
        return PledgeView.of(pledge);
    }

    /** Deletes a draft; its history stays, under the reference. */
    public void delete(Actor actor, long id, Long version) {
        Pledge pledge = visible(actor, id);
        requireLead(actor, pledge);
        PledgeLifecycle.check(pledge.status(), PledgeAction.DELETE, actor.role(), null);
        if (version != null) {
            requireVersion(pledge, version);
        }
        PledgeHistoryEntry entry = PledgeHistoryEntry.of(pledge, actor.username(), PledgeAction.DELETE,
                pledge.status(), null, null, List.of(), Instant.now());
        pledges.remove(pledge);
        pledges.record(entry.detached());
        pledges.flush();
    }

    // ------------------------------------------------------------------ lifecycle actions

    /**
     * Takes an action of the lifecycle (not create, edit or delete): checks the role (403), the state (409), the
     * comment (400) and, when given, the version (409); then moves the pledge, writes the history entry and sends
     * the notices, all in this transaction.
     */
    public PledgeView act(Actor actor, long id, PledgeAction action, String comment, Long version) {
        if (action == PledgeAction.CREATE || action == PledgeAction.EDIT || action == PledgeAction.DELETE
                || action == PledgeAction.ASSESS || action == PledgeAction.LAPSE) {
            throw new NotFoundException("There is no action '" + action.pathSegment() + "'.");
        }
        if (action == PledgeAction.DEPLOY) {
            return deploy(actor, id, new DeploymentInput(null, null, null, null, comment, version));
        }
        if (action == PledgeAction.REPATRIATE) {
            return repatriate(actor, id, null, comment, version);
        }
        Pledge pledge = visible(actor, id);
        requireLead(actor, pledge);
        PledgeLifecycle.check(pledge.status(), action, actor.role(), comment);
        if (version != null) {
            requireVersion(pledge, version);
        }
        if (action == PledgeAction.SUBMIT) {
            PledgeValidator.requireComplete(pledge.details());
            WindowClosedException refused = WindowClosedException.ifNotTakingSubmissions(pledge.event(),
                    WindowClosedException.today(Instant.now()));
            if (refused != null) {
                throw refused;
            }
        }
        if (action == PledgeAction.APPROVE) {
            approvals.fire(new PledgeApproving(pledge));
        }
        Instant now = Instant.now();
        PledgeStatus from = pledge.status();
        ReadinessLevel readinessBefore = pledge.readinessLevel();
        switch (action) {
            case SUBMIT -> pledge.submit(actor.username(), now);
            case START_REVIEW -> pledge.startReview(actor.username(), now);
            case RETURN -> pledge.returnForRevision(actor.username(), now);
            case APPROVE -> pledge.approve(actor.username(), now);
            case REJECT -> pledge.reject(actor.username(), now);
            case REOPEN -> pledge.reopen(actor.username(), now);
            case RENEW -> pledge.renew(actor.username(), now);
            case WITHDRAW -> pledge.withdraw(actor.username(), now);
            default -> throw new IllegalStateException("Unhandled action " + action);
        }
        pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), action, from, pledge.status(), comment,
                PledgeDiff.readiness(readinessBefore, pledge.readinessLevel()), now));
        transitions.fire(new PledgeTransitioned(pledge, action, from, comment, now));
        flush(pledge);
        return PledgeView.of(pledge);
    }

    /**
     * A reviewer records that an approved pledge's unit deployed (SPEC §10): the role (403), the state (409) and the
     * version (409) first, then the deployment itself (400, every wrong field at once): a known mission, a date
     * between the approval and today, women no more than personnel, and personnel no more than pledged unless the
     * comment says why. Personnel and women both absent mean "as pledged". The pledge stops needing renewal.
     */
    public PledgeView deploy(Actor actor, long id, DeploymentInput input) {
        Pledge pledge = visible(actor, id);
        requireLead(actor, pledge);
        PledgeLifecycle.check(pledge.status(), PledgeAction.DEPLOY, actor.role(), input.comment());
        if (input.version() != null) {
            requireVersion(pledge, input.version());
        }
        Instant now = Instant.now();
        Personnel deployed = checkDeployment(pledge, input, today(now));
        PledgeStatus from = pledge.status();
        pledge.deploy(Deployment.of(input.mission().strip().toUpperCase(java.util.Locale.ROOT), input.deployedOn(),
                deployed, actor.username()), actor.username(), now);
        String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
        pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), PledgeAction.DEPLOY, from,
                pledge.status(), comment, deploymentChanges(pledge.deployment()), now));
        transitions.fire(new PledgeTransitioned(pledge, PledgeAction.DEPLOY, from, comment, now));
        flush(pledge);
        return PledgeView.of(pledge);
    }

    /** The personnel deployed, once every field of the deployment is right; otherwise every wrong one, at once. */
    private Personnel checkDeployment(Pledge pledge, DeploymentInput input, LocalDate today) {
        List<FieldError> errors = new ArrayList<>(input.malformed());
        if (!input.isMalformed("mission")) {
            if (input.mission() == null || input.mission().isBlank()) {
                errors.add(new FieldError("mission", "Say which mission the unit deployed to"));
            } else {
                var mission = reference.mission(input.mission().strip().toUpperCase(java.util.Locale.ROOT));
                if (mission.isEmpty()) {
                    errors.add(new FieldError("mission", "There is no mission '" + input.mission().strip() + "'"));
                } else if (input.deployedOn() != null && mission.get().closedOn() != null
                        && input.deployedOn().isAfter(mission.get().closedOn())) {
                    errors.add(new FieldError("mission", mission.get().code() + " closed on "
                            + mission.get().closedOn() + ", before the deployment"));
                }
            }
        }
        LocalDate approvedOn = pledge.approvedAt() == null ? null : today(pledge.approvedAt());
        if (!input.isMalformed("deployedOn")) {
            if (input.deployedOn() == null) {
                errors.add(new FieldError("deployedOn", "Give the date the unit deployed"));
            } else if (input.deployedOn().isAfter(today)) {
                errors.add(new FieldError("deployedOn", "The deployment date cannot be in the future"));
            } else if (approvedOn != null && input.deployedOn().isBefore(approvedOn)) {
                errors.add(new FieldError("deployedOn", "The unit cannot deploy before the pledge was approved ("
                        + approvedOn + ")"));
            }
        }
        Integer personnel = input.personnel();
        Integer women = input.women();
        if (personnel == null && women == null && !input.isMalformed("personnel") && !input.isMalformed("women")) {
            personnel = pledge.personnel().total();
            women = pledge.personnel().women();
        }
        if (!input.isMalformed("personnel")) {
            if (personnel == null) {
                errors.add(new FieldError("personnel", "Say how many personnel deployed"));
            } else if (personnel < 0) {
                errors.add(new FieldError("personnel", "must be 0 or more"));
            } else if (personnel > pledge.personnel().total()
                    && (input.comment() == null || input.comment().isBlank())) {
                errors.add(new FieldError("personnel", personnel + " is more than the " + pledge.personnel().total()
                        + " pledged: say why in the comment"));
            }
        }
        if (!input.isMalformed("women")) {
            if (women == null) {
                errors.add(new FieldError("women", "Say how many women deployed"));
            } else if (women < 0) {
                errors.add(new FieldError("women", "must be 0 or more"));
            } else if (personnel != null && women > personnel) {
                errors.add(new FieldError("women", "There cannot be more women (" + women + ") than personnel ("
                        + personnel + ") deployed"));
            }
        }
        if (input.comment() != null && input.comment().length() > PledgeDetails.TEXT_MAX) {
            errors.add(new FieldError("comment", "At most " + PledgeDetails.TEXT_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.size() == 1 ? errors.get(0).message()
                    : "The deployment is incomplete or wrong", errors);
        }
        return new Personnel(personnel, women);
    }

    /**
     * A reviewer records that the deployed unit came home (SPEC §10), on {@code on} (today when not given; not before
     * the deployment, not in the future), with a comment (400 without one).
     */
    public PledgeView repatriate(Actor actor, long id, LocalDate on, String comment, Long version) {
        Pledge pledge = visible(actor, id);
        requireLead(actor, pledge);
        PledgeLifecycle.check(pledge.status(), PledgeAction.REPATRIATE, actor.role(), comment);
        if (version != null) {
            requireVersion(pledge, version);
        }
        Instant now = Instant.now();
        LocalDate date = on == null ? today(now) : on;
        Deployment deployment = pledge.deployment();
        if (date.isAfter(today(now))) {
            throw InvalidInputException.field("repatriatedOn", "The repatriation date cannot be in the future");
        }
        if (date.isBefore(deployment.deployedOn())) {
            throw InvalidInputException.field("repatriatedOn", "The unit cannot come home before it deployed ("
                    + deployment.deployedOn() + ")");
        }
        if (comment.length() > PledgeDetails.TEXT_MAX) {
            throw InvalidInputException.field("comment", "At most " + PledgeDetails.TEXT_MAX + " characters");
        }
        PledgeStatus from = pledge.status();
        pledge.repatriate(date, comment, actor.username(), now);
        pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), PledgeAction.REPATRIATE, from,
                pledge.status(), comment.strip(), List.of(new FieldChange("repatriatedOn", null, date.toString())),
                now));
        transitions.fire(new PledgeTransitioned(pledge, PledgeAction.REPATRIATE, from, comment.strip(), now));
        flush(pledge);
        return PledgeView.of(pledge);
    }

    /** A deployment's history entry lists what was recorded, as a person reads it. */
    private static List<FieldChange> deploymentChanges(Deployment deployment) {
        return List.of(new FieldChange("deployment.mission", null, deployment.mission()),
                new FieldChange("deployment.deployedOn", null, deployment.deployedOn().toString()),
                new FieldChange("deployment.personnel", null, String.valueOf(deployment.personnel())),
                new FieldChange("deployment.women", null, String.valueOf(deployment.women())));
    }

    /**
     * The pledge for this actor to take the action on, once the lifecycle allows it and the version sent (if any) is
     * the stored one: for another feature's use case that changes a pledge in its own transaction (review's
     * assessments). A pledge the actor may not see does not exist for them.
     */
    public Pledge forAction(Actor actor, long id, PledgeAction action, Long version) {
        Pledge pledge = visible(actor, id);
        requireLead(actor, pledge);
        PledgeLifecycle.check(pledge.status(), action, actor.role(), null);
        if (version != null) {
            requireVersion(pledge, version);
        }
        return pledge;
    }

    /**
     * Sets the readiness level an assessment established (or confirmed), with its history entry; inside the caller's
     * transaction, after {@link #forAction} with {@link PledgeAction#ASSESS}.
     */
    @Transactional(TxType.MANDATORY)
    public void assessReadiness(Actor actor, Pledge pledge, ReadinessLevel level, String summary, Instant now) {
        ReadinessLevel before = pledge.readinessLevel();
        pledge.assessReadiness(level, actor.username(), now);
        pledges.record(PledgeHistoryEntry.changing(pledge, actor.username(), PledgeAction.ASSESS, pledge.status(),
                pledge.status(), summary, PledgeDiff.readiness(before, level), now));
        flush(pledge);
    }

    // ------------------------------------------------------------------ the renewal schedule

    /** Approved pledges whose renewal date has passed, by id, for the scheduled job to lapse one by one. */
    public List<Long> overdue(LocalDate today) {
        return pledges.dueToLapse(today).stream().map(Pledge::id).toList();
    }

    /**
     * Lapses one overdue pledge in its own transaction, so one that a focal point renews at the same moment does
     * not hold up the others. Returns false when it was no longer overdue.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean lapse(long id, Instant now) {
        Optional<Pledge> found = pledges.byId(id);
        if (found.isEmpty() || found.get().status() != PledgeStatus.APPROVED || found.get().renewalDue() == null
                || !found.get().renewalDue().isBefore(today(now))) {
            return false;
        }
        Pledge pledge = found.get();
        pledge.lapse(now);
        pledges.record(PledgeHistoryEntry.of(pledge, Actor.SYSTEM.username(), PledgeAction.LAPSE,
                PledgeStatus.APPROVED, PledgeStatus.LAPSED, "Renewal was due on " + pledge.renewalDue(), List.of(),
                now));
        transitions.fire(new PledgeTransitioned(pledge, PledgeAction.LAPSE, PledgeStatus.APPROVED, null, now));
        pledges.flush();
        return true;
    }

    /** Approved pledges due for renewal within {@code days} that have not been reminded for that date yet. */
    public List<Long> dueForReminder(LocalDate today, int days) {
        return pledges.dueForReminder(today, today.plusDays(days)).stream().map(Pledge::id).toList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean remind(long id, Instant now) {
        Optional<Pledge> found = pledges.byId(id).filter(p -> p.status() == PledgeStatus.APPROVED);
        if (found.isEmpty() || !found.get().markReminded()) {
            return false;
        }
        renewalsDue.fire(new RenewalDue(found.get(), now));
        pledges.flush();
        return true;
    }

    // ------------------------------------------------------------------ helpers

    /** The pledge, if this actor may see it; otherwise it does not exist for them. */
    private Pledge visible(Actor actor, long id) {
        return pledges.byId(id).filter(pledge -> visibleTo(actor, pledge))
                .orElseThrow(() -> new NotFoundException("There is no pledge " + id + "."));
    }

    /**
     * The one visibility rule (SPEC §4, §9): a focal point sees its state's pledges and the joint pledges its state is
     * a partner of; everyone else all but drafts. Lists apply the same rule as a condition ({@link PledgeCondition}).
     */
    public static boolean visibleTo(Actor actor, Pledge pledge) {
        return switch (actor.role()) {
            case FOCAL_POINT -> actor.focalPointOf(pledge.memberStateCode())
                    || pledge.partnerOf(actor.memberState());
            case REVIEWER, ANALYST, ADMIN -> pledge.status() != PledgeStatus.DRAFT;
            case SYSTEM -> true;
        };
    }

    /** A partner's focal points read a joint pledge; only the lead state's change it (403 for a partner). */
    private static void requireLead(Actor actor, Pledge pledge) {
        if (actor.is(Role.FOCAL_POINT) && !actor.focalPointOf(pledge.memberStateCode())) {
            throw new ForbiddenException("Pledge " + pledge.reference() + " is a joint pledge led by "
                    + pledge.memberStateCode() + "; as a partner, " + actor.memberState()
                    + " reads it but only the lead state's focal points change it.");
        }
    }

    /** A new pledge's history names the partners it starts with (nothing for a pledge of one state). */
    private List<FieldChange> partnersChosen(Pledge pledge) {
        PledgeDetails details = pledge.details();
        return pledge.partners().isEmpty() ? List.of() : diff().between(details.withPartners(List.of()), details);
    }

    private PledgeDiff diff() {
        return new PledgeDiff(code -> reference.memberState(code).map(MemberState::nameEn).orElse(code));
    }

    private static void requireVersion(Pledge pledge, long version) {
        if (pledge.version() != version) {
            throw new ConflictException("This pledge changed since you read it (you sent version " + version
                    + ", it is now at version " + pledge.version() + " and " + pledge.status()
                    + "). Nothing was saved; reload it and try again.", pledge.version(), pledge.status().name());
        }
    }

    private void flush(Pledge pledge) {
        try {
            pledges.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed pledge " + pledge.reference()
                    + " at the same moment and was first. Nothing of yours was saved; reload it to see its "
                    + "current state.", null, null);
        }
    }

    /** A new draft is for the focal point's own state: a body naming another state is refused. */
    private static void requireOwnState(Actor actor, PledgeInput input) {
        if (input.memberState() != null && !input.memberState().equals(actor.memberState())) {
            throw new ForbiddenException("You can create pledges for " + actor.memberState() + " only.");
        }
    }

    /**
     * The one rule for new pledges (SPEC §12): none for an event whose window closed. Drafts may be prepared before it
     * opens; a pledge without an event (standing) is always welcome.
     */
    private static void requireWindowNotClosed(PledgingEvent event, Instant now) {
        WindowClosedException refused = WindowClosedException.ifClosed(event, WindowClosedException.today(now));
        if (refused != null) {
            throw refused;
        }
    }

    private PledgeValidator validator() {
        return new PledgeValidator(reference::capabilityType, reference::event, reference::mission,
                code -> reference.memberState(code).isPresent());
    }

    /** The year a new pledge's reference carries: its event's, or this year for a standing pledge. */
    private static int referenceYear(PledgeDetails details, Instant now) {
        return details.event() != null ? details.event().startDate().getYear()
                : now.atOffset(ZoneOffset.UTC).getYear();
    }

    private static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
