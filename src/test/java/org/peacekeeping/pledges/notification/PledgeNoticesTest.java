package org.peacekeeping.pledges.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peacekeeping.pledges.pledge.PledgeAction;
import org.peacekeeping.pledges.pledge.PledgeStatus;

class PledgeNoticesTest {

    @Test
    void eachDecisionAndTheFocalPointsOwnStepsSendTheirNotice() {
        assertEquals(Optional.of(NotificationKind.ACKNOWLEDGEMENT), kind(PledgeAction.SUBMIT, PledgeStatus.DRAFT));
        assertEquals(Optional.of(NotificationKind.RETURNED), kind(PledgeAction.RETURN, PledgeStatus.UNDER_REVIEW));
        assertEquals(Optional.of(NotificationKind.APPROVED), kind(PledgeAction.APPROVE, PledgeStatus.UNDER_REVIEW));
        assertEquals(Optional.of(NotificationKind.REJECTED), kind(PledgeAction.REJECT, PledgeStatus.UNDER_REVIEW));
        assertEquals(Optional.of(NotificationKind.REOPENED), kind(PledgeAction.REOPEN, PledgeStatus.APPROVED));
        assertEquals(Optional.of(NotificationKind.WITHDRAWN), kind(PledgeAction.WITHDRAW, PledgeStatus.APPROVED));
        assertEquals(Optional.of(NotificationKind.LAPSED), kind(PledgeAction.LAPSE, PledgeStatus.APPROVED));
    }

    @Test
    void aDeploymentAndARepatriationAreToldToTheFocalPoints() {
        assertEquals(Optional.of(NotificationKind.DEPLOYED), kind(PledgeAction.DEPLOY, PledgeStatus.APPROVED));
        assertEquals(Optional.of(NotificationKind.REPATRIATED), kind(PledgeAction.REPATRIATE, PledgeStatus.DEPLOYED));
    }

    @Test
    void renewingALapsedPledgeIsAcknowledgedAsANewSubmission() {
        assertEquals(Optional.of(NotificationKind.ACKNOWLEDGEMENT), kind(PledgeAction.RENEW, PledgeStatus.LAPSED));
        assertEquals(Optional.of(NotificationKind.RENEWED), kind(PledgeAction.RENEW, PledgeStatus.APPROVED));
    }

    @Test
    void startingAReviewEditingAndAssessingSendNothing() {
        assertEquals(Optional.empty(), kind(PledgeAction.START_REVIEW, PledgeStatus.SUBMITTED));
        assertEquals(Optional.empty(), kind(PledgeAction.EDIT, PledgeStatus.DRAFT));
        assertEquals(Optional.empty(), kind(PledgeAction.ASSESS, PledgeStatus.APPROVED));
    }

    private static Optional<NotificationKind> kind(PledgeAction action, PledgeStatus from) {
        return PledgeNotices.kindOf(action, from);
    }
}
