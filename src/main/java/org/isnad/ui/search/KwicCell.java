package org.isnad.ui.search;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.isnad.service.SearchHit;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * A hit as a key-word-in-context line, right to left (the stored text is Arabic), with the matched
 * letters highlighted; a heading as the document's title and its number of hits.
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
        SearchHit hit = row.hit();
        String context = hit.context();
        int from = hit.contextStart();
        int to = Math.min(context.length(), from + hit.text().length());
        Text match = new Text(context.substring(from, to));
        match.getStyleClass().add(StyleClasses.SEARCH_MATCH);
        TextFlow line = new TextFlow(new Text(context.substring(0, from)), match, new Text(context.substring(to)));
        line.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        setGraphic(line);
    }
}
