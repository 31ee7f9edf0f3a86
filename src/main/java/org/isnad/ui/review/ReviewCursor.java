package org.isnad.ui.review;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;

/**
 * Where the reviewer stands in the set under review: its annotations in reading order, the filters
 * (by verdict and by layer) that choose which of them are stepped through and drawn, and the current
 * one. Plain Java, so that the rules of stepping are tested without a window; review mode shows
 * what it says.
 */
public final class ReviewCursor {

    /** What the cursor reads of the set under review; asked anew each time, as verdicts and bounds change. */
    public interface Annotations {
        /** Every annotation of the set, in reading order. */
        List<Span> inReadingOrder();

        Optional<Verdict> verdictOf(String spanId);
    }

    /** How a step by N or P ended. */
    public enum Step {
        MOVED, NONE_SHOWN, AT_FIRST, AT_LAST
    }

    private Annotations set;
    private VerdictFilter verdictFilter = VerdictFilter.ALL;
    /** null: every layer. */
    private Layer layerFilter;
    private String currentId;

    /** Starts on a set, with no current annotation; the filters stay as they were. */
    public void open(Annotations annotations) {
        set = annotations;
        currentId = null;
    }

    public void close() {
        set = null;
        currentId = null;
    }

    public void setVerdictFilter(VerdictFilter filter) {
        verdictFilter = filter == null ? VerdictFilter.ALL : filter;
    }

    /** {@code layer} null lets every layer through. */
    public void setLayerFilter(Layer layer) {
        layerFilter = layer;
    }

    public Optional<String> currentId() {
        return Optional.ofNullable(currentId);
    }

    public Optional<Span> current() {
        return currentId == null ? Optional.empty() : find(all(), currentId);
    }

    /** Makes an annotation of the set the current one; false (and none current) when the set has no such one. */
    public boolean moveTo(String spanId) {
        currentId = spanId != null && find(all(), spanId).isPresent() ? spanId : null;
        return currentId != null;
    }

    /** Whether the filters let an annotation through. */
    public boolean passes(Span span) {
        return (layerFilter == null || span.layer() == layerFilter) && verdictFilter.matches(set.verdictOf(span.id()));
    }

    /** The annotations the filters let through, in reading order. */
    public List<Span> shown() {
        return all().stream().filter(this::passes).toList();
    }

    /** What is drawn on the document: what the filters let through, and the current one even when they hide it. */
    public boolean isDrawn(Span span) {
        return passes(span) || span.id().equals(currentId);
    }

    public List<Span> drawn() {
        return all().stream().filter(this::isDrawn).toList();
    }

    /** The current annotation's place among those shown (from 0), or -1 when the filters hide it or none is current. */
    public int positionInShown() {
        return indexIn(shown(), currentId);
    }

    /** The first shown annotation without a verdict, else the first shown one: where a review begins. */
    public Optional<String> firstToReview() {
        List<Span> shown = shown();
        return shown.stream().filter(s -> set.verdictOf(s.id()).isEmpty()).findFirst()
                .or(() -> shown.stream().findFirst()).map(Span::id);
    }

    public Optional<String> firstShown() {
        return shown().stream().findFirst().map(Span::id);
    }

    public Step next() {
        return step(+1);
    }

    public Step previous() {
        return step(-1);
    }

    /** On to the next annotation without a verdict after the current one, wrapping, within the filters; false when there is none. */
    public boolean nextUnreviewed() {
        List<Span> all = all();
        int from = indexIn(all, currentId);
        for (int i = 1; i <= all.size(); i++) {
            Span span = all.get(Math.floorMod(from + i, all.size()));
            if (set.verdictOf(span.id()).isEmpty() && passes(span)) {
                currentId = span.id();
                return true;
            }
        }
        return false;
    }

    /** After a verdict: on to the next annotation shown, else to any shown one still without a verdict; false when it stays. */
    public boolean advanceAfterVerdict() {
        List<Span> shown = shown();
        int at = landing(shown, +1);
        if (at >= 0 && at < shown.size()) {
            currentId = shown.get(at).id();
            return true;
        }
        for (Span span : shown) {
            if (set.verdictOf(span.id()).isEmpty()) {
                currentId = span.id();
                return true;
            }
        }
        return false;
    }

    private Step step(int direction) {
        List<Span> shown = shown();
        if (shown.isEmpty()) {
            return Step.NONE_SHOWN;
        }
        int at = landing(shown, direction);
        if (at < 0 || at >= shown.size()) {
            return direction > 0 ? Step.AT_LAST : Step.AT_FIRST;
        }
        currentId = shown.get(at).id();
        return Step.MOVED;
    }

    /** Where a step lands among {@code shown}: also from a current annotation that the filters hide. */
    private int landing(List<Span> shown, int direction) {
        if (current().isEmpty()) {
            return direction > 0 ? 0 : shown.size() - 1;
        }
        int exact = indexIn(shown, currentId);
        if (exact >= 0) {
            return exact + direction;
        }
        List<Span> all = all();
        int pos = indexIn(all, currentId);
        if (direction > 0) {
            for (int i = 0; i < shown.size(); i++) {
                if (indexIn(all, shown.get(i).id()) > pos) {
                    return i;
                }
            }
            return shown.size();
        }
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (indexIn(all, shown.get(i).id()) < pos) {
                return i;
            }
        }
        return -1;
    }

    private List<Span> all() {
        return set == null ? List.of() : set.inReadingOrder();
    }

    private static Optional<Span> find(List<Span> spans, String id) {
        return spans.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static int indexIn(List<Span> spans, String id) {
        if (id == null) {
            return -1;
        }
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
