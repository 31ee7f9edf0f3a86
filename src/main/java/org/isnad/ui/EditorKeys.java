package org.isnad.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.isnad.domain.Layer;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.editing.EditorViewModel;

/**
 * The editor's single-key commands (S, K, Q, C, L, Delete, Esc, ?, Ctrl+Y; A and N on a selected claim:
 * attach it to the proposed claim record, or start a new record). They are ignored while
 * a text field has the focus, so typing a note or an actor's name never marks anything.
 */
final class EditorKeys {
    private final EditorViewModel editor;
    private final SuggestionReview suggestions;
    private final DocumentView view;
    private final Runnable showHelp;
    private java.util.function.BooleanSupplier suspended = () -> false;

    EditorKeys(EditorViewModel editor, SuggestionReview suggestions, DocumentView view, Runnable showHelp) {
        this.editor = editor;
        this.suggestions = suggestions;
        this.view = view;
        this.showHelp = showHelp;
    }

    /** While this holds (review mode, with keys of its own), the annotation and suggestion keys do nothing. */
    void suspendWhile(java.util.function.BooleanSupplier condition) {
        suspended = condition;
    }

    void install(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        scene.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        // Tab would move the focus away from the document; in the document it walks the suggestions
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::suggestionKeys);
    }

    private void suggestionKeys(KeyEvent e) {
        if (suspended.getAsBoolean() || typing(e) || e.isAltDown() || e.isMetaDown() || view.getScene() == null || view.getScene().getFocusOwner() != view) {
            return;
        }
        boolean handled = true;
        if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            if (e.isShiftDown()) {
                suggestions.previous();
            } else {
                suggestions.next();
            }
        } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            suggestions.acceptAllInParagraph();
        } else if (e.getCode() == KeyCode.ENTER && suggestions.currentProposal().isPresent()) {
            suggestions.acceptCurrent();
        } else if (e.getCode() == KeyCode.BACK_SPACE && suggestions.currentProposal().isPresent()) {
            suggestions.rejectCurrent();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean typing(KeyEvent e) {
        return e.getTarget() instanceof TextInputControl
                || view.getScene().getFocusOwner() instanceof TextInputControl;
    }

    private void pressed(KeyEvent e) {
        if (suspended.getAsBoolean() || typing(e) || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.Y) {
                editor.redo();
                e.consume();
            }
            return;
        }
        boolean handled = true;
        switch (e.getCode()) {
            case S -> markSelection(Layer.SPEAKER);
            case K -> markSelection(Layer.CUE);
            case Q -> markSelection(Layer.QUOTE);
            case C -> markSelection(Layer.CLAIM);
            case L -> editor.linking().start();
            case A -> handled = editor.attachClaimToProposal();
            case N -> handled = editor.newClaimRecord();
            case DELETE -> editor.deleteSelected();
            case ESCAPE -> editor.linking().cancel();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        if (!typing(e) && "?".equals(e.getCharacter())) {
            showHelp.run();
            e.consume();
        }
    }

    void markSelection(Layer layer) {
        editor.mark(layer, view.getSelection().start(), view.getSelection().end());
        view.requestFocus();
    }
}
