package org.isnad.ui.agreement;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.isnad.domain.Layer;
import org.isnad.service.Disagreement;
import org.isnad.ui.language.UiText;

/**
 * The agreement window's list of disagreements in the chosen layer: document, the words, how the analysts differ and
 * who marked it. Enter or a double click opens the document at the spot with the analysts' versions marked.
 */
final class DisagreementList {
    private final UiText text;
    private final TableView<Disagreement> table = new TableView<>();
    private List<Disagreement> all = List.of();
    private java.util.Map<String, String> texts = java.util.Map.of();

    DisagreementList(UiText text, Consumer<Disagreement> open, Function<String, String> documentText) {
        this.text = text;
        table.getStyleClass().add("agreement-disagreements");
        table.getColumns().add(column("agreement.column.document", Disagreement::title, 220));
        table.getColumns().add(column("disagreement.column.words", d -> excerpt(documentText.apply(d.documentId()), d), 330));
        table.getColumns().add(column("disagreement.column.kind", d -> text.get("curation.state."
                + d.unit().state().name().toLowerCase(Locale.ROOT)), 190));
        table.getColumns().add(column("disagreement.column.marked", d -> String.join(", ", d.markedBy()), 140));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setPlaceholder(new javafx.scene.control.Label(text.get("disagreement.none")));
    }

    TableView<Disagreement> node() {
        return table;
    }

    void show(List<Disagreement> disagreements, Layer layer) {
        all = List.copyOf(disagreements);
        filter(layer);
    }

    void filter(Layer layer) {
        table.getItems().setAll(all.stream().filter(d -> d.unit().layer() == layer).toList());
    }

    private static String excerpt(String documentText, Disagreement d) {
        if (documentText == null) {
            return "";
        }
        String words = documentText.substring(d.unit().start(), Math.min(d.unit().end(), documentText.length()));
        return words.length() > 80 ? words.substring(0, 79) + "…" : words;
    }

    private TableColumn<Disagreement, String> column(String key, Function<Disagreement, String> value, double width) {
        TableColumn<Disagreement, String> c = new TableColumn<>(text.get(key));
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
