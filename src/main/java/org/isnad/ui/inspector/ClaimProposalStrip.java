package org.isnad.ui.inspector;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimProposal;
import org.isnad.ui.editing.ClaimProposals;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * The claim section's proposal strip (issue 17 §2): the record the claim belongs to, if any; the existing
 * records that say the same thing, looked up off the window's thread; the stance to attach with; Attach (A),
 * New record (N) and Open the record's page. The keys work in the document; the buttons do the same.
 */
final class ClaimProposalStrip extends VBox {
    private final UiText text;
    private final ClaimProposals model;
    private final Label state = new Label();
    private final Label message = new Label();
    private final ListView<ClaimProposal> list = new ListView<>();
    private final ComboBox<Stance> stance = new ComboBox<>();
    private final Button open;

    ClaimProposalStrip(EditorViewModel editor, ClaimProposals model) {
        super(4);
        this.text = editor.text();
        this.model = model;
        setId("claim-proposals");
        getStyleClass().add(StyleClasses.CLAIM_PROPOSALS);
        state.setWrapText(true);
        state.getStyleClass().add(StyleClasses.CLAIM_PROPOSALS_STATE);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        list.setItems(model.proposals());
        list.getStyleClass().add(StyleClasses.CLAIM_PROPOSALS_LIST);
        list.setPrefHeight(112);
        list.setMinHeight(112);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.lookingProperty())
                .then("…").otherwise(text.get("claims.proposals.none")));
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ClaimProposal p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.record().statement());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.chosenProperty().set(b);
            }
        });
        model.chosenProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        stance.getItems().setAll(Stance.values());
        stance.valueProperty().bindBidirectional(model.stanceProperty());
        stance.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Stance s) {
                return s == null ? "" : text.get("claims.stance." + s.key());
            }

            @Override
            public Stance fromString(String label) {
                return null; // not editable
            }
        });
        stance.getStyleClass().add(StyleClasses.CLAIM_PROPOSALS_STANCE);
        stance.setMinWidth(110);
        Button attach = Fields.button(text.get("claims.proposals.attach"), StyleClasses.CLAIM_PROPOSALS_ATTACH,
                editor::attachClaimToProposal);
        attach.disableProperty().bind(model.chosenProperty().isNull());
        Button create = Fields.button(text.get("claims.proposals.new"), StyleClasses.CLAIM_PROPOSALS_NEW,
                editor::newClaimRecord);
        open = Fields.button(text.get("claims.proposals.open"), StyleClasses.CLAIM_PROPOSALS_OPEN, () -> {
            ClaimRecord r = model.attachedToProperty().get();
            if (r != null) {
                model.openRecord(r.id());
            }
        });
        FlowPane actions = new FlowPane(6, 4, stance, attach, create, open);
        getChildren().addAll(Fields.heading(text.get("claims.proposals.heading")), state, list, actions, message);
        model.attachedToProperty().addListener((o, a, b) -> update());
        model.lookingProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        ClaimRecord r = model.attachedToProperty().get();
        open.setDisable(r == null);
        if (model.lookingProperty().get()) {
            state.setText(text.get("claims.proposals.looking"));
        } else if (r != null) {
            state.setText(text.format("claims.proposals.belongs", r.statement(),
                    text.get("claims.stance." + model.attachedStanceProperty().get().key())));
        } else {
            state.setText(text.get("claims.proposals.free"));
        }
    }

    ListView<ClaimProposal> list() {
        return list;
    }
}
