package org.isnad.ui.editor;

import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Bounds;

/**
 * The lines of the document as the reader sees them after wrapping, for the line-wise keys: where the line
 * holding a character starts and ends (in logical order), and which character of the line above or below
 * lies under a given x. Lines are found from the boxes the view reports for single characters, so they
 * follow the right-to-left flow, mixed Latin and digits included; only lines that are on screen are
 * measured, and the view is scrolled to the line it needs.
 */
final class VisualLines {

    private final DocumentView view;

    VisualLines(DocumentView view) {
        this.view = view;
    }

    /** The character a caret at {@code caret} sits before, or the one before it at a paragraph's end; -1 in an empty text. */
    int charAtCaret(int caret) {
        TextParagraphs ps = view.paragraphs();
        int p = ps.caretIndexOf(caret);
        if (p < 0) {
            return -1;
        }
        TextParagraphs.Paragraph par = ps.get(p);
        return Math.max(par.start(), Math.min(par.end() - 1, caret));
    }

    /** The first character (logical order) of the visual line holding character {@code c}. */
    int lineStart(int c) {
        show(c);
        TextParagraphs.Paragraph par = paragraphOf(c);
        double top = top(c);
        int lo = par.start();
        int hi = c;
        while (lo < hi) { // smallest o in [lo, c] on the same line: lines are contiguous in logical order
            int mid = (lo + hi) >>> 1;
            if (sameLine(top, mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The last character (logical order) of the visual line holding character {@code c}. */
    int lineEnd(int c) {
        show(c);
        TextParagraphs.Paragraph par = paragraphOf(c);
        double top = top(c);
        int lo = c;
        int hi = par.end() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sameLine(top, mid)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The character of the line above ({@code dir < 0}) or below ({@code dir > 0}) the one holding {@code c}
     * that lies under {@code x} (view coordinates), or empty at the first or last line of the document.
     */
    OptionalInt adjacent(int c, int dir, double x) {
        TextParagraphs ps = view.paragraphs();
        int target;
        if (dir < 0) {
            int start = lineStart(c);
            TextParagraphs.Paragraph par = paragraphOf(c);
            if (start > par.start()) {
                target = start - 1;
            } else if (par.index() > 0) {
                target = ps.get(par.index() - 1).end() - 1;
            } else {
                return OptionalInt.empty();
            }
        } else {
            int end = lineEnd(c);
            TextParagraphs.Paragraph par = paragraphOf(c);
            if (end + 1 < par.end()) {
                target = end + 1;
            } else if (par.index() + 1 < ps.size()) {
                target = ps.get(par.index() + 1).start();
            } else {
                return OptionalInt.empty();
            }
        }
        show(target);
        Bounds line = box(target);
        if (line == null) {
            return OptionalInt.of(target);
        }
        TextParagraphs.Paragraph targetPar = paragraphOf(target);
        return view.hitAtInView(x, line.getCenterY())
                .filter(h -> h.paragraph() == targetPar.index())
                .map(h -> OptionalInt.of(h.charOffset()))
                .orElse(OptionalInt.of(target));
    }

    /** The centre x of character {@code c} on screen, in view coordinates (after scrolling it into view). */
    double centerX(int c) {
        show(c);
        Bounds b = box(c);
        return b == null ? view.getWidth() / 2 : b.getCenterX();
    }

    /** How many lines of text fit in the view, at least one. */
    int linesPerPage(int c) {
        show(c);
        Bounds b = box(c);
        double h = b == null || b.getHeight() <= 0 ? 30 : b.getHeight();
        return Math.max(1, (int) Math.floor(view.getHeight() / h) - 1);
    }

    private boolean sameLine(double top, int o) {
        Bounds b = box(o);
        return b != null && Math.abs(b.getMinY() - top) < 1;
    }

    private double top(int c) {
        Bounds b = box(c);
        return b == null ? Double.NaN : b.getMinY();
    }

    private Bounds box(int c) {
        List<Bounds> boxes = view.rangeBoxesInView(c, c + 1);
        return boxes.isEmpty() ? null : boxes.get(0);
    }

    private TextParagraphs.Paragraph paragraphOf(int c) {
        TextParagraphs ps = view.paragraphs();
        return ps.get(ps.caretIndexOf(c));
    }

    /** Scrolls character {@code c} into view and lays the view out, so that its box can be measured. */
    private void show(int c) {
        view.scrollToOffset(c);
        view.applyCss();
        view.layout();
    }
}
