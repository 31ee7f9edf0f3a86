package org.isnad.ui.inspector;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.isnad.domain.ActorKind;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** The few fields a new actor needs while annotating: name, kind, role. The registry is edited elsewhere. */
final class NewActorForm extends VBox {
    private final TextField name = new TextField();
    private final ComboBox<ActorKind> kind = new ComboBox<>();
    private final TextField role = new TextField();
    private final Button create;
    private Consumer<NewActor> onCreate = a -> { };
    private Runnable onCancel = () -> { };

    NewActorForm(UiText text) {
        getStyleClass().add(StyleClasses.NEW_ACTOR);
        setSpacing(6);
        name.getStyleClass().addAll(StyleClasses.ACTOR_NAME, StyleClasses.ARABIC_FIELD);
        name.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        role.getStyleClass().addAll(StyleClasses.ACTOR_ROLE, StyleClasses.ARABIC_FIELD);
        role.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        kind.getStyleClass().add(StyleClasses.ACTOR_KIND);
        kind.getItems().setAll(Arrays.asList(ActorKind.values()));
        kind.setMaxWidth(Double.MAX_VALUE);
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
        create = Fields.button(text.get("actor.create"), StyleClasses.ACTOR_CREATE, this::create);
        create.setDefaultButton(false);
        create.disableProperty().bind(name.textProperty().map(String::isBlank));
        Button cancel = Fields.button(text.get("actor.cancel"), StyleClasses.ACTOR_CANCEL, () -> onCancel.run());
        name.setOnAction(e -> create());
        role.setOnAction(e -> create());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onCancel.run();
                e.consume();
            }
        });
        getChildren().addAll(
                Fields.labelled(text.get("actor.name"), name),
                Fields.labelled(text.get("actor.kind"), kind),
                Fields.labelled(text.get("actor.role"), role),
                new HBox(6, create, cancel));
    }

    void setOnCreate(Consumer<NewActor> onCreate) {
        this.onCreate = onCreate;
    }

    void setOnCancel(Runnable onCancel) {
        this.onCancel = onCancel;
    }

    /** Starts a new actor named after the mention (or what was searched); a person unless said otherwise. */
    void start(String suggestedName) {
        name.setText(suggestedName == null ? "" : suggestedName.strip());
        kind.setValue(ActorKind.PERSON);
        role.clear();
        name.requestFocus();
        name.end();
    }

    private void create() {
        if (!name.getText().isBlank()) {
            onCreate.accept(new NewActor(name.getText().strip(), kind.getValue(), role.getText()));
        }
    }
}
