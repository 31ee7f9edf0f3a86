package org.isnad.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.isnad.ui.editor.DocumentFont;
import org.isnad.ui.editor.TextParagraphs;

/**
 * Text that may hold Arabic and may wrap: one {@link Text} per whitespace-delimited token, in Amiri,
 * as in the document view. A wrapping {@code Label} in a right-to-left layout overflows its box and
 * loses the start of the text (see DESIGN.md), so review texts that can wrap use this.
 */
final class WrappedText extends TextFlow {
    private final double size;
    private String text = "";

    WrappedText(String styleClass, double size) {
        this.size = size;
        getStyleClass().addAll(styleClass, "wrapped-text");
        setMaxWidth(Double.MAX_VALUE);
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
