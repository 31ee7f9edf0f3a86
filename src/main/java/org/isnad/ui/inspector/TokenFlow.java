package org.isnad.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.isnad.ui.editor.DocumentFont;
import org.isnad.ui.editor.TextParagraphs;

/**
 * Arabic text that may wrap, right to left, in Amiri: one {@link Text} per whitespace-delimited
 * token, as in the document view. A single wrapping {@code Text} (or a wrapping {@code Label}) in a
 * right-to-left layout overflows its box and loses the start of the text (see DESIGN.md).
 */
final class TokenFlow extends TextFlow {
    private final double size;
    private String text = "";

    TokenFlow(String styleClass, double size) {
        this.size = size;
        getStyleClass().addAll(styleClass, "document-text");
        setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        setMaxWidth(Double.MAX_VALUE);
        // may be narrower than its text, so that a row wraps it instead of pushing it past the panel's edge
        setMinWidth(0);
    }

    void setText(String value) {
        String t = value == null ? "" : value;
        if (t.equals(text)) {
            return;
        }
        text = t;
        List<Text> nodes = new ArrayList<>();
        for (TextParagraphs.Token token : TextParagraphs.tokens(t)) {
            Text node = new Text(t.substring(token.start(), token.end()));
            node.setFont(DocumentFont.font(size));
            node.getStyleClass().add("token");
            nodes.add(node);
        }
        getChildren().setAll(nodes);
    }

    String getText() {
        return text;
    }
}
