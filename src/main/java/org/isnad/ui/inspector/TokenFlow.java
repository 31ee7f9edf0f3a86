package org.isnad.ui.inspector;

import javafx.geometry.NodeOrientation;
import org.isnad.ui.editor.TokenText;
import org.isnad.ui.style.StyleClasses;

/** Document text in the inspector: always right to left, in the document's font, one node per token. */
final class TokenFlow extends TokenText {
    TokenFlow(String styleClass, double size) {
        super(size, styleClass, StyleClasses.DOCUMENT_TEXT);
        setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
    }
}
