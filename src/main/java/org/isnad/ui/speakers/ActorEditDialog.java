package org.isnad.ui.speakers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.service.ActorEdit;
import org.isnad.ui.language.UiText;

/**
 * The form for an actor's record: kind, Wikidata id, other name forms, and a role from a day on.
 * Save stores it through the model; a refusal (a malformed id or day, someone else's change) is
 * shown in the form, which stays open with what was typed.
 */
final class ActorEditDialog extends Dialog<ActorEdit> {
    static final String ERROR = "actor-edit-error";

    private final ChoiceBox<ActorKind> kind = new ChoiceBox<>();
    private final TextField wikidata = new TextField();
    private final TextArea aliases = new TextArea();
    private final TextField role = new TextField();
    private final TextField since = new TextField();
    private final Text error = new Text();
    private final TextFlow errorLine = new TextFlow(error);
    private ActorEdit saved;

    ActorEditDialog(Window owner, UiText text, SpeakersViewModel model, Actor actor) {
        initOwner(owner);
        setTitle(text.get("speakers.edit"));
        setHeaderText(text.format("speakers.edit.header", actor.canonicalName()));
        getDialogPane().setNodeOrientation(text.orientation());
        getDialogPane().getStyleClass().add("actor-edit");

        kind.getItems().setAll(ActorKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActorKind k) {
                return k == null ? "" : text.get("actor.kind." + k.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ActorKind fromString(String s) {
                return null;
            }
        });
        kind.setValue(actor.kind());
        kind.setId("actor-edit-kind");
        wikidata.setText(actor.wikidataId() == null ? "" : actor.wikidataId());
        wikidata.setPromptText(text.get("speakers.edit.wikidata.prompt"));
        wikidata.setId("actor-edit-wikidata");
        aliases.setText(String.join("\n", actor.aliases()));
        aliases.setPrefRowCount(4);
        aliases.setId("actor-edit-aliases");
        role.setText(actor.role() == null ? "" : actor.role());
        role.setId("actor-edit-role");
        since.setText(LocalDate.now(model.clock()).toString());
        since.setId("actor-edit-since");
        error.getStyleClass().add(ERROR);
        errorLine.setMinHeight(Region.USE_PREF_SIZE);
        // wraps within the form's width: a long refusal makes the form taller, never wider than the screen
        errorLine.setPrefWidth(560);
        errorLine.setMaxWidth(560);
        // names and titles are Arabic: they read right to left whatever the window's language
        aliases.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        aliases.setWrapText(true);
        role.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, text.get("actor.kind"), kind);
        row(grid, 1, text.get("speakers.edit.wikidata"), wikidata);
        row(grid, 2, text.get("speakers.edit.aliases"), aliases);
        row(grid, 3, text.get("speakers.edit.role"), role);
        row(grid, 4, text.get("speakers.edit.since"), since);
        getDialogPane().setContent(new VBox(8, grid, errorLine));

        ButtonType save = new ButtonType(text.get("speakers.edit.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.get("speakers.edit.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            String current = actor.role() == null ? "" : actor.role();
            boolean roleChanged = !role.getText().strip().equals(current) && !role.getText().isBlank();
            LocalDate day = null;
            if (roleChanged) {
                try {
                    day = LocalDate.parse(since.getText().strip());
                } catch (DateTimeParseException bad) {
                    refuse(text.format("speakers.edit.since.bad", since.getText().strip()));
                    e.consume();
                    return;
                }
            }
            try {
                saved = model.edit(actor, kind.getValue(), wikidata.getText(), lines(aliases.getText()), day,
                        roleChanged ? role.getText() : null);
            } catch (RuntimeException refused) {
                refuse(text.describe(refused));
                e.consume();
            }
        });
        setResultConverter(b -> b == save ? saved : null);
    }

    /** Shows why Save was refused, growing the form so that the whole message shows. */
    private void refuse(String why) {
        error.setText(why);
        getDialogPane().requestLayout();
        Window window = getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
        }
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
