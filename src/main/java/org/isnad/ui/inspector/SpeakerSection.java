package org.isnad.ui.inspector;

import javafx.scene.layout.VBox;
import org.isnad.ui.style.StyleClasses;

/** A speaker mention: the actor it names, chosen or created with the picker. */
final class SpeakerSection extends VBox {
    private final ActorPicker picker;

    SpeakerSection(InspectorModel model) {
        setId("inspector-speaker");
        getStyleClass().add(StyleClasses.INSPECTOR_SECTION);
        setSpacing(6);
        var text = model.editor().text();
        picker = new ActorPicker(text, model.editor().actors());
        picker.setOnPick((spanId, actor) -> model.assignActor(spanId, actor == null ? null : actor.id()));
        picker.setOnCreate(model::createActor);
        getChildren().addAll(Fields.heading(text.get("inspector.speaker.actor")), picker);
    }

    void show(InspectorState state) {
        picker.show(state.spanId(), state.speaker().actor(), state.text());
    }
}
