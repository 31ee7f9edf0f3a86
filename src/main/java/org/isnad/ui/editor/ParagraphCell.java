package org.isnad.ui.editor;

import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import org.isnad.ui.style.StyleClasses;

/**
 * A list cell showing one display block: a paragraph, or a chunk of a long one (no gap between the chunks). Its skin lays the {@link ParagraphFlow} out directly
 * (no label, no list-cell behaviour: the document view handles the mouse itself) and
 * reports a preferred width of zero so the list never widens a cell beyond its viewport.
 */
final class ParagraphCell extends ListCell<Integer> {

    /** A chunk after the first of its paragraph (no gap above) / before the last (no gap below). */
    private static final PseudoClass CONTINUED = PseudoClass.getPseudoClass("continued");
    private static final PseudoClass CONTINUES = PseudoClass.getPseudoClass("continues");

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

    /** The display block shown, or -1. */
    int block() {
        Integer item = getItem();
        return isEmpty() || item == null ? -1 : item;
    }

    @Override
    protected void updateItem(Integer item, boolean empty) {
        super.updateItem(item, empty);
        DisplayBlocks blocks = view.blocks();
        if (empty || item == null || item >= blocks.size()) {
            // keep the old text: a list re-measuring the same paragraph then reuses its cached heights
            flow.setVisible(false);
        } else {
            flow.setFont(view.documentFont());
            flow.setText(blocks.text(item));
            flow.setShowMarks(view.isShowInvisibleMarks());
            flow.setDecorations(view.decorationsFor(item));
            flow.setVisible(true);
            pseudoClassStateChanged(CONTINUED, !blocks.startsParagraph(item));
            pseudoClassStateChanged(CONTINUES, !blocks.endsParagraph(item));
        }
    }

    /** Re-reads highlights and selection for the block; the flow redraws only if they changed. */
    void refreshDecorations() {
        int p = block();
        if (p >= 0 && p < view.blocks().size()) {
            flow.setShowMarks(view.isShowInvisibleMarks());
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
