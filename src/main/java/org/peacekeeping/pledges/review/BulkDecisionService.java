package org.peacekeeping.pledges.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.RuleConflictException;
import org.peacekeeping.pledges.pledge.LifecycleViolation;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeView;

/**
 * Bulk decisions (SPEC §12): one reviewer's decision on many pledges, each pledge its own use case and transaction
 * ({@link PledgeService#act}, with its history entry, notices and webhook events), so one that cannot be decided
 * never holds back or undoes the others. This bean has no transaction of its own on purpose. A single decision on
 * one of the pledges at the same moment is settled by the pledge's version: exactly one of the two wins, the other
 * is told (here: skipped, changed meanwhile) and nothing of it is written.
 */
@ApplicationScoped
public class BulkDecisionService {

    private static final Logger LOG = Logger.getLogger(BulkDecisionService.class.getName());

    private PledgeService pledges;

    protected BulkDecisionService() {
        // for the CDI proxy
    }

    @Inject
    public BulkDecisionService(PledgeService pledges) {
        this.pledges = pledges;
    }

    /**
     * Takes the decision on each pledge in the order given (an id given twice is decided once), and says for each
     * what happened.
     *
     * @throws ForbiddenException    for anyone but a reviewer
     * @throws InvalidInputException no ids, more than {@link BulkDecision#MAX_IDS}, or a return without comment
     */
    public List<BulkOutcome> decide(Actor actor, BulkDecision decision, List<Long> ids, String comment) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(decision, "decision");
        if (!actor.is(Role.REVIEWER)) {
            throw new ForbiddenException("Only reviewers take decisions on pledges in bulk.");
        }
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.field("ids", "must list at least one pledge id");
        }
        if (ids.size() > BulkDecision.MAX_IDS) {
            throw InvalidInputException.field("ids", "at most " + BulkDecision.MAX_IDS + " pledges at once, not "
                    + ids.size() + "; send the others in another request");
        }
        if (decision == BulkDecision.RETURN && (comment == null || comment.isBlank())) {
            throw InvalidInputException.field("comment", "is required to return pledges: it tells the focal "
                    + "points what to change");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (long id : new LinkedHashSet<>(ids)) {
            outcomes.add(decideOne(actor, decision, id, text));
        }
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        LOG.info(() -> actor.username() + " bulk " + decision.pathSegment() + ": " + done + " done, "
                + (outcomes.size() - done) + " skipped");
        return outcomes;
    }

    private BulkOutcome decideOne(Actor actor, BulkDecision decision, long id, String comment) {
        try {
            PledgeView after = pledges.act(actor, id, decision.action(), comment, null);
            return new BulkOutcome(id, after.reference(), after.status(), BulkOutcome.Outcome.DONE, null,
                    done(decision, after.reference()));
        } catch (NotFoundException e) {
            return skipped(actor, id, BulkOutcome.Reason.NOT_FOUND, "There is no pledge " + id + ".");
        } catch (LifecycleViolation e) {
            return skipped(actor, id, BulkOutcome.Reason.NOT_ALLOWED_FROM_STATUS, e.getMessage());
        } catch (RuleConflictException e) {
            return skipped(actor, id, BulkOutcome.Reason.MISSING_DOCUMENTS, e.getMessage());
        } catch (ConflictException e) {
            return skipped(actor, id, BulkOutcome.Reason.CHANGED_MEANWHILE, e.getMessage());
        } catch (RuntimeException e) {
            // A write refused by the database in a race (a lock or a key) is a lost race too: nothing was written.
            LOG.warning(() -> "Bulk " + decision.pathSegment() + " of pledge " + id + " not saved: " + e);
            return skipped(actor, id, BulkOutcome.Reason.CHANGED_MEANWHILE, "Someone else changed pledge " + id
                    + " at the same moment and was first; nothing of yours was saved on it.");
        }
    }

    /** Skipped, with the pledge's status as it is now (read again in a transaction of its own). */
    private BulkOutcome skipped(Actor actor, long id, BulkOutcome.Reason reason, String detail) {
        Optional<PledgeView> now = current(actor, id);
        return new BulkOutcome(id, now.map(PledgeView::reference).orElse(null),
                now.map(PledgeView::status).orElse(null), BulkOutcome.Outcome.SKIPPED, reason, detail);
    }

    private Optional<PledgeView> current(Actor actor, long id) {
        try {
            return Optional.of(pledges.get(actor, id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String done(BulkDecision decision, String reference) {
        return switch (decision) {
            case START_REVIEW -> reference + " is under review.";
            case APPROVE -> reference + " is approved.";
            case RETURN -> reference + " is returned to its focal points with your comment.";
        };
    }
}
