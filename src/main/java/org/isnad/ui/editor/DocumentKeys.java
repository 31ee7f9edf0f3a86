package org.isnad.ui.editor;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a {@link DocumentView}: arrows move the caret in logical order as an Arabic reader expects
 * (Left goes forward in the text, to higher offsets; Right goes back), Home and End go to the paragraph's
 * edges, Shift extends the selection, Escape drops the selection and the outline.
 */
final class DocumentKeys {

    private final DocumentView view;
    private final EventHandler<KeyEvent> handler = this::key;

    DocumentKeys(DocumentView view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(KeyEvent.KEY_PRESSED, handler);
    }

    void uninstall() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, handler);
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
}
