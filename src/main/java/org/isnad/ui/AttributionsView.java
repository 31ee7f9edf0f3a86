package org.isnad.ui;

import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.isnad.ui.editing.AttributionRow;
import org.isnad.ui.editing.EditorViewModel;

/** The attributions table (attributions-view.fxml): clicking a row selects its quote and scrolls to it. */
final class AttributionsView {
    private final EditorViewModel editor;

    @FXML private TableView<AttributionRow> attributionsTable;
    @FXML private TableColumn<AttributionRow, String> speakerColumn;
    @FXML private TableColumn<AttributionRow, String> cueColumn;
    @FXML private TableColumn<AttributionRow, String> quoteColumn;
    @FXML private TableColumn<AttributionRow, String> typeColumn;
    @FXML private TableColumn<AttributionRow, String> claimsColumn;

    AttributionsView(EditorViewModel editor) {
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        TableColumns.showArabic(speakerColumn, AttributionRow::speaker);
        TableColumns.showArabic(cueColumn, AttributionRow::cue);
        TableColumns.showArabic(quoteColumn, AttributionRow::quote);
        TableColumns.show(typeColumn, AttributionRow::type);
        TableColumns.showArabic(claimsColumn, AttributionRow::claims);
        attributionsTable.setItems(editor.attributions());
        attributionsTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                editor.reveal(row.quoteId());
            }
        });
    }

    TableView<AttributionRow> table() {
        return attributionsTable;
    }
}
