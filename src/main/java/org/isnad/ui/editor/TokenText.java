package org.isnad.ui.editor;

import javafx.scene.text.TextFlow;
import org.isnad.ui.style.StyleClasses;

/**
 * Text that may hold Arabic and may wrap, outside the document view (inspector, review panel):
 * one {@code Text} per whitespace-delimited token, in Amiri, with emoji as pictures ({@link InlineNodes}). A single wrapping {@code Text} or
 * {@code Label} in a right-to-left layout overflows its box and loses the start of the text
 * (docs/adr/0005-rtl-geometry-and-per-token-text.md).
 */
public class TokenText extends TextFlow {
    private final double size;
    private String text = "";

    public TokenText(double size, String... styleClasses) {
        this.size = size;
        getStyleClass().addAll(styleClasses);
        setMaxWidth(Double.MAX_VALUE);
        // may be narrower than its text, so that a row wraps it instead of pushing it past the panel's edge
        setMinWidth(0);
    }

    public void setText(String value) {
        String t = value == null ? "" : value;
        if (t.equals(text)) {
            return;
        }
        text = t;
        // emoji as pictures, invisible marks as nothing, as in the document view
        getChildren().setAll(InlineNodes.build(t, DocumentFont.font(size), StyleClasses.TOKEN).nodes());
    }

    public String getText() {
        return text;
    }
}
