package org.isnad.ui.editor;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.TableCell;
import javafx.scene.text.TextFlow;
import org.isnad.ui.style.StyleClasses;

/**
 * A table cell for document text (titles, quotes, speakers): plain text as usual, but a text holding an
 * emoji or an invisible mark is laid out like the document view (pictures, no boxes) on one line.
 */
public final class InlineCell<R> extends TableCell<R, String> {
    private final double size;

    /** {@code size}: the cell's font size in pixels (the tables set Amiri at 15 px). */
    public InlineCell(double size) {
        this.size = size;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
        } else if (needsLayout(item)) {
            String line = item.replace('\n', ' ');
            TextFlow flow = new TextFlow();
            flow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            flow.getChildren().setAll(InlineNodes.build(line, DocumentFont.font(size), StyleClasses.TOKEN).nodes());
            // one line, cut at the cell's edge like a label
            flow.setMaxHeight(size * 1.9);
            flow.setPrefWidth(Double.MAX_VALUE);
            setText(null);
            setGraphic(flow);
        } else {
            setGraphic(null);
            setText(item);
        }
    }

    /** Whether the text holds an emoji with a picture or an invisible mark. */
    static boolean needsLayout(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (InlineNodes.isInvisibleMark(s.charAt(i))) {
                return true;
            }
        }
        return !EmojiImages.clusters(s).isEmpty();
    }
}
