package org.isnad.domain;

/** The four kinds of mark an analyst makes in the text. */
public enum Layer {
    SPEAKER, CUE, QUOTE, CLAIM;

    /** Lower-case name as used in styles and formats, e.g. {@code quote}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
