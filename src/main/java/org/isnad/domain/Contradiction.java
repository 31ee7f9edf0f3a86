package org.isnad.domain;

/**
 * Two appearances of one claim record on opposite sides: the same speaker asserting and denying it at
 * different times ({@link Kind#SAME_SPEAKER}), or two speakers, one asserting, the other denying
 * ({@link Kind#OPPOSITE_SPEAKERS}). {@code asserted} is the asserting appearance, {@code denied} the other.
 */
public record Contradiction(Kind kind, ClaimAppearance asserted, ClaimAppearance denied) {
    public enum Kind { SAME_SPEAKER, OPPOSITE_SPEAKERS }
}
