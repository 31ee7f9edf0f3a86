package org.isnad.ui.editor;

import javafx.scene.control.ListCell;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import org.isnad.ui.style.StyleClasses;

/**
 * A list cell showing one paragraph. Its skin lays the {@link ParagraphFlow} out directly
 * (no label, no list-cell behaviour: the document view handles the mouse itself) and
 * reports a preferred width of zero so the list never widens a cell beyond its viewport.
 */
final class ParagraphCell extends ListCell<Integer> {

    private final DocumentView view;
    private final ParagraphFlow flow;

    ParagraphCell(DocumentView view) {
        this.view = view;
        this.flow = new ParagraphFlow(view.documentFont());
        getStyleClass().add(StyleClasses.PARAGRAPH_CELL);
        setText(null);
        setGraphic(null);
    }

    ParagraphFlow flow() {
        return flow;
    }

    /** The paragraph shown, or -1. */
    int paragraph() {
        Integer item = getItem();
        return isEmpty() || item == null ? -1 : item;
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null || item >= view.paragraphs().size()) {
            // keep the old text: a list re-measuring the same paragraph then reuses its cached heights
            flow.setVisible(false);
        } else {
            flow.setText(view.paragraphs().paragraphText(item));
            flow.setDecorations(view.decorationsFor(item));
            flow.setVisible(true);
        }
    }

    /** Re-reads highlights and selection for the paragraph; the flow redraws only if they changed. */
    void refreshDecorations() {
        int p = paragraph();
        if (p >= 0 && p < view.paragraphs().size()) {
            flow.setDecorations(view.decorationsFor(p));
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CellSkin(this);
    }

    private static final class CellSkin extends SkinBase<ParagraphCell> {
        private final ParagraphFlow flow;

        CellSkin(ParagraphCell cell) {
            super(cell);
            flow = cell.flow;
            getChildren().setAll(flow);
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            return left + right;
        }

        @Override
        protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
            return left + right;
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            double w = width < 0 ? -1 : width - left - right;
            return top + flow.prefHeight(w) + bottom;
        }

        @Override
        protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
            return computePrefHeight(width, top, right, bottom, left);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            flow.resizeRelocate(x, y, w, h);
        }
    }
}
