package org.peacekeeping.pledges.review;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.platform.Actor;
import org.peacekeeping.pledges.platform.ConflictException;
import org.peacekeeping.pledges.platform.ForbiddenException;
import org.peacekeeping.pledges.platform.InvalidInputException;
import org.peacekeeping.pledges.platform.NotFoundException;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.platform.RuleConflictException;
import org.peacekeeping.pledges.pledge.Fixtures;
import org.peacekeeping.pledges.pledge.LifecycleViolation;
import org.peacekeeping.pledges.pledge.Pledge;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeService;
import org.peacekeeping.pledges.pledge.PledgeStatus;
import org.peacekeeping.pledges.pledge.PledgeView;

/** One decision on many pledges: each on its own, each with its result; the request's own limits. */
class BulkDecisionServiceTest {

    private static final Actor REVIEWER = new Actor("reviewer", Role.REVIEWER, null);

    private final Pledges pledges = new Pledges();
    private final BulkDecisionService service = new BulkDecisionService(pledges);

    @Test
    void eachPledgeIsDecidedOnItsOwnAndOneThatCannotBeIsSkippedWithItsReason() {
        pledges.refuse(2, new RuleConflictException("Missing: Note verbale (NOTE_VERBALE).", 3L, "UNDER_REVIEW"));
        pledges.refuse(3, new LifecycleViolation(LifecycleViolation.Reason.STATE_FORBIDS, PledgeStatus.SUBMITTED,
                PledgeAction.APPROVE, "Approve is not possible from SUBMITTED."));
        pledges.refuse(4, new ConflictException("Someone else changed it first.", null, null));
        pledges.refuse(5, new NotFoundException("There is no pledge 5."));
        List<BulkOutcome> outcomes = service.decide(REVIEWER, BulkDecision.APPROVE, List.of(1L, 2L, 3L, 4L, 5L, 6L),
                "Fine");
        assertAll(
                () -> assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), pledges.acted, "every one tried, in order"),
                () -> assertEquals(BulkOutcome.Outcome.DONE, outcomes.get(0).outcome()),
                () -> assertEquals(PledgeStatus.APPROVED, outcomes.get(0).status()),
                () -> assertNull(outcomes.get(0).reason()),
                () -> assertEquals(BulkOutcome.Reason.MISSING_DOCUMENTS, outcomes.get(1).reason()),
                () -> assertEquals(PledgeStatus.UNDER_REVIEW, outcomes.get(1).status(), "as it is now"),
                () -> assertEquals("Missing: Note verbale (NOTE_VERBALE).", outcomes.get(1).detail()),
                () -> assertEquals(BulkOutcome.Reason.NOT_ALLOWED_FROM_STATUS, outcomes.get(2).reason()),
                () -> assertEquals(BulkOutcome.Reason.CHANGED_MEANWHILE, outcomes.get(3).reason()),
                () -> assertEquals(BulkOutcome.Reason.NOT_FOUND, outcomes.get(4).reason()),
                () -> assertNull(outcomes.get(4).status(), "nothing to show of a pledge one cannot see"),
                () -> assertEquals(BulkOutcome.Outcome.DONE, outcomes.get(5).outcome()),
                () -> assertEquals(List.of("Fine", "Fine"), pledges.comments));
    }

    @Test
    void anIdGivenTwiceIsDecidedOnce() {
        List<BulkOutcome> outcomes = service.decide(REVIEWER, BulkDecision.START_REVIEW, List.of(7L, 8L, 7L), null);
        assertAll(
                () -> assertEquals(List.of(7L, 8L), pledges.acted),
                () -> assertEquals(2, outcomes.size()),
                () -> assertEquals(PledgeAction.START_REVIEW, pledges.actions.get(0)));
    }

    @Test
    void onlyReviewersDecideInBulk() {
        for (Role role : List.of(Role.FOCAL_POINT, Role.ANALYST, Role.ADMIN)) {
            Actor actor = new Actor("someone", role, role == Role.FOCAL_POINT ? "PAK" : null);
            assertThrows(ForbiddenException.class, () -> service.decide(actor, BulkDecision.APPROVE, List.of(1L), null),
                    role.name());
        }
        assertEquals(List.of(), pledges.acted);
    }

    @Test
    void fiveHundredIdsAreTakenAndFiveHundredAndOneAreRefusedNamingIds() {
        List<Long> most = LongStream.rangeClosed(1, 500).boxed().toList();
        assertEquals(500, service.decide(REVIEWER, BulkDecision.APPROVE, most, null).size());
        List<Long> tooMany = LongStream.rangeClosed(1, 501).boxed().toList();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.decide(REVIEWER, BulkDecision.APPROVE, tooMany, null));
        assertEquals("ids", refused.errors().get(0).field());
        assertEquals(500, pledges.acted.size(), "nothing tried for the refused request");
    }

    @Test
    void noIdsAreRefusedNamingIds() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.decide(REVIEWER, BulkDecision.APPROVE, List.of(), null));
        assertEquals("ids", refused.errors().get(0).field());
    }

    @Test
    void returningNeedsTheOneCommentBeforeAnythingIsTried() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.decide(REVIEWER, BulkDecision.RETURN, List.of(1L, 2L), "  "));
        assertAll(
                () -> assertEquals("comment", refused.errors().get(0).field()),
                () -> assertEquals(List.of(), pledges.acted));
    }

    @Test
    void theDecisionsAreStartReviewApproveAndReturnByTheirPathNames() {
        assertAll(
                () -> assertEquals(BulkDecision.START_REVIEW, BulkDecision.fromPathSegment("start-review").orElseThrow()),
                () -> assertEquals(BulkDecision.RETURN, BulkDecision.fromPathSegment("return").orElseThrow()),
                () -> assertEquals(java.util.Optional.empty(), BulkDecision.fromPathSegment("reject")),
                () -> assertEquals(PledgeAction.APPROVE, BulkDecision.APPROVE.action()));
    }

    /** Acts in memory: a pledge per id, some of which refuse with the exception given. */
    private static final class Pledges extends PledgeService {
        private final Map<Long, RuntimeException> refusals = new HashMap<>();
        private final List<Long> acted = new ArrayList<>();
        private final List<PledgeAction> actions = new ArrayList<>();
        private final List<String> comments = new ArrayList<>();

        void refuse(long id, RuntimeException why) {
            refusals.put(id, why);
        }

        @Override
        public PledgeView act(Actor actor, long id, PledgeAction action, String comment, Long version) {
            acted.add(id);
            actions.add(action);
            if (refusals.containsKey(id)) {
                throw refusals.get(id);
            }
            if (comment != null) {
                comments.add(comment);
            }
            return view(id, action == PledgeAction.APPROVE ? PledgeStatus.APPROVED : PledgeStatus.UNDER_REVIEW);
        }

        @Override
        public PledgeView get(Actor actor, long id) {
            if (refusals.get(id) instanceof NotFoundException e) {
                throw e;
            }
            return view(id, id == 3 ? PledgeStatus.SUBMITTED : PledgeStatus.UNDER_REVIEW);
        }

        private static PledgeView view(long id, PledgeStatus status) {
            Pledge pledge = Fixtures.draft();
            Fixtures.set(pledge, "id", id);
            Fixtures.set(pledge, "status", status);
            return PledgeView.of(pledge);
        }
    }
}
