package org.isnad.domain;

/** What kind of statement a claim is, for check-worthiness triage. */
public enum ClaimType {
    QUANTITY, CAUSATION, PREDICTION, LAW_OR_RULE, PERSONAL_EXPERIENCE, OTHER
}
