package org.isnad.ui.editor;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The mouse on a {@link DocumentView}: drag, double-click and shift+click select text (whole characters
 * under the pointer); a click without a drag outlines the innermost selectable highlight there.
 * Presses on the list's scroll bar are left to the scroll bar.
 */
final class DocumentPointer {

    private static final double DRAG_THRESHOLD = 3;

    private final DocumentView view;
    private final DocumentViewport viewport;
    private int pressChar = -1;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private DocumentHit pressHit;

    DocumentPointer(DocumentView view, DocumentViewport viewport) {
        this.view = view;
        this.viewport = viewport;
    }

    void install(ListView<Integer> list) {
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        list.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (!onScrollBar(e)) {
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        if (onScrollBar(e)) {
            return;
        }
        e.consume();
        view.requestFocus();
        pressChar = -1;
        pressHit = null;
        dragging = false;
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<DocumentHit> hit = viewport.hitAt(e.getSceneX(), e.getSceneY());
        if (hit.isEmpty()) {
            return;
        }
        DocumentHit h = hit.get();
        if (e.getClickCount() == 2) {
            selectWord(h);
            return;
        }
        if (e.isShiftDown()) {
            int a = view.getAnchorOffset();
            int c = h.charOffset();
            view.select(a, c >= a ? c + 1 : c);
            return;
        }
        pressChar = h.charOffset();
        pressHit = h;
        pressX = e.getSceneX();
        pressY = e.getSceneY();
        view.select(h.insertionOffset(), h.insertionOffset());
    }

    private void dragged(MouseEvent e) {
        if (onScrollBar(e) && pressChar < 0) {
            return;
        }
        e.consume();
        if (pressChar < 0) {
            return;
        }
        if (!dragging && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        viewport.autoScrollTowards(e.getSceneY());
        viewport.hitAt(e.getSceneX(), e.getSceneY()).ifPresent(h -> {
            int c = h.charOffset();
            // whole characters from the pressed one to the one under the pointer, in either direction
            if (c >= pressChar) {
                view.select(pressChar, c + 1);
            } else {
                view.select(pressChar + 1, c);
            }
        });
    }

    private void released(MouseEvent e) {
        if (onScrollBar(e) && pressChar < 0) {
            return;
        }
        e.consume();
        if (pressChar >= 0 && !dragging && pressHit != null) {
            view.selectedHighlightProperty().set(viewport.highlightAt(pressHit));
        }
        pressChar = -1;
        pressHit = null;
        dragging = false;
    }

    private void selectWord(DocumentHit h) {
        TextParagraphs.Paragraph p = view.paragraphs().get(h.paragraph());
        String text = view.paragraphs().paragraphText(h.paragraph());
        TextParagraphs.Token w = TextParagraphs.wordAt(text, h.charOffset() - p.start());
        view.select(p.start() + w.start(), p.start() + w.end());
    }

    private static boolean onScrollBar(MouseEvent e) {
        for (Object t = e.getTarget(); t instanceof Node n; t = n.getParent()) {
            if (n instanceof ScrollBar) {
                return true;
            }
            if (n instanceof ListView) {
                return false;
            }
        }
        return false;
    }
}
