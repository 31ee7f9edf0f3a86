package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.isnad.ui.style.StyleClasses;

/**
 * Text that may hold Arabic and may wrap, outside the document view (inspector, review panel):
 * one {@link Text} per whitespace-delimited token, in Amiri. A single wrapping {@code Text} or
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
        List<Text> nodes = new ArrayList<>();
        for (TextParagraphs.Token token : TextParagraphs.tokens(t)) {
            Text node = new Text(t.substring(token.start(), token.end()));
            node.setFont(DocumentFont.font(size));
            node.getStyleClass().add(StyleClasses.TOKEN);
            nodes.add(node);
        }
        getChildren().setAll(nodes);
    }

    public String getText() {
        return text;
    }
}
