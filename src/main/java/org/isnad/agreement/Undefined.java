package org.isnad.agreement;

import java.util.Locale;

/** Why a figure has no value: each says what was missing, so a report never shows 0 for "nothing to compare". */
public enum Undefined {
    /** Neither analyst marked anything in the layer. */
    NOTHING_MARKED,
    /** No quote was marked by both analysts at the same place, so there is nothing to compare attributes on. */
    NO_MATCHED_QUOTES,
    /** Every compared quote has one and the same type from both analysts: kappa's chance agreement is 1. */
    ONE_TYPE_ONLY,
    /** The layer's marks leave no variation to correct for chance (for instance both mark the whole text). */
    NO_VARIATION,
    /** Only one analyst has a set on the document: there is nobody to compare with. */
    ONE_ANALYST_ONLY,
    /** No document of the selection was annotated by both analysts of the pair. */
    NO_SHARED_DOCUMENT;

    /** The name used in JSON and CSV, e.g. {@code nothing_marked}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
