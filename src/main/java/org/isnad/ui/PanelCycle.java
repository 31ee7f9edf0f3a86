package org.isnad.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Tab and Ctrl+Shift+Tab move the focus between the window's panels (library, document,
 * attributions, inspector), since Tab inside the document walks the suggestions.
 */
final class PanelCycle {
    private final List<Node> panels;

    PanelCycle(List<Node> panels) {
        this.panels = List.copyOf(panels);
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isShortcutDown()) {
                move(scene.getFocusOwner(), e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }

    void move(Node focused, int step) {
        int current = indexOf(focused);
        for (int i = 1; i <= panels.size(); i++) {
            Node target = focusable(panels.get(Math.floorMod(current + step * i, panels.size())));
            if (target != null) {
                target.requestFocus();
                return;
            }
        }
    }

    private int indexOf(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            int i = panels.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The panel itself if it takes the focus, else its first control that does. */
    private static Node focusable(Node node) {
        if (!node.isVisible() || node.isDisabled() || node.getScene() == null) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = focusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
