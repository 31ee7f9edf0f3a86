package org.isnad.domain;

/** What a reviewer decided about one annotation. */
public enum VerdictKind {
    /** Right as the analyst marked it. */
    ACCEPTED,
    /** Wrong; the reviewer says why in a comment. */
    REJECTED,
    /** Was wrong, the reviewer corrected it, and accepts the corrected version. */
    FIXED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
