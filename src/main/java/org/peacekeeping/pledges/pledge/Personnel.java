package org.peacekeeping.pledges.pledge;

/** A personnel count with the women among them: never negative, never more women than personnel. */
public record Personnel(int total, int women) {

    public Personnel {
        if (total < 0) {
            throw new IllegalArgumentException("Personnel cannot be negative");
        }
        if (women < 0) {
            throw new IllegalArgumentException("The number of women cannot be negative");
        }
        if (women > total) {
            throw new IllegalArgumentException("There cannot be more women (" + women + ") than personnel (" + total + ")");
        }
    }

    /** Women as a share of personnel, 0 to 1; 0 when there are no personnel. */
    public double womenShare() {
        return total == 0 ? 0 : (double) women / total;
    }
}
