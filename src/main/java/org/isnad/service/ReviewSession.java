package org.isnad.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.ReviewProgress;
import org.isnad.domain.ReviewState;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.message.Message;
import org.isnad.text.Selections;
import org.isnad.text.TextRange;

/**
 * A reviewer going through someone else's submitted annotation set. Verdicts (and a fix, which is
 * the correction and the verdict together) are commands on this session's own stack, committed and
 * written to the audit log as they are given, and undoable like any edit. Every write first checks
 * the stored state: once the set is approved or sent back, nothing here changes it any more.
 */
public final class ReviewSession {
    private final Document document;
    private final AnnotationSet set;
    private final String reviewer;
    private final Clock clock;
    private final CommandStack stack;

    ReviewSession(Repositories repositories, Document document, AnnotationSet set, String reviewer, Clock clock) {
        this.document = document;
        this.set = set;
        this.reviewer = reviewer;
        this.clock = clock;
        this.stack = new CommandStack(set, repositories, document.id(), reviewer, clock);
        stack.guard(() -> {
            repositories.annotations().findSet(set.id()).ifPresent(set::updateInfo);
            ReviewState.checkCanReview(set.info(), reviewer);
        });
    }

    public Document document() {
        return document;
    }

    /** The set under review, with its verdicts; read it, change it only through this session. */
    public AnnotationSet set() {
        return set;
    }

    public AnnotationSetInfo info() {
        return set.info();
    }

    public String reviewer() {
        return reviewer;
    }

    public CommandStack history() {
        return stack;
    }

    /** The annotations in reading order: the order review steps through them. */
    public List<Span> annotations() {
        return set.spans();
    }

    public Optional<Verdict> verdictOf(String spanId) {
        return set.verdict(spanId);
    }

    public ReviewProgress progress() {
        return set.reviewProgress();
    }

    /** The next annotation without a verdict, or with a stale one, after the given one (or from the start when null), in reading order. */
    public Optional<Span> nextUnreviewed(String afterSpanId) {
        List<Span> spans = set.spans();
        int from = 0;
        if (afterSpanId != null) {
            for (int i = 0; i < spans.size(); i++) {
                if (spans.get(i).id().equals(afterSpanId)) {
                    from = i + 1;
                    break;
                }
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get((from + i) % spans.size());
            if (set.verdict(s.id()).isEmpty() || set.isStale(s.id())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether the reviewer may give verdicts now (the set is submitted and not their own). */
    public boolean canReview() {
        try {
            ReviewState.checkCanReview(set.info(), reviewer);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    public Verdict accept(String spanId, String comment) {
        return give(set.requireSpan(spanId), VerdictKind.ACCEPTED, comment, List.of());
    }

    /** Rejects an annotation; the comment saying what is wrong is required. */
    public Verdict reject(String spanId, String comment) {
        return give(set.requireSpan(spanId), VerdictKind.REJECTED, comment, List.of());
    }

    /**
     * Corrects an annotation and accepts the corrected version, as one undoable step. {@code corrected}
     * is the span with the same id and layer and new bounds, attributes or note.
     */
    public Verdict fix(Span corrected, String comment) {
        Span old = set.requireSpan(corrected.id());
        if (old.equals(corrected)) {
            throw new DomainException(Message.of("service.fix.changes.nothing",
                    ChangeText.excerpt(old.textIn(document.text()))));
        }
        set.checkSpanFits(corrected);
        return give(corrected, VerdictKind.FIXED, comment, List.of(new SpanChanged(old, corrected)));
    }

    /** Fixes an annotation's bounds to a new selection (snapped like a new mark). */
    public Verdict fixBounds(String spanId, int selectionStart, int selectionEnd, String comment) {
        TextRange range = Selections.snap(document.text(), selectionStart, selectionEnd)
                .orElseThrow(() -> AnnotationSession.emptySelection(selectionStart, selectionEnd));
        return fix(set.requireSpan(spanId).withBounds(range.start(), range.end()), comment);
    }

    public Verdict fixAttributes(String spanId, SpanAttributes attributes, String comment) {
        return fix(set.requireSpan(spanId).withAttributes(attributes), comment);
    }

    /** Takes a verdict back; the annotation is unreviewed again. */
    public void clearVerdict(String spanId) {
        Span span = set.requireSpan(spanId);
        Verdict old = set.verdict(spanId).orElseThrow(() -> new DomainException(
                Message.of("service.verdict.none.to.clear", excerpt(span))));
        execute(new Command(new Action("action.verdict.clear", excerpt(span)), List.of(new VerdictChanged(spanId, old, null))));
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    /** Gives a verdict on {@code judged}: the annotation as it is, or as {@code corrections} make it. */
    private Verdict give(Span judged, VerdictKind kind, String comment, List<Change> corrections) {
        String spanId = judged.id();
        Span span = set.requireSpan(spanId);
        Verdict verdict = set.verdictOn(judged, kind, comment, reviewer, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        List<Change> changes = new ArrayList<>(corrections);
        changes.add(new VerdictChanged(spanId, set.verdict(spanId).orElse(null), verdict));
        execute(new Command(new Action("action.verdict." + kind.key(), excerpt(span)), changes));
        return verdict;
    }

    private void execute(Command command) {
        // the stack's guard checks the stored state inside the transaction
        stack.execute(command);
    }

    private String excerpt(Span span) {
        return ChangeText.excerpt(span.textIn(document.text()));
    }
}
