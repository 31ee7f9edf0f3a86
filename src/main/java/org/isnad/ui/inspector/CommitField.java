package org.isnad.ui.inspector;

import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.isnad.ui.style.StyleClasses;

/**
 * A text field that commits on Enter or when it loses focus, and reverts on Escape. It remembers
 * which annotation it was loaded for, so a value typed before the selection moved is written to
 * the annotation it was typed for.
 */
final class CommitField extends TextField {
    private String spanId;
    private String loaded = "";
    private BiConsumer<String, String> onCommit = (id, value) -> { };

    CommitField(String styleClass, String prompt) {
        getStyleClass().addAll(styleClass, StyleClasses.ARABIC_FIELD);
        setPromptText(prompt);
        // the analysts write these in Arabic, whatever the window's language
        setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commit();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isDirty()) {
                setText(loaded);
                e.consume();
            }
        });
    }

    void setOnCommit(BiConsumer<String, String> onCommit) {
        this.onCommit = onCommit;
    }

    /** Shows the stored value; text being typed stays unless the stored value itself changed. */
    void load(String newSpanId, String value) {
        String v = value == null ? "" : value;
        if (Objects.equals(spanId, newSpanId) && loaded.equals(v)) {
            return;
        }
        spanId = newSpanId;
        loaded = v;
        setText(v);
    }

    boolean isDirty() {
        return spanId != null && !getText().strip().equals(loaded.strip());
    }

    /** Writes a changed value to the annotation it was loaded for. */
    void commit() {
        if (isDirty()) {
            String id = spanId;
            String value = getText();
            loaded = value;
            onCommit.accept(id, value);
        }
    }
}
