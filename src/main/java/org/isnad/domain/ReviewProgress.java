package org.isnad.domain;

/** How far the review of a set has come: how many annotations there are and how many have each verdict. */
public record ReviewProgress(int total, int accepted, int rejected, int fixed) {
    public int reviewed() {
        return accepted + rejected + fixed;
    }

    public int unreviewed() {
        return total - reviewed();
    }

    public boolean complete() {
        return unreviewed() == 0;
    }
}
