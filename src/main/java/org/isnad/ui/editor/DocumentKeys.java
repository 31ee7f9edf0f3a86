package org.isnad.ui.editor;

import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a {@link DocumentView}: Left and Right move the caret in logical order as an Arabic reader
 * expects (Left goes forward in the text, to higher offsets; Right goes back); Up and Down move it to the
 * visual line above or below, keeping its place across the line; Home and End go to the start and end of
 * the visual line, Ctrl+Home and Ctrl+End to those of the document; Page Up and Page Down move by a screen.
 * Shift extends the selection; Escape drops the selection and the outline; Ctrl+Shift+P takes the
 * selection's leading «و», «ف», «ب» or «ل» off.
 */
final class DocumentKeys {

    private final DocumentView view;
    private final EventHandler<KeyEvent> handler = this::key;
    private final VisualLines lines;
    /** The x an Up/Down run keeps to, and the caret it left; another caret starts a new run. */
    private double goalX = Double.NaN;
    private int goalCaret = -1;

    DocumentKeys(DocumentView view) {
        this.view = view;
        this.lines = new VisualLines(view);
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
        if (code == KeyCode.P && e.isShortcutDown() && shift && !e.isAltDown()) {
            view.dropLeadingProclitic();
            e.consume();
            return;
        }
        if (e.isAltDown() || e.isMetaDown() || e.isShortcutDown() && code != KeyCode.HOME && code != KeyCode.END) {
            return;
        }
        switch (code) {
            case LEFT -> move(+1, shift);
            case RIGHT -> move(-1, shift);
            case UP -> vertical(-1, 1, shift);
            case DOWN -> vertical(+1, 1, shift);
            case PAGE_UP -> vertical(-1, lines.linesPerPage(Math.max(0, lines.charAtCaret(view.getCaretOffset()))), shift);
            case PAGE_DOWN -> vertical(+1, lines.linesPerPage(Math.max(0, lines.charAtCaret(view.getCaretOffset()))), shift);
            case HOME -> {
                if (e.isShortcutDown()) {
                    view.select(shift ? view.getAnchorOffset() : 0, 0);
                } else {
                    toLineEdge(false, shift);
                }
            }
            case END -> {
                if (e.isShortcutDown()) {
                    int len = view.getText().length();
                    view.select(shift ? view.getAnchorOffset() : len, len);
                } else {
                    toLineEdge(true, shift);
                }
            }
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

    /** Moves the caret {@code count} visual lines up ({@code dir < 0}) or down, keeping to the x of the run. */
    private void vertical(int dir, int count, boolean extend) {
        int caret = view.getCaretOffset();
        int c = lines.charAtCaret(caret);
        if (c < 0) {
            return;
        }
        if (caret != goalCaret || Double.isNaN(goalX)) {
            goalX = lines.centerX(c);
        }
        int target = caret;
        for (int i = 0; i < count; i++) {
            var next = lines.adjacent(c, dir, goalX);
            if (next.isEmpty()) {
                // past the first or last line: to the document's edge, as text editors do
                target = dir < 0 ? 0 : view.getText().length();
                break;
            }
            c = next.getAsInt();
            target = c;
        }
        view.select(extend ? view.getAnchorOffset() : target, target);
        goalCaret = target;
    }

    /** To the start or the end (after its last letter, before a space it wraps at) of the caret's visual line. */
    private void toLineEdge(boolean end, boolean extend) {
        int c = lines.charAtCaret(view.getCaretOffset());
        if (c < 0) {
            return;
        }
        int target;
        if (end) {
            int last = lines.lineEnd(c);
            String text = view.getText();
            TextParagraphs.Paragraph par = view.paragraphs().get(view.paragraphs().caretIndexOf(c));
            target = last + 1 >= par.end() || !Character.isWhitespace(text.charAt(last)) ? last + 1 : last;
        } else {
            target = lines.lineStart(c);
        }
        view.select(extend ? view.getAnchorOffset() : target, target);
    }
}
