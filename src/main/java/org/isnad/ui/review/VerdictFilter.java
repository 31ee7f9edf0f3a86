package org.isnad.ui.review;

import java.util.Optional;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;

/** Which annotations review mode steps through, by their verdict. */
public enum VerdictFilter {
    ALL, UNREVIEWED, ACCEPTED, REJECTED, FIXED;

    public boolean matches(Optional<Verdict> verdict) {
        return switch (this) {
            case ALL -> true;
            case UNREVIEWED -> verdict.isEmpty();
            case ACCEPTED -> verdict.map(v -> v.kind() == VerdictKind.ACCEPTED).orElse(false);
            case REJECTED -> verdict.map(v -> v.kind() == VerdictKind.REJECTED).orElse(false);
            case FIXED -> verdict.map(v -> v.kind() == VerdictKind.FIXED).orElse(false);
        };
    }

    /** The message key of its name, e.g. {@code review.filter.unreviewed}. */
    public String messageKey() {
        return "review.filter." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
