package org.isnad.ui.review;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.LinkLine;

/**
 * Review mode on the document: the annotations the filters let through (and the current one) in the
 * annotations' layer, their verdicts in the verdicts' layer, the lines from the current annotation to
 * what it is linked to, and scrolling to it. Without a canvas (before the window is built) it draws nothing.
 */
final class ReviewPainter {
    private DocumentCanvas canvas;

    void attach(DocumentCanvas documentCanvas) {
        this.canvas = documentCanvas;
    }

    /** Replaces both of review mode's layers with what {@code cursor} says is drawn. */
    void paint(AnnotationSet set, ReviewCursor cursor) {
        if (canvas == null) {
            return;
        }
        List<Highlight> annotations = cursor.drawn().stream()
                .map(span -> new Highlight(span.id(), span.layer().key(), span.start(), span.end())).toList();
        canvas.setHighlights(HighlightOwner.ANNOTATIONS, annotations);
        canvas.setHighlights(HighlightOwner.VERDICTS, VerdictMarks.of(set, cursor::isDrawn));
    }

    /** Lines from the current annotation to what it is linked to; none without a current one. */
    void paintLinks(AnnotationSet set, Optional<String> currentId) {
        if (canvas == null) {
            return;
        }
        List<LinkLine> lines = currentId.map(id -> set.linksOf(id).stream()
                .map((Link l) -> new LinkLine(l.fromSpanId(), l.toSpanId())).toList()).orElse(List.of());
        canvas.setLinks(lines);
    }

    void scrollTo(Span span) {
        if (canvas != null) {
            canvas.scrollToOffset(span.start());
        }
    }
}
