package org.isnad.domain;

/** Whether the claimant affirms or denies the claim. */
public enum Polarity {
    AFFIRMS, DENIES
}
