package org.isnad.ui.claims;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.ui.language.NumberCell;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** The claims window's list: a filter field over every claim record with its counts. */
final class ClaimsList extends VBox {
    private final TextField filter = new TextField();
    private final TableView<ClaimRecordSummary> table = new TableView<>();

    private final javafx.scene.control.Button merge = new javafx.scene.control.Button();

    ClaimsList(UiText text, ClaimsViewModel model, java.util.function.Consumer<java.util.List<ClaimRecordSummary>> mergeSelected) {
        super(6);
        setPadding(new javafx.geometry.Insets(8));
        filter.setPromptText(text.get("claims.filter.prompt"));
        filter.getStyleClass().add(StyleClasses.CLAIMS_FILTER);
        filter.textProperty().bindBidirectional(model.filterProperty());
        table.getStyleClass().add(StyleClasses.CLAIMS_TABLE);
        table.setItems(model.shown());
        table.setPlaceholder(new Label(text.get("claims.empty")));
        TableColumn<ClaimRecordSummary, String> statement = column(text.get("claims.column.statement"),
                s -> s.record().statement());
        statement.setPrefWidth(250);
        table.getColumns().add(statement);
        table.getColumns().add(number(text, "claims.column.appearances", ClaimRecordSummary::appearances));
        table.getColumns().add(number(text, "claims.column.speakers", ClaimRecordSummary::speakers));
        table.getColumns().add(number(text, "claims.column.outlets", ClaimRecordSummary::outlets));
        table.getColumns().add(column(text.get("claims.column.first"), s -> text.digits(date(s.firstSeen()))));
        table.getColumns().add(column(text.get("claims.column.last"), s -> text.digits(date(s.lastSeen()))));
        table.getColumns().add(column(text.get("claims.column.rated"), s -> s.rated() ? text.get("claims.rated.yes") : ""));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.choose(b);
            }
        });
        model.chosenProperty().addListener((o, a, b) -> {
            if (b != null && !table.getSelectionModel().getSelectedItems().contains(b)) {
                table.getSelectionModel().clearSelection();
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        merge.setText(text.get("claims.merge"));
        merge.getStyleClass().add(StyleClasses.CLAIMS_MERGE);
        merge.disableProperty().bind(javafx.beans.binding.Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2));
        merge.setOnAction(e -> mergeSelected.accept(java.util.List.copyOf(table.getSelectionModel().getSelectedItems())));
        Label hint = new Label(text.get("claims.merge.hint"));
        hint.setWrapText(true);
        javafx.scene.layout.HBox actions = new javafx.scene.layout.HBox(8, merge, hint);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filter, table, actions);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static TableColumn<ClaimRecordSummary, String> column(String title, Function<ClaimRecordSummary, String> value) {
        TableColumn<ClaimRecordSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(90);
        return c;
    }

    private static TableColumn<ClaimRecordSummary, Number> number(UiText text, String key,
                                                                 Function<ClaimRecordSummary, Integer> value) {
        TableColumn<ClaimRecordSummary, Number> c = new TableColumn<>(text.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setCellFactory(col -> new NumberCell<>(text));
        c.setPrefWidth(98);
        return c;
    }

    TableView<ClaimRecordSummary> table() {
        return table;
    }

    javafx.scene.control.Button mergeButton() {
        return merge;
    }

    TextField filter() {
        return filter;
    }
}
