package org.isnad.service;

import java.util.Optional;

/**
 * What to do when an imported annotation set already exists (same set id) with different content.
 * Identical content is never a conflict: there is simply nothing to do.
 */
public enum ConflictPolicy {
    /** Refuse the whole import and say which set differs (the default). */
    FAIL("fail"),
    /** Keep the stored set and add the imported one beside it, under new ids. */
    KEEP_BOTH("keep-both"),
    /** Replace the stored set's annotations by the imported ones. */
    REPLACE("replace");

    private final String key;

    ConflictPolicy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ConflictPolicy> ofKey(String key) {
        for (ConflictPolicy p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
