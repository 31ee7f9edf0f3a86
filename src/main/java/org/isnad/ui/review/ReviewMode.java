package org.isnad.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.ReviewProgress;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.service.ReviewService;
import org.isnad.service.ReviewSession;
import org.isnad.service.StorageException;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.LinkLine;

/**
 * Review mode, without controls: a reviewer steps through another annotator's set in reading order
 * (N / P, filtered by verdict and layer), gives verdicts (A accept, R reject with a comment, F fix
 * to the selection), and approves or requests changes. Every step goes through the
 * {@link ReviewService}; a refusal shows the service's own message.
 */
public final class ReviewMode {
    private final ReviewService service;
    private final String reviewer;
    private final UiText text;
    private final StringProperty message;
    private DocumentCanvas canvas;
    private Runnable onStepTaken = () -> { };

    private final ObjectProperty<ReviewSession> session = new SimpleObjectProperty<>();
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final StringProperty currentSpanId = new SimpleStringProperty();
    private final ObjectProperty<VerdictFilter> verdictFilter = new SimpleObjectProperty<>(VerdictFilter.ALL);
    /** null: every layer. */
    private final ObjectProperty<Layer> layerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<CommentFor> commentFor = new SimpleObjectProperty<>(CommentFor.NONE);
    private final IntegerProperty revision = new SimpleIntegerProperty();

    /** {@code message} is where results and refusals are said (the status line's message). */
    public ReviewMode(ReviewService service, String reviewer, UiText text, StringProperty message) {
        this.service = service;
        this.reviewer = reviewer;
        this.text = text;
        this.message = message;
        verdictFilter.addListener((o, a, b) -> afterFilterChange());
        layerFilter.addListener((o, a, b) -> afterFilterChange());
    }

    public void attach(DocumentCanvas documentCanvas) {
        this.canvas = documentCanvas;
    }

    /** Runs after the set changed state here (approved, sent back): the library and the badge follow. */
    public void setOnStepTaken(Runnable action) {
        this.onStepTaken = action;
    }

    // ---- state ----

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean active() {
        return active.get();
    }

    public Optional<ReviewSession> session() {
        return Optional.ofNullable(session.get());
    }

    public StringProperty currentSpanIdProperty() {
        return currentSpanId;
    }

    public Optional<Span> current() {
        ReviewSession s = session.get();
        String id = currentSpanId.get();
        return s == null || id == null ? Optional.empty() : s.set().span(id);
    }

    public ObjectProperty<VerdictFilter> verdictFilterProperty() {
        return verdictFilter;
    }

    public ObjectProperty<Layer> layerFilterProperty() {
        return layerFilter;
    }

    public ObjectProperty<CommentFor> commentForProperty() {
        return commentFor;
    }

    /** Increases after every verdict, step or filter change, so that panels redraw. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    public String reviewer() {
        return reviewer;
    }

    public UiText text() {
        return text;
    }

    /** The annotations that the filters let through, in reading order. */
    public List<Span> shown() {
        ReviewSession s = session.get();
        if (s == null) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        for (Span span : s.annotations()) {
            if (passes(s, span)) {
                out.add(span);
            }
        }
        return out;
    }

    public ReviewProgress progress() {
        return session().map(ReviewSession::progress).orElse(new ReviewProgress(0, 0, 0, 0));
    }

    // ---- the words the pane shows ----

    /** "Reviewing the annotations of layla (submitted)". */
    public String titleText() {
        return session().map(s -> text.format("review.title", s.info().annotator(), text.get("state." + s.info().state().key())))
                .orElse("");
    }

    /** "3 of 5 reviewed · 2 accepted · 1 rejected · 0 fixed". */
    public String progressText() {
        ReviewProgress p = progress();
        return text.format("review.progress", p.reviewed(), p.total(), p.accepted(), p.rejected(), p.fixed());
    }

    /** "2 / 4" within the filtered annotations, or "– / 4" when the current one is filtered out. */
    public String positionText() {
        List<Span> shown = shown();
        int at = indexIn(shown, currentSpanId.get());
        return text.format("review.position", at < 0 ? (Object) "–" : (Object) Integer.valueOf(at + 1), shown.size());
    }

    public String currentLayerText() {
        return current().map(s -> text.get("layer." + s.layer().key())).orElse("");
    }

    public String currentExcerpt() {
        return current().map(s -> excerpt(s.textIn(session.get().document().text()), 600)).orElse("");
    }

    public String currentVerdictText() {
        return current().map(s -> VerdictWords.of(text, session.get().verdictOf(s.id()))).orElse(text.get("review.none.shown"));
    }

    // ---- entering and leaving ----

    /** The sets of this document that the reviewer may review: everyone's but their own. */
    public List<AnnotationSetInfo> reviewableSets(String documentId) {
        return service.setsOf(documentId).stream().filter(s -> !s.annotator().equals(reviewer)).toList();
    }

    /** Opens review of a set: draws its annotations and goes to the first one without a verdict. */
    public boolean start(String setId) {
        ReviewSession opened;
        try {
            opened = service.review(setId, reviewer);
        } catch (IllegalArgumentException | IllegalStateException | StorageException e) {
            message.set(e.getMessage());
            return false;
        }
        commentFor.set(CommentFor.NONE);
        session.set(opened);
        currentSpanId.set(null);
        active.set(true);
        String first = firstToReview(opened);
        message.set(opened.canReview() ? text.format("review.started", opened.info().annotator())
                : reasonCannotReview(opened));
        redraw();
        select(first);
        return true;
    }

    /** Leaves review mode; the caller shows the reviewer's own annotations again. */
    public void leave() {
        commentFor.set(CommentFor.NONE);
        session.set(null);
        currentSpanId.set(null);
        active.set(false);
        revision.set(revision.get() + 1);
    }

    // ---- stepping ----

    public void next() {
        step(+1);
    }

    public void previous() {
        step(-1);
    }

    /** The next annotation without a verdict after the current one (wrapping), within the filters. */
    public void nextUnreviewed() {
        ReviewSession s = session.get();
        if (s == null) {
            return;
        }
        List<Span> all = s.annotations();
        int from = indexIn(all, currentSpanId.get());
        for (int i = 1; i <= all.size(); i++) {
            Span span = all.get(Math.floorMod(from + i, all.size()));
            if (s.verdictOf(span.id()).isEmpty() && passes(s, span)) {
                select(span.id());
                return;
            }
        }
        message.set(text.get("review.all.reviewed"));
    }

    /** Makes an annotation of the set the current one (a click on it, or a step). */
    public void select(String spanId) {
        ReviewSession s = session.get();
        if (s == null || spanId == null || s.set().span(spanId).isEmpty()) {
            currentSpanId.set(null);
            drawLinks();
            revision.set(revision.get() + 1);
            return;
        }
        currentSpanId.set(spanId);
        if (canvas != null) {
            canvas.scrollToOffset(s.set().requireSpan(spanId).start());
        }
        drawLinks();
        revision.set(revision.get() + 1);
    }

    private void step(int direction) {
        List<Span> shown = shown();
        if (shown.isEmpty()) {
            message.set(text.get("review.none.shown"));
            return;
        }
        int at = positionInReadingOrder(shown, direction);
        if (at < 0 || at >= shown.size()) {
            message.set(text.get(direction > 0 ? "review.at.last" : "review.at.first"));
            return;
        }
        message.set("");
        select(shown.get(at).id());
    }

    /** Where a step lands among {@code shown}: also from a current annotation that the filters hide. */
    private int positionInReadingOrder(List<Span> shown, int direction) {
        Optional<Span> cur = current();
        if (cur.isEmpty()) {
            return direction > 0 ? 0 : shown.size() - 1;
        }
        int exact = indexIn(shown, cur.get().id());
        if (exact >= 0) {
            return exact + direction;
        }
        List<Span> all = session.get().annotations();
        int pos = indexIn(all, cur.get().id());
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

    // ---- verdicts ----

    public void accept() {
        current().ifPresentOrElse(span -> verdict(() -> session.get().accept(span.id(), null)),
                () -> message.set(text.get("review.none.current")));
    }

    /** R: asks for the comment that says what is wrong; {@link #giveComment} rejects. */
    public void startReject() {
        if (session.get() == null) {
            return;
        }
        if (current().isEmpty()) {
            message.set(text.get("review.none.current"));
            return;
        }
        commentFor.set(CommentFor.REJECT);
        message.set(text.get("review.comment.reject.hint"));
    }

    /** Asks for the comment that tells the analyst what to change; {@link #giveComment} sends the set back. */
    public void startRequestChanges() {
        if (session.get() == null) {
            message.set(text.get("review.not.active"));
            return;
        }
        commentFor.set(CommentFor.REQUEST_CHANGES);
        message.set(text.get("review.comment.changes.hint"));
    }

    public void cancelComment() {
        if (commentFor.get() != CommentFor.NONE) {
            commentFor.set(CommentFor.NONE);
            message.set(text.get("review.comment.cancelled"));
        }
    }

    /** Enter in the comment field: rejects the current annotation, or requests changes. False when refused (the field stays). */
    public boolean giveComment(String comment) {
        ReviewSession s = session.get();
        if (s == null) {
            return false;
        }
        switch (commentFor.get()) {
            case REJECT -> {
                Optional<Span> span = current();
                if (span.isEmpty()) {
                    commentFor.set(CommentFor.NONE);
                    return false;
                }
                if (verdict(() -> s.reject(span.get().id(), comment)).isPresent()) {
                    commentFor.set(CommentFor.NONE);
                    return true;
                }
                return false;
            }
            case REQUEST_CHANGES -> {
                Optional<AnnotationSetInfo> after = attempt(() -> service.requestChanges(s.info().id(), reviewer, comment));
                if (after.isPresent()) {
                    commentFor.set(CommentFor.NONE);
                    s.set().updateInfo(after.get());
                    message.set(text.format("review.changes.requested", s.info().annotator()));
                    revision.set(revision.get() + 1);
                    onStepTaken.run();
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** F: corrects the current annotation's bounds to the text selection and accepts it as fixed. */
    public void fixToSelection(int selectionStart, int selectionEnd) {
        Optional<Span> span = current();
        if (span.isEmpty()) {
            message.set(text.get("review.none.current"));
            return;
        }
        if (selectionStart == selectionEnd) {
            message.set(text.get("review.fix.select.first"));
            return;
        }
        verdict(() -> session.get().fixBounds(span.get().id(), selectionStart, selectionEnd, null));
    }

    /** Takes the current annotation's verdict back. */
    public void clearVerdict() {
        current().ifPresent(span -> attempt(() -> {
            session.get().clearVerdict(span.id());
            return span;
        }).ifPresent(x -> afterVerdict(false)));
    }

    public boolean undo() {
        ReviewSession s = session.get();
        if (s == null) {
            return false;
        }
        if (s.history().canUndo()) {
            attempt(() -> {
                s.undo();
                return s;
            }).ifPresent(x -> afterVerdict(false));
        }
        return true;
    }

    public boolean redo() {
        ReviewSession s = session.get();
        if (s == null) {
            return false;
        }
        if (s.history().canRedo()) {
            attempt(() -> {
                s.redo();
                return s;
            }).ifPresent(x -> afterVerdict(false));
        }
        return true;
    }

    // ---- approving ----

    /** Approves and signs the set; refused (with the service's message) while annotations lack a verdict. */
    public Optional<SignOff> approve() {
        ReviewSession s = session.get();
        if (s == null) {
            message.set(text.get("review.not.active"));
            return Optional.empty();
        }
        Optional<SignOff> signed = attempt(() -> service.approve(s.info().id(), reviewer, false));
        signed.ifPresent(signOff -> {
            s.set().updateInfo(service.set(s.info().id()));
            message.set(text.format("review.approved", s.info().annotator(), VerdictWords.when(text, signOff.signedAt())));
            revision.set(revision.get() + 1);
            onStepTaken.run();
        });
        return signed;
    }

    // ---- helpers ----

    private Optional<Verdict> verdict(Supplier<Verdict> give) {
        Optional<Verdict> given = attempt(give);
        given.ifPresent(v -> afterVerdict(true));
        return given;
    }

    private void afterVerdict(boolean advance) {
        if (advance) {
            message.set("");
            advanceAfterVerdict();
        }
        redraw();
        drawLinks();
        revision.set(revision.get() + 1);
    }

    /** After a verdict: on to the next annotation shown, else to any one still without a verdict, else stay. */
    private void advanceAfterVerdict() {
        List<Span> shown = shown();
        int at = positionInReadingOrder(shown, +1);
        if (at >= 0 && at < shown.size()) {
            select(shown.get(at).id());
            return;
        }
        ReviewSession s = session.get();
        for (Span span : shown) {
            if (s.verdictOf(span.id()).isEmpty()) {
                select(span.id());
                return;
            }
        }
        if (s.progress().complete()) {
            message.set(text.get("review.all.reviewed"));
        }
    }

    private <T> Optional<T> attempt(Supplier<T> work) {
        try {
            return Optional.ofNullable(work.get());
        } catch (IllegalArgumentException | IllegalStateException | StorageException e) {
            message.set(e.getMessage());
            // a refused write may have found the set changed (e.g. approved elsewhere): show what is stored
            revision.set(revision.get() + 1);
            return Optional.empty();
        }
    }

    private String firstToReview(ReviewSession s) {
        List<Span> shown = shown();
        return shown.stream().filter(span -> s.verdictOf(span.id()).isEmpty()).findFirst()
                .or(() -> shown.stream().findFirst()).map(Span::id).orElse(null);
    }

    private String reasonCannotReview(ReviewSession s) {
        try {
            org.isnad.domain.ReviewState.checkCanReview(s.info(), reviewer);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private boolean passes(ReviewSession s, Span span) {
        Layer layer = layerFilter.get();
        return (layer == null || span.layer() == layer) && verdictFilter.get().matches(s.verdictOf(span.id()));
    }

    private void afterFilterChange() {
        if (session.get() == null) {
            return;
        }
        List<Span> shown = shown();
        if (indexIn(shown, currentSpanId.get()) < 0) {
            select(shown.isEmpty() ? null : shown.get(0).id());
        }
        redraw();
        revision.set(revision.get() + 1);
    }

    /** Draws the annotations the filters let through (and the current one), with their verdict marks. */
    private void redraw() {
        ReviewSession s = session.get();
        if (s == null || canvas == null) {
            return;
        }
        String cur = currentSpanId.get();
        List<Highlight> all = new ArrayList<>();
        for (Span span : s.annotations()) {
            if (passes(s, span) || span.id().equals(cur)) {
                all.add(new Highlight(span.id(), span.layer().key(), span.start(), span.end()));
            }
        }
        canvas.setHighlights(HighlightOwner.ANNOTATIONS, all);
        canvas.setHighlights(HighlightOwner.VERDICTS, VerdictMarks.of(s.set(), span -> passes(s, span) || span.id().equals(cur)));
    }

    /** Lines to what the current annotation is linked to, in the set under review. */
    public void drawLinks() {
        ReviewSession s = session.get();
        if (s == null || canvas == null) {
            return;
        }
        List<LinkLine> lines = new ArrayList<>();
        String id = currentSpanId.get();
        if (id != null) {
            for (Link l : s.set().linksOf(id)) {
                lines.add(new LinkLine(l.fromSpanId(), l.toSpanId()));
            }
        }
        canvas.setLinks(lines);
    }

    /** One line, cut between whole letters. */
    static String excerpt(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= max) {
            return line;
        }
        return line.substring(0, org.isnad.text.Graphemes.floorBoundary(line, max)).stripTrailing() + "…";
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
