package org.isnad.ui.speakers;

import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.isnad.service.ActorEntry;
import org.isnad.service.ActorStatement;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * The directory's layout: the actors (filtered as one types) on the start side, the chosen actor's
 * page on the other: its names, kind and role, the commands, and every quote and claim, newest
 * first. Double-click or Enter on a quote opens it in its article ({@code jump}: document id, span id).
 */
public final class SpeakersView extends BorderPane {
    private final TableView<ActorEntry> actorTable = new TableView<>();
    private final TableView<ActorStatement> page = new TableView<>();
    private final Label name = new Label();
    private final Label details = new Label();
    private final HBox commands = new HBox(6);

    public SpeakersView(UiText text, SpeakersViewModel model, SpeakerCommands actions, BiConsumer<String, String> jump) {
        setNodeOrientation(text.orientation());
        getStyleClass().add(StyleClasses.SPEAKERS_VIEW);
        TextField filter = new TextField();
        filter.setPromptText(text.get("speakers.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.getStyleClass().add(StyleClasses.SPEAKERS_FILTER);
        actorTable.getStyleClass().add(StyleClasses.SPEAKERS_TABLE);
        actorTable.setItems(model.actors());
        actorTable.getColumns().add(arabic(text.get("speakers.name"), e -> e.actor().canonicalName(), 190));
        actorTable.getColumns().add(column(text.get("speakers.kind"),
                e -> text.get("actor.kind." + e.actor().kind().name().toLowerCase(Locale.ROOT)), 110));
        actorTable.getColumns().add(column(text.get("layer.quote.plural"), e -> text.number(e.quotes()), 60));
        actorTable.getColumns().add(column(text.get("layer.claim.plural"), e -> text.number(e.claims()), 60));
        actorTable.getColumns().add(column(text.get("speakers.documents"), e -> text.number(e.documents()), 70));
        actorTable.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null && (model.chosenProperty().get() == null || !model.chosenProperty().get().actor().id().equals(e.actor().id()))) {
                model.choose(e.actor().id());
            }
        });
        VBox start = new VBox(6, filter, actorTable);
        VBox.setVgrow(actorTable, Priority.ALWAYS);
        start.setPadding(new Insets(8));

        name.getStyleClass().addAll(StyleClasses.SPEAKER_NAME, StyleClasses.ARABIC_CELL);
        details.getStyleClass().add(StyleClasses.SPEAKER_DETAILS);
        details.setWrapText(true);
        page.getStyleClass().add(StyleClasses.SPEAKER_PAGE);
        page.setItems(model.statements());
        page.setPlaceholder(new Label(text.get("speakers.page.empty")));
        page.getColumns().add(column(text.get("speakers.date"), s -> text.digits(s.day().toString()), 95));
        page.getColumns().add(arabic(text.get("speakers.outlet"), s -> s.outlet() == null ? "" : s.outlet(), 90));
        page.getColumns().add(column(text.get("speakers.type"), s -> type(text, s), 90));
        page.getColumns().add(column(text.get("speakers.state"), s -> text.get("state." + s.setState().key()), 100));
        page.getColumns().add(arabic(text.get("speakers.text"), ActorStatement::text, 420));
        page.getColumns().add(arabic(text.get("speakers.article"), ActorStatement::title, 220));
        page.setRowFactory(t -> {
            TableRow<ActorStatement> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    jump.accept(row.getItem().documentId(), row.getItem().spanId());
                }
            });
            return row;
        });
        page.setOnKeyPressed(e -> {
            ActorStatement s = page.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && s != null) {
                jump.accept(s.documentId(), s.spanId());
            }
        });
        commands.getChildren().addAll(
                button(text.get("speakers.rename"), actions::rename),
                button(text.get("speakers.edit"), actions::edit),
                button(text.get("speakers.undo.edit"), actions::undoEdit),
                button(text.get("speakers.merge"), actions::merge),
                button(text.get("speakers.undo.merge"), actions::undoMerge),
                button(text.get("speakers.split"), actions::split),
                button(text.get("speakers.duplicates"), actions::duplicates),
                button(text.get("speakers.csv"), actions::exportCsv));
        VBox end = new VBox(6, name, details, commands, page);
        VBox.setVgrow(page, Priority.ALWAYS);
        end.setPadding(new Insets(8));

        SplitPane split = new SplitPane(start, end);
        split.setDividerPositions(0.4);
        setCenter(split);
        model.chosenProperty().addListener((o, a, e) -> show(text, e));
        show(text, model.chosenProperty().get());
    }

    private void show(UiText text, ActorEntry e) {
        commands.setDisable(e == null);
        if (e == null) {
            name.setText(text.get("speakers.none"));
            details.setText("");
            return;
        }
        if (actorTable.getSelectionModel().getSelectedItem() != e) {
            actorTable.getSelectionModel().select(e);
        }
        name.setText(e.actor().canonicalName());
        details.setText(text.format("speakers.details",
                text.get("actor.kind." + e.actor().kind().name().toLowerCase(Locale.ROOT)),
                e.actor().role() == null ? "—" : e.actor().role(),
                e.actor().aliases().isEmpty() ? "—" : String.join("، ", e.actor().aliases()),
                e.actor().wikidataId() == null ? "—" : e.actor().wikidataId(),
                text.number(e.quotes()), text.number(e.claims()), text.number(e.documents())));
    }

    private static String type(UiText text, ActorStatement s) {
        return s.quoteType() == null ? text.get("layer.claim")
                : text.get("quote.type." + s.quoteType().name().toLowerCase(Locale.ROOT));
    }

    private static Button button(String label, Runnable action) {
        Button b = new Button(label);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <R> TableColumn<R, String> arabic(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = column(title, value, width);
        c.getStyleClass().add(StyleClasses.ARABIC_CELL);
        return c;
    }

    public TableView<ActorEntry> actorTable() {
        return actorTable;
    }

    public TableView<ActorStatement> page() {
        return page;
    }
}
