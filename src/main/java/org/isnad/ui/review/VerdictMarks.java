package org.isnad.ui.review;

import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.style.StyleClasses;

/**
 * The marks that show a verdict on the document: an outline over the annotation, in its own layer
 * ({@code layer-verdict-accepted}, {@code -rejected}, {@code -fixed}, or {@code -stale} when the annotation
 * changed after its verdict), with an id that names the annotation.
 */
public final class VerdictMarks {
    private VerdictMarks() {
    }

    /** The marks of every annotation of the set that has a verdict (and that {@code shown} lets through). */
    public static List<Highlight> of(AnnotationSet set, java.util.function.Predicate<Span> shown) {
        List<Highlight> marks = new ArrayList<>();
        for (Span s : set.spans()) {
            if (!shown.test(s)) {
                continue;
            }
            set.verdict(s.id()).ifPresent(v -> marks.add(set.isStale(s.id()) ? staleMark(s) : mark(s, v)));
        }
        return marks;
    }

    /** A stale verdict's mark ({@code layer-verdict-stale}): the annotation changed after the verdict. */
    public static Highlight staleMark(Span span) {
        return new Highlight(span.id(), StyleClasses.VERDICT_PREFIX + "stale", span.start(), span.end());
    }

    public static Highlight mark(Span span, Verdict verdict) {
        return new Highlight(span.id(), StyleClasses.VERDICT_PREFIX + verdict.kind().key(), span.start(), span.end());
    }
}
