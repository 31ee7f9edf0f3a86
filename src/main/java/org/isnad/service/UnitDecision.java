package org.isnad.service;

/** Where the curator stands on a unit. */
public enum UnitDecision {
    /** Not decided yet: nothing in the curated set, and not left out. */
    OPEN,
    /** The curated set holds exactly one analyst's version (or several alike). */
    TAKEN,
    /** The curated set holds a version no analyst marked: fixed by hand. */
    FIXED,
    /** Left out of the curated set on purpose. */
    NONE
}
