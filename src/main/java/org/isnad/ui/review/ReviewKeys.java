package org.isnad.ui.review;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.isnad.ui.editor.TextRange;

/**
 * The single keys of review mode: A accept, R reject (asks for a comment), F fix to the text
 * selection, Shift+F fix the attributes, N next, P previous, U next without a verdict, Esc drops a comment being asked for,
 * Ctrl+Y redo. Only while review mode is on, and never while a text field has the focus; the
 * annotation keys (S, K, Q, C …) are off meanwhile.
 */
public final class ReviewKeys {
    private final ReviewMode mode;
    private final Supplier<TextRange> selection;
    /** R moves the focus to the comment field: the character its key types must not land there. */
    private boolean swallowTyped;
    private Runnable fixAttributes;

    public ReviewKeys(ReviewMode mode, Supplier<TextRange> selection) {
        this.mode = mode;
        this.selection = selection;
    }

    /** Shift+F: the reviewer fixes the current annotation's attributes. */
    public void setOnFixAttributes(Runnable fixAttributes) {
        this.fixAttributes = fixAttributes;
    }

    public void install(Scene scene) {
        // a filter: it runs before the editor's own key handlers
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed(scene, e));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
    }

    private void pressed(Scene scene, KeyEvent e) {
        swallowTyped = false;
        if (!mode.active() || e.isAltDown() || e.isMetaDown() || typing(scene, e)) {
            return;
        }
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.Y && !e.isShiftDown()) {
                mode.redo();
                e.consume();
            }
            return;
        }
        if (e.isShiftDown()) {
            if (e.getCode() == KeyCode.F && fixAttributes != null) {
                fixAttributes.run();
                e.consume();
                swallowTyped = true;
            }
            return; // Shift+arrows extend the selection for F
        }
        boolean handled = true;
        switch (e.getCode()) {
            case A -> mode.accept();
            case R -> mode.startReject();
            case F -> {
                TextRange s = selection.get();
                mode.fixToSelection(s.start(), s.end());
            }
            case N -> mode.next();
            case P -> mode.previous();
            case U -> mode.nextUnreviewed();
            case ESCAPE -> mode.cancelComment();
            default -> handled = false;
        }
        if (handled) {
            e.consume();
            swallowTyped = e.getCode() != KeyCode.ESCAPE;
        }
    }

    private static boolean typing(Scene scene, KeyEvent e) {
        Node focus = scene.getFocusOwner();
        return e.getTarget() instanceof TextInputControl || focus instanceof TextInputControl;
    }
}
