package org.isnad.ui.review;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.domain.ReviewProgress;
import org.isnad.domain.ReviewState;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.service.ReviewService;
import org.isnad.service.ReviewSession;
import org.isnad.service.StorageException;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editor.DocumentCanvas;

/**
 * Review mode's place in a set: entering and leaving review of a set, and moving the current
 * annotation (a click, N, P, U, the step after a verdict, a filter that hides it). The rules of
 * reading order and filtering are the {@link ReviewCursor}'s; this class shows where the cursor
 * stands, as properties for the panels and on the document through the {@link ReviewPainter}.
 */
final class ReviewNavigator {
    private final ReviewService service;
    private final String reviewer;
    private final UiText text;
    private final StringProperty message;
    private final ReviewCursor cursor = new ReviewCursor();
    private final ReviewPainter painter = new ReviewPainter();
    private ReviewSession session;

    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper currentSpanId = new ReadOnlyStringWrapper();
    private final ObjectProperty<VerdictFilter> verdictFilter = new SimpleObjectProperty<>(VerdictFilter.ALL);
    /** null: every layer. */
    private final ObjectProperty<Layer> layerFilter = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    ReviewNavigator(ReviewService service, String reviewer, UiText text, StringProperty message) {
        this.service = service;
        this.reviewer = reviewer;
        this.text = text;
        this.message = message;
        verdictFilter.addListener((o, a, b) -> {
            cursor.setVerdictFilter(b);
            followFilters();
        });
        layerFilter.addListener((o, a, b) -> {
            cursor.setLayerFilter(b);
            followFilters();
        });
    }

    void attach(DocumentCanvas canvas) {
        painter.attach(canvas);
    }

    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    Optional<ReviewSession> session() {
        return Optional.ofNullable(session);
    }

    ReadOnlyStringProperty currentSpanIdProperty() {
        return currentSpanId.getReadOnlyProperty();
    }

    Optional<Span> current() {
        return cursor.current();
    }

    ObjectProperty<VerdictFilter> verdictFilterProperty() {
        return verdictFilter;
    }

    ObjectProperty<Layer> layerFilterProperty() {
        return layerFilter;
    }

    /** Increases after every verdict, step or filter change, so that panels redraw. */
    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    List<Span> shown() {
        return session == null ? List.of() : cursor.shown();
    }

    /** The current annotation's place among those shown (from 0), or -1. */
    int positionInShown() {
        return cursor.positionInShown();
    }

    ReviewProgress progress() {
        return session().map(ReviewSession::progress).orElse(new ReviewProgress(0, 0, 0, 0));
    }

    /** The sets of this document that the reviewer may review: everyone's but their own. */
    List<AnnotationSetInfo> reviewableSets(String documentId) {
        return service.setsOf(documentId).stream().filter(s -> !s.annotator().equals(reviewer)).toList();
    }

    /** Opens review of a set: draws its annotations and goes to the first one without a verdict. */
    boolean start(String setId) {
        ReviewSession opened;
        try {
            opened = service.review(setId, reviewer);
        } catch (IllegalArgumentException | IllegalStateException | StorageException e) {
            message.set(text.describe(e));
            return false;
        }
        session = opened;
        cursor.open(annotationsOf(opened));
        currentSpanId.set(null);
        active.set(true);
        Optional<String> first = cursor.firstToReview();
        message.set(opened.canReview() ? text.format("review.started", opened.info().annotator()) : reasonCannotReview(opened));
        paint();
        select(first.orElse(null));
        return true;
    }

    /** Leaves review mode; the caller shows the reviewer's own annotations again. */
    void leave() {
        session = null;
        cursor.close();
        currentSpanId.set(null);
        active.set(false);
        changed();
    }

    /** Makes an annotation of the set the current one (a click on it, or a step); an unknown id leaves none current. */
    void select(String spanId) {
        if (session == null) {
            currentSpanId.set(null);
        } else {
            cursor.moveTo(spanId);
        }
        showCurrent();
    }

    void next() {
        step(cursor.next(), "review.at.last");
    }

    void previous() {
        step(cursor.previous(), "review.at.first");
    }

    /** The next annotation without a verdict after the current one (wrapping), within the filters. */
    void nextUnreviewed() {
        if (session == null) {
            return;
        }
        if (cursor.nextUnreviewed()) {
            showCurrent();
        } else {
            message.set(text.get("review.all.reviewed"));
        }
    }

    /** After a verdict was given or taken back: with {@code advance}, on to the next annotation; redrawn either way. */
    void afterVerdict(boolean advance) {
        if (advance) {
            message.set("");
            if (cursor.advanceAfterVerdict()) {
                showCurrent();
            } else if (session.progress().complete()) {
                message.set(text.get("review.all.reviewed"));
            }
        }
        paint();
        paintLinks();
        changed();
    }

    /** Something about the set may have changed (a refused write found it changed elsewhere): panels read it again. */
    void changed() {
        revision.set(revision.get() + 1);
    }

    /** Lines to what the current annotation is linked to, in the set under review. */
    void paintLinks() {
        if (session != null) {
            painter.paintLinks(session.set(), cursor.currentId());
        }
    }

    private void step(ReviewCursor.Step step, String atEndKey) {
        switch (step) {
            case NONE_SHOWN -> message.set(text.get("review.none.shown"));
            case AT_FIRST, AT_LAST -> message.set(text.get(atEndKey));
            case MOVED -> {
                message.set("");
                showCurrent();
            }
        }
    }

    private void showCurrent() {
        currentSpanId.set(session == null ? null : cursor.currentId().orElse(null));
        cursor.current().ifPresent(painter::scrollTo);
        paintLinks();
        changed();
    }

    private void followFilters() {
        if (session == null) {
            return;
        }
        if (cursor.positionInShown() < 0) {
            select(cursor.firstShown().orElse(null));
        }
        paint();
        changed();
    }

    private void paint() {
        if (session != null) {
            painter.paint(session.set(), cursor);
        }
    }

    private String reasonCannotReview(ReviewSession s) {
        try {
            ReviewState.checkCanReview(s.info(), reviewer);
            return "";
        } catch (IllegalArgumentException e) {
            return text.describe(e);
        }
    }

    private static ReviewCursor.Annotations annotationsOf(ReviewSession s) {
        return new ReviewCursor.Annotations() {
            @Override
            public List<Span> inReadingOrder() {
                return s.annotations();
            }

            @Override
            public Optional<Verdict> verdictOf(String spanId) {
                return s.verdictOf(spanId);
            }
        };
    }
}
