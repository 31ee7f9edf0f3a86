package org.isnad.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.isnad.ui.style.StyleClasses;

/** The inspector's small building blocks: a labelled field, a section heading, a text label, a small button. */
final class Fields {
    private Fields() {
    }

    static VBox labelled(String label, Node control) {
        Label l = new Label(label);
        l.getStyleClass().add(StyleClasses.FIELD_LABEL);
        l.setLabelFor(control);
        VBox box = new VBox(2, l, control);
        box.getStyleClass().add(StyleClasses.FIELD);
        return box;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(StyleClasses.SECTION_HEADING);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Text from the document or an actor's name: Amiri, right to left, wrapped per token. */
    static TokenFlow documentText(String styleClass, double size) {
        return new TokenFlow(styleClass, size);
    }

    static Button button(String text, String styleClass, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll(styleClass, StyleClasses.SMALL_BUTTON);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
