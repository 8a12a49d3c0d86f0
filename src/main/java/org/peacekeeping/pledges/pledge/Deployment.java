package org.peacekeeping.pledges.pledge;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and when an approved pledge's unit deployed, with how many personnel and women (SPEC §10), and when it came
 * home ({@code repatriatedOn} null while deployed), with the reviewer's comment. Validated where it is made: a mission,
 * a date, women never more than personnel, repatriation not before deployment.
 */
public record Deployment(String mission, LocalDate deployedOn, int personnel, int women, String deployedBy,
                         LocalDate repatriatedOn, String repatriationComment) implements Serializable {

    public Deployment {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(deployedOn, "deployedOn");
        new Personnel(personnel, women);
        if (repatriatedOn != null && repatriatedOn.isBefore(deployedOn)) {
            throw new IllegalArgumentException("A unit comes home after it deployed (" + deployedOn + ")");
        }
    }

    /** A deployment as recorded, the unit still in the mission area. */
    public static Deployment of(String mission, LocalDate deployedOn, Personnel deployed, String deployedBy) {
        return new Deployment(mission, deployedOn, deployed.total(), deployed.women(), deployedBy, null, null);
    }

    /** The same deployment, the unit home on {@code on}. */
    public Deployment repatriated(LocalDate on, String comment) {
        return new Deployment(mission, deployedOn, personnel, women, deployedBy, Objects.requireNonNull(on, "on"),
                comment);
    }

    public boolean repatriated() {
        return repatriatedOn != null;
    }
}
