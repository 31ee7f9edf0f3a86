package org.isnad.service;

import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Verdict;

/**
 * An annotation's verdict is given, replaced or taken back; {@code before} or {@code after} is null
 * when there was none or is none. A change like any other, so verdicts undo and redo on the stack.
 */
public record VerdictChanged(String spanId, Verdict before, Verdict after) implements Change {
    public VerdictChanged {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a verdict change needs a verdict before or after");
        }
    }

    @Override
    public void applyInMemory(AnnotationSet set) {
        if (after == null) {
            set.removeVerdict(spanId);
        } else {
            set.putVerdict(after);
        }
    }

    @Override
    public void store(String setId, Repositories repositories) {
        if (after == null) {
            repositories.reviews().removeVerdict(setId, spanId);
        } else {
            repositories.reviews().saveVerdict(setId, after);
        }
    }

    @Override
    public Change inverse() {
        return new VerdictChanged(spanId, after, before);
    }

    @Override
    public String before(String documentText) {
        return render(before);
    }

    @Override
    public String after(String documentText) {
        return render(after);
    }

    private String render(Verdict v) {
        return v == null ? "" : "VERDICT " + spanId + " " + v.kind() + " by " + v.reviewer()
                + (v.comment() == null ? "" : " «" + v.comment() + "»");
    }
}
