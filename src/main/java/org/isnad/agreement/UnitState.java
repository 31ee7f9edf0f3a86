package org.isnad.agreement;

/** How the analysts stand on one curation unit. */
public enum UnitState {
    /** Every analyst marked it, all alike: same layer, bounds, attributes and links. */
    ALL_AGREE,
    /** Every analyst marked it, not all alike. */
    DISAGREE,
    /** Some analysts marked it, others did not. */
    ONLY_SOME,
    /** No analyst marked it; the curator added it by hand. */
    CURATOR_ONLY
}
