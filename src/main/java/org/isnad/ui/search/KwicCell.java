package org.isnad.ui.search;

import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * A hit as a key-word-in-context line, right to left (the stored text is Arabic): the matched letters
 * highlighted in the middle of the line, so that the hits of a list line up one under the other,
 * with the context on either side (cut at its far end, {@link KwicLine}); a heading as the
 * document's title and its number of hits.
 */
final class KwicCell extends ListCell<SearchRow> {

    private final UiText text;

    KwicCell(UiText text) {
        this.text = text;
    }

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(StyleClasses.SEARCH_HEADING, StyleClasses.SEARCH_LINE);
        setText(null);
        setGraphic(null);
        if (empty || row == null) {
            return;
        }
        if (!row.isHit()) {
            getStyleClass().add(StyleClasses.SEARCH_HEADING);
            setText(text.format("search.heading", row.title(), row.count()));
            return;
        }
        getStyleClass().add(StyleClasses.SEARCH_LINE);
        KwicLine kwic = KwicLine.of(row.hit());
        Label match = new Label(kwic.match());
        match.getStyleClass().add(StyleClasses.SEARCH_MATCH);
        match.setMinWidth(Region.USE_PREF_SIZE);
        // the match in the middle of the line, each side cut at its far end
        Label before = side(kwic.before(), StyleClasses.KWIC_BEFORE, OverrunStyle.LEADING_ELLIPSIS, Pos.CENTER_RIGHT, match);
        Label after = side(kwic.after(), StyleClasses.KWIC_AFTER, OverrunStyle.ELLIPSIS, Pos.CENTER_LEFT, match);
        HBox line = new HBox(before, match, after);
        line.setAlignment(Pos.CENTER);
        // right to left: the context before the match is on its right; within each side, "right" and "left" are mirrored
        line.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        setGraphic(line);
    }

    private Label side(String value, String styleClass, OverrunStyle overrun, Pos alignment, Label match) {
        Label side = new Label(value);
        side.getStyleClass().add(styleClass);
        side.setTextOverrun(overrun);
        side.setAlignment(alignment);
        side.setMinWidth(0);
        side.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, (getWidth() - snappedLeftInset() - snappedRightInset() - match.prefWidth(-1)) / 2 - 2),
                widthProperty(), match.textProperty()));
        side.maxWidthProperty().bind(side.prefWidthProperty());
        return side;
    }
}
