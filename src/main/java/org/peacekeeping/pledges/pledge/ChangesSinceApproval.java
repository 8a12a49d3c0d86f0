package org.peacekeeping.pledges.pledge;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What changed in a pledge since it was last approved (SPEC §9): the reviewer of a reopened or renewed pledge sees
 * it. {@code approvedAt} is null for a pledge that was never approved (then nothing is listed).
 *
 * @param approvedAt when the last approval was, or null
 * @param approvedBy who gave it
 * @param changes    per field, the value at that approval and the value now; fields that came back left out
 */
public record ChangesSinceApproval(Instant approvedAt, String approvedBy, List<FieldChange> changes)
        implements Serializable {

    public ChangesSinceApproval {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
