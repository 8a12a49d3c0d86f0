package org.peacekeeping.pledges.review;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.peacekeeping.pledges.pledge.ReadinessLevel;

/**
 * An assessment raising a pledge to Rapid Deployment that waits for a second reviewer (SPEC §10), as the reviewers'
 * queue lists it: the pledge, its level until then, who proposed it and when.
 */
public record PendingConfirmation(long assessmentId, long pledgeId, String reference, String memberState,
                                  String title, ReadinessLevel currentLevel, AssessmentType type,
                                  LocalDate assessedOn, String proposedBy, Instant proposedAt)
        implements Serializable {
}
