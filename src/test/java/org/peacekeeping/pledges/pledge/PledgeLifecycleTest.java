package org.peacekeeping.pledges.pledge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.peacekeeping.pledges.platform.Role.FOCAL_POINT;
import static org.peacekeeping.pledges.platform.Role.REVIEWER;
import static org.peacekeeping.pledges.platform.Role.SYSTEM;
import static org.peacekeeping.pledges.pledge.PledgeAction.APPROVE;
import static org.peacekeeping.pledges.pledge.PledgeAction.ASSESS;
import static org.peacekeeping.pledges.pledge.PledgeAction.CREATE;
import static org.peacekeeping.pledges.pledge.PledgeAction.DELETE;
import static org.peacekeeping.pledges.pledge.PledgeAction.DEPLOY;
import static org.peacekeeping.pledges.pledge.PledgeAction.EDIT;
import static org.peacekeeping.pledges.pledge.PledgeAction.LAPSE;
import static org.peacekeeping.pledges.pledge.PledgeAction.REJECT;
import static org.peacekeeping.pledges.pledge.PledgeAction.RENEW;
import static org.peacekeeping.pledges.pledge.PledgeAction.REOPEN;
import static org.peacekeeping.pledges.pledge.PledgeAction.REPATRIATE;
import static org.peacekeeping.pledges.pledge.PledgeAction.RETURN;
import static org.peacekeeping.pledges.pledge.PledgeAction.START_REVIEW;
import static org.peacekeeping.pledges.pledge.PledgeAction.SUBMIT;
import static org.peacekeeping.pledges.pledge.PledgeAction.WITHDRAW;
import static org.peacekeeping.pledges.pledge.PledgeStatus.APPROVED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.DEPLOYED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.DRAFT;
import static org.peacekeeping.pledges.pledge.PledgeStatus.LAPSED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.REJECTED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.REPATRIATED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.RETURNED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.SUBMITTED;
import static org.peacekeeping.pledges.pledge.PledgeStatus.UNDER_REVIEW;
import static org.peacekeeping.pledges.pledge.PledgeStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacekeeping.pledges.platform.Role;
import org.peacekeeping.pledges.pledge.LifecycleViolation.Reason;
import org.peacekeeping.pledges.pledge.PledgeLifecycle.Transition;

/**
 * Walks every cell of the transition table (every state and "new" × every action × every role) against SPEC §3,
 * which this test copies by hand rather than reading it back from {@link PledgeLifecycle#table()}.
 */
class PledgeLifecycleTest {

    private static final String COMMENT = "Please attach the table of organization and equipment.";

    /** One allowed row: from ({@code null} = new), action, to ({@code null} = gone), who, whether a comment is due. */
    private record Row(PledgeStatus from, PledgeAction action, PledgeStatus to, Role role, boolean commentRequired) {
    }

    /**
     * SPEC §3, row by row. The "(overdue renewal)" row is the system's LAPSE; ASSESS (recording a readiness
     * assessment, which leaves the pledge approved) comes from SPEC §2: "raised only by a reviewer, on an approved
     * pledge". DEPLOY and REPATRIATE are SPEC §10's: a reviewer records the deployment of an approved pledge's unit
     * and, with a comment, its repatriation.
     */
    private static final List<Row> SPEC = List.of(
            new Row(null, CREATE, DRAFT, FOCAL_POINT, false),
            new Row(DRAFT, EDIT, DRAFT, FOCAL_POINT, false),
            new Row(RETURNED, EDIT, RETURNED, FOCAL_POINT, false),
            new Row(DRAFT, DELETE, null, FOCAL_POINT, false),
            new Row(DRAFT, SUBMIT, SUBMITTED, FOCAL_POINT, false),
            new Row(RETURNED, SUBMIT, SUBMITTED, FOCAL_POINT, false),
            new Row(SUBMITTED, START_REVIEW, UNDER_REVIEW, REVIEWER, false),
            new Row(UNDER_REVIEW, RETURN, RETURNED, REVIEWER, true),
            new Row(UNDER_REVIEW, APPROVE, APPROVED, REVIEWER, false),
            new Row(UNDER_REVIEW, REJECT, REJECTED, REVIEWER, true),
            new Row(APPROVED, REOPEN, UNDER_REVIEW, REVIEWER, true),
            new Row(APPROVED, RENEW, APPROVED, FOCAL_POINT, false),
            new Row(APPROVED, LAPSE, LAPSED, SYSTEM, false),
            new Row(LAPSED, RENEW, SUBMITTED, FOCAL_POINT, false),
            new Row(DRAFT, WITHDRAW, WITHDRAWN, FOCAL_POINT, false),
            new Row(SUBMITTED, WITHDRAW, WITHDRAWN, FOCAL_POINT, false),
            new Row(RETURNED, WITHDRAW, WITHDRAWN, FOCAL_POINT, false),
            new Row(APPROVED, WITHDRAW, WITHDRAWN, FOCAL_POINT, true),
            new Row(APPROVED, ASSESS, APPROVED, REVIEWER, false),
            new Row(APPROVED, DEPLOY, DEPLOYED, REVIEWER, false),
            new Row(DEPLOYED, REPATRIATE, REPATRIATED, REVIEWER, true));

    /** Every state a pledge can be in, with {@code null} first for a pledge that does not exist yet. */
    private static List<PledgeStatus> statesAndNew() {
        List<PledgeStatus> states = new ArrayList<>();
        states.add(null);
        states.addAll(Arrays.asList(PledgeStatus.values()));
        return states;
    }

    /** Every (state, action) pair; each invocation checks the pair for every role, with and without a comment. */
    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cells = new ArrayList<>();
        for (PledgeStatus from : statesAndNew()) {
            for (PledgeAction action : PledgeAction.values()) {
                cells.add(Arguments.of(from == null ? Named.of("new", null) : from, action));
            }
        }
        return cells.stream();
    }

    static Stream<Arguments> rowsNeedingAComment() {
        return SPEC.stream().filter(Row::commentRequired)
                .flatMap(row -> Stream.of("", "   ", "\t\n")
                        .map(blank -> Arguments.of(row.from(), row.action(), row.role(), Named.of("'" + blank + "'", blank))));
    }

    /** What SPEC §3 says about one cell: the row that applies, or why it is refused. */
    private static Optional<Row> expectedRow(PledgeStatus from, PledgeAction action, Role role) {
        return SPEC.stream().filter(r -> r.from() == from && r.action() == action && r.role() == role).findFirst();
    }

    private static Reason expectedRefusal(PledgeStatus from, PledgeAction action, Role role, String comment) {
        boolean roleMayEver = SPEC.stream().anyMatch(r -> r.action() == action && r.role() == role);
        if (!roleMayEver) {
            return Reason.ROLE_FORBIDS;
        }
        Optional<Row> row = expectedRow(from, action, role);
        if (row.isEmpty()) {
            return Reason.STATE_FORBIDS;
        }
        return row.get().commentRequired() && (comment == null || comment.isBlank()) ? Reason.COMMENT_REQUIRED : null;
    }

    private static void assertCell(PledgeStatus from, PledgeAction action, Role role, String comment) {
        String cell = (from == null ? "new" : from) + " / " + action + " / " + role + " / comment " + comment;
        Reason refusal = expectedRefusal(from, action, role, comment);
        if (refusal == null) {
            Row row = expectedRow(from, action, role).orElseThrow();
            Transition transition = assertDoesNotThrow(() -> PledgeLifecycle.check(from, action, role, comment), cell);
            assertEquals(row, asRow(transition), cell);
        } else {
            LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                    () -> PledgeLifecycle.check(from, action, role, comment), cell);
            assertEquals(refusal, violation.reason(), cell + ": " + violation.getMessage());
        }
    }

    private static Row asRow(Transition t) {
        return new Row(t.from(), t.action(), t.to(), t.role(), t.commentRequired());
    }

    // ------------------------------------------------------------------------------------------- the whole matrix

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("everyStateAndAction")
    void everyCellIsDecidedAsTheSpecSaysForEveryRoleWithAndWithoutAComment(PledgeStatus from, PledgeAction action) {
        List<Executable> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            for (String comment : Arrays.asList(null, COMMENT)) {
                cells.add(() -> assertCell(from, action, role, comment));
            }
        }
        assertAll(cells);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} with comment {3}")
    @MethodSource("rowsNeedingAComment")
    void aBlankCommentDoesNotCountAsAComment(PledgeStatus from, PledgeAction action, Role role, String blank) {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(from, action, role, blank));
        assertEquals(Reason.COMMENT_REQUIRED, violation.reason());
    }

    @Test
    void theMatrixAllowsExactlyTheRowsOfTheSpec() {
        Set<Row> allowed = new HashSet<>();
        for (PledgeStatus from : statesAndNew()) {
            for (PledgeAction action : PledgeAction.values()) {
                for (Role role : Role.values()) {
                    try {
                        allowed.add(asRow(PledgeLifecycle.check(from, action, role, COMMENT)));
                    } catch (LifecycleViolation refused) {
                        // not allowed: the cell tests check why
                    }
                }
            }
        }
        assertEquals(new HashSet<>(SPEC), allowed);
    }

    @Test
    void theTableListsExactlyTheRowsOfTheSpec() {
        List<Row> table = PledgeLifecycle.table().stream().map(PledgeLifecycleTest::asRow).toList();
        assertAll(
                () -> assertEquals(new HashSet<>(SPEC), new HashSet<>(table)),
                () -> assertEquals(SPEC.size(), table.size(), "no row twice"));
    }

    // ------------------------------------------------------------------------------------------- messages

    @Test
    void aStateRefusalNamesTheStateTheActionAndWhereItWouldWork() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(UNDER_REVIEW, SUBMIT, FOCAL_POINT, null));
        String message = violation.getMessage();
        assertAll(
                () -> assertTrue(message.contains("under review"), message),
                () -> assertTrue(message.contains("submitted"), message),
                () -> assertTrue(message.contains("draft") && message.contains("returned"), message));
    }

    @Test
    void aRefusalForAPledgeThatDoesNotExistYetCallsItNew() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(null, SUBMIT, FOCAL_POINT, null));
        assertTrue(violation.getMessage().contains("new"), violation.getMessage());
    }

    @Test
    void aRoleRefusalNamesTheRoleAndTheAction() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(UNDER_REVIEW, APPROVE, Role.ANALYST, null));
        assertEquals("An analyst may not approve a pledge", violation.getMessage());
    }

    @Test
    void aCommentRefusalSaysACommentIsRequiredAndNamesTheState() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(APPROVED, WITHDRAW, FOCAL_POINT, " "));
        String message = violation.getMessage();
        assertAll(
                () -> assertTrue(message.contains("comment is required"), message),
                () -> assertTrue(message.contains("withdraw"), message),
                () -> assertTrue(message.contains("approved"), message));
    }

    @Test
    void everyRefusalReadsAsASentenceWithoutCodeNames() {
        List<Executable> refusals = new ArrayList<>();
        for (PledgeStatus from : statesAndNew()) {
            for (PledgeAction action : PledgeAction.values()) {
                for (Role role : Role.values()) {
                    if (expectedRefusal(from, action, role, null) != null) {
                        refusals.add(() -> assertReadable(from, action, role));
                    }
                }
            }
        }
        assertAll(refusals);
    }

    private static void assertReadable(PledgeStatus from, PledgeAction action, Role role) {
        String message = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(from, action, role, null)).getMessage();
        String cell = from + " / " + action + " / " + role + ": " + message;
        assertTrue(Character.isUpperCase(message.charAt(0)), cell);
        assertFalse(message.contains("_"), cell);
        assertFalse(message.contains("null"), cell);
        assertFalse(message.contains(action.name()), cell);
        assertFalse(message.contains(role.name()), cell);
    }

    @Test
    void aViolationCarriesTheStateAndTheActionItRefused() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(REJECTED, REOPEN, REVIEWER, COMMENT));
        assertAll(
                () -> assertEquals(Reason.STATE_FORBIDS, violation.reason()),
                () -> assertEquals(REJECTED, violation.status()),
                () -> assertEquals(REOPEN, violation.action()));
    }

    // ------------------------------------------------------------------------------------------- available()

    @Test
    void aFocalPointMayEditDeleteSubmitOrWithdrawADraft() {
        assertEquals(EnumSet.of(EDIT, DELETE, SUBMIT, WITHDRAW), PledgeLifecycle.available(DRAFT, FOCAL_POINT));
    }

    @Test
    void aFocalPointMayOnlyCreateWhenThereIsNoPledgeYet() {
        assertEquals(EnumSet.of(CREATE), PledgeLifecycle.available(null, FOCAL_POINT));
    }

    @Test
    void aReviewerMayReturnApproveOrRejectAPledgeUnderReview() {
        assertEquals(EnumSet.of(RETURN, APPROVE, REJECT), PledgeLifecycle.available(UNDER_REVIEW, REVIEWER));
    }

    @Test
    void aReviewerMayReopenAssessOrDeployAnApprovedPledge() {
        assertEquals(EnumSet.of(REOPEN, ASSESS, DEPLOY), PledgeLifecycle.available(APPROVED, REVIEWER));
    }

    @Test
    void aReviewerMayOnlyRepatriateADeployedPledge() {
        assertEquals(EnumSet.of(REPATRIATE), PledgeLifecycle.available(DEPLOYED, REVIEWER));
    }

    @Test
    void nobodyElseMayActOnADeployedPledgeNotEvenTheSystemsLapse() {
        for (Role role : Role.values()) {
            if (role != REVIEWER) {
                assertEquals(Set.of(), PledgeLifecycle.available(DEPLOYED, role), role.name());
            }
        }
    }

    @Test
    void aRepatriatedPledgeIsTheEndOfItsStory() {
        assertTrue(REPATRIATED.terminal());
    }

    @Test
    void aRepatriationNeedsAComment() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(DEPLOYED, REPATRIATE, REVIEWER, " "));
        assertEquals(Reason.COMMENT_REQUIRED, violation.reason());
    }

    @Test
    void deployingAPledgeUnderReviewNamesWhereItWouldWork() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(UNDER_REVIEW, DEPLOY, REVIEWER, null));
        assertEquals("A pledge that is under review cannot be deployed (only from: approved)", violation.getMessage());
    }

    @Test
    void aFocalPointMayNotDeploy() {
        LifecycleViolation violation = assertThrows(LifecycleViolation.class,
                () -> PledgeLifecycle.check(APPROVED, DEPLOY, FOCAL_POINT, null));
        assertEquals(Reason.ROLE_FORBIDS, violation.reason());
    }

    @Test
    void approvedOrLaterIsApprovedDeployedAndRepatriated() {
        assertEquals(EnumSet.of(APPROVED, DEPLOYED, REPATRIATED), EnumSet.copyOf(PledgeStatus.APPROVED_OR_LATER));
    }

    @Test
    void aFocalPointMayRenewOrWithdrawAnApprovedPledge() {
        assertEquals(EnumSet.of(RENEW, WITHDRAW), PledgeLifecycle.available(APPROVED, FOCAL_POINT));
    }

    @Test
    void onlyTheSystemLapsesAnApprovedPledge() {
        assertEquals(EnumSet.of(LAPSE), PledgeLifecycle.available(APPROVED, SYSTEM));
    }

    @Test
    void aFocalPointMayOnlyRenewALapsedPledge() {
        assertEquals(EnumSet.of(RENEW), PledgeLifecycle.available(LAPSED, FOCAL_POINT));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ANALYST", "ADMIN"})
    void analystsAndAdministratorsMayNeverActOnAPledge(Role role) {
        for (PledgeStatus from : statesAndNew()) {
            assertEquals(Set.of(), PledgeLifecycle.available(from, role), String.valueOf(from));
        }
    }

    @ParameterizedTest
    @EnumSource(PledgeStatus.class)
    void aStateIsTerminalExactlyWhenNobodyMayActOnIt(PledgeStatus status) {
        boolean anyoneMayAct = Arrays.stream(Role.values())
                .anyMatch(role -> !PledgeLifecycle.available(status, role).isEmpty());
        assertEquals(status.terminal(), !anyoneMayAct);
    }

    // ------------------------------------------------------------------------------------------- editable()

    @ParameterizedTest
    @EnumSource(PledgeStatus.class)
    void onlyDraftsAndReturnedPledgesAreEditable(PledgeStatus status) {
        assertEquals(status == DRAFT || status == RETURNED, PledgeLifecycle.editable(status));
    }

    @Test
    void aPledgeThatDoesNotExistYetIsNotEditable() {
        assertFalse(PledgeLifecycle.editable(null));
    }

    // ------------------------------------------------------------------------------------------- path segments

    @Test
    void startReviewAppearsInUrlsAsStartReview() {
        assertEquals("start-review", START_REVIEW.pathSegment());
    }

    @Test
    void startReviewIsFoundFromItsPathSegment() {
        assertEquals(Optional.of(START_REVIEW), PledgeAction.fromPathSegment("start-review"));
    }

    @ParameterizedTest
    @EnumSource(PledgeAction.class)
    void everyActionIsFoundAgainFromItsPathSegment(PledgeAction action) {
        assertEquals(Optional.of(action), PledgeAction.fromPathSegment(action.pathSegment()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"START_REVIEW", "start_review", "Approve", "unapprove", ""})
    void anUnknownPathSegmentIsNoAction(String segment) {
        assertEquals(Optional.empty(), PledgeAction.fromPathSegment(segment));
    }
}
