package org.isnad.ui.editor;

import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Mouse and keyboard for {@link DocumentView}: drag, double-click and shift+click select text
 * (whole characters under the pointer); arrows move in logical order as an Arabic reader expects:
 * Left goes forward in the text (higher offsets), Right goes back.
 */
final class DocumentInput {

    private static final double DRAG_THRESHOLD = 3;

    private final DocumentView view;
    private final DocumentViewport viewport;
    private final EventHandler<KeyEvent> keys = this::key;
    private int pressChar = -1;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private DocumentHit pressHit;

    DocumentInput(DocumentView view, DocumentViewport viewport) {
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
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    /** Stops handling the view's keys (the list goes away with the skin that installed this). */
    void uninstall() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
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

    private void key(KeyEvent e) {
        boolean shift = e.isShiftDown();
        KeyCode code = e.getCode();
        switch (code) {
            case LEFT -> move(+1, shift);
            case RIGHT -> move(-1, shift);
            case HOME -> toParagraphEdge(false, shift);
            case END -> toParagraphEdge(true, shift);
            case ESCAPE -> {
                view.select(view.getCaretOffset(), view.getCaretOffset());
                view.selectedHighlightProperty().set(null);
            }
            default -> {
                return;
            }
        }
        e.consume();
        view.scrollToOffset(view.getCaretOffset());
    }

    /** Moves the caret one character in logical order, stepping over paragraph separators. */
    private void move(int dir, boolean extend) {
        TextRange sel = view.getSelection();
        if (!extend && !sel.isEmpty()) {
            int edge = dir > 0 ? sel.end() : sel.start();
            view.select(edge, edge);
            return;
        }
        TextParagraphs ps = view.paragraphs();
        int caret = view.getCaretOffset();
        int p = ps.caretIndexOf(caret);
        if (p < 0) {
            return;
        }
        TextParagraphs.Paragraph par = ps.get(p);
        int next;
        if (dir > 0) {
            next = caret >= par.end() ? (p + 1 < ps.size() ? ps.get(p + 1).start() : caret) : caret + 1;
        } else {
            next = caret <= par.start() ? (p > 0 ? ps.get(p - 1).end() : caret) : caret - 1;
        }
        view.select(extend ? view.getAnchorOffset() : next, next);
    }

    private void toParagraphEdge(boolean end, boolean extend) {
        TextParagraphs ps = view.paragraphs();
        int p = ps.caretIndexOf(view.getCaretOffset());
        if (p < 0) {
            return;
        }
        int target = end ? ps.get(p).end() : ps.get(p).start();
        view.select(extend ? view.getAnchorOffset() : target, target);
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
