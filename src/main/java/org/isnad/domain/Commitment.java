package org.isnad.domain;

/** How strongly the claimant stands behind the claim («لا أعتقد» is probable, not certain). */
public enum Commitment {
    CERTAIN, PROBABLE, POSSIBLE
}
