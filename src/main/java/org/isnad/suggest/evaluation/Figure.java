package org.isnad.suggest.evaluation;

/**
 * Matched spans over those found (precision) and over the gold ones (recall), and their harmonic mean.
 * With nothing found precision is 1; with no gold recall is 1 (nothing to miss).
 */
public record Figure(int matched, int found, int gold) {
    public static final Figure NONE = new Figure(0, 0, 0);

    public double precision() {
        return found == 0 ? 1 : (double) matched / found;
    }

    public double recall() {
        return gold == 0 ? 1 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Figure plus(Figure o) {
        return new Figure(matched + o.matched, found + o.found, gold + o.gold);
    }
}
