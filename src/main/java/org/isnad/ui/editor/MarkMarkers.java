package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.isnad.ui.style.StyleClasses;

/**
 * View → Show invisible marks: a thin bar where each run of invisible marks sits, with a small label above
 * it («RLM», «ZWJ+ZWNJ»), as word processors show them. Drawn over the text, so they move nothing.
 */
final class MarkMarkers {

    private MarkMarkers() {
    }

    /** Markers for the marks at {@code offsets} (ascending) of a paragraph, in the flow's coordinates. */
    static List<Node> of(TextFlow flow, String text, List<Integer> offsets, double fontSize) {
        List<Node> out = new ArrayList<>();
        Font labelFont = Font.font(Math.max(7, fontSize * 0.36));
        int i = 0;
        while (i < offsets.size()) {
            int start = offsets.get(i);
            StringBuilder label = new StringBuilder(InlineNodes.label(text.charAt(start)));
            int j = i + 1;
            while (j < offsets.size() && offsets.get(j) == offsets.get(j - 1) + 1) {
                label.append('+').append(InlineNodes.label(text.charAt(offsets.get(j))));
                j++;
            }
            Bounds caret = RtlTextGeometry.caretBounds(flow, start);
            double top = caret.getMinY();
            double h = Math.max(4, caret.getHeight());
            Rectangle bar = new Rectangle(caret.getMinX() - 0.75, top + h * 0.25, 1.5, h * 0.65);
            bar.getStyleClass().add(StyleClasses.MARK_MARKER);
            bar.setManaged(false);
            Text t = new Text(label.toString());
            t.setFont(labelFont);
            t.getStyleClass().add(StyleClasses.MARK_MARKER_LABEL);
            t.setManaged(false);
            double w = t.getLayoutBounds().getWidth();
            Rectangle back = new Rectangle(caret.getMinX() - w / 2 - 2, top + 1, w + 4, labelFont.getSize() + 2);
            back.getStyleClass().add(StyleClasses.MARK_MARKER);
            back.setArcWidth(4);
            back.setArcHeight(4);
            back.setManaged(false);
            t.setX(caret.getMinX() - w / 2);
            t.setY(top + 1 + labelFont.getSize() * 0.92);
            out.add(bar);
            out.add(back);
            out.add(t);
            i = j;
        }
        return out;
    }
}
