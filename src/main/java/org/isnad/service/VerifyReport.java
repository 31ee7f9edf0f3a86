package org.isnad.service;

import java.util.List;

/**
 * The result of checking a bundle without importing it: every entry whose hash or size does not
 * match its manifest, and (once sign-offs exist) every signature that does not verify.
 */
public record VerifyReport(String bundle, int entriesChecked, List<Problem> problems) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One failed check: the entry it concerns (or the bundle itself), which check, and why. */
    public record Problem(String entry, String check, String reason) {
        @Override
        public String toString() {
            return entry + ": " + reason;
        }
    }
}
