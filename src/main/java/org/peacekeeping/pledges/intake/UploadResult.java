package org.peacekeeping.pledges.intake;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * What an accepted upload did, row by row: each pledge row's pledge and whether it was created, updated (a draft whose
 * row changed), left unchanged (a draft whose row did not), or kept as it is (its pledge has left the draft stage, so
 * the form no longer changes it).
 */
@JsonbPropertyOrder({"memberState", "rows", "created", "updated", "unchanged", "kept", "pledges"})
public record UploadResult(String memberState, int rows, int created, int updated, int unchanged, int kept,
                           List<Line> pledges) {

    /** What happened to a row's pledge. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, KEPT
    }

    @JsonbPropertyOrder({"row", "rowKey", "outcome", "id", "reference", "status"})
    public record Line(int row, String rowKey, Outcome outcome, long id, String reference, String status) {
    }

    static UploadResult of(String memberState, List<Line> lines) {
        return new UploadResult(memberState, lines.size(), count(lines, Outcome.CREATED),
                count(lines, Outcome.UPDATED), count(lines, Outcome.UNCHANGED), count(lines, Outcome.KEPT),
                List.copyOf(lines));
    }

    private static int count(List<Line> lines, Outcome outcome) {
        return (int) lines.stream().filter(line -> line.outcome() == outcome).count();
    }
}
