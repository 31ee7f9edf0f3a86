package org.isnad.domain;

/**
 * How far the review of a set has come: how many annotations there are, how many have each verdict,
 * and how many of those verdicts are stale (the annotation changed after it) and so need review again.
 */
public record ReviewProgress(int total, int accepted, int rejected, int fixed, int stale) {
    public ReviewProgress(int total, int accepted, int rejected, int fixed) {
        this(total, accepted, rejected, fixed, 0);
    }

    public int reviewed() {
        return accepted + rejected + fixed;
    }

    public int unreviewed() {
        return total - reviewed();
    }

    /** Every annotation has a verdict on it as it is now. */
    public boolean complete() {
        return unreviewed() == 0 && stale == 0;
    }
}
