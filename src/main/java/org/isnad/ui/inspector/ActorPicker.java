package org.isnad.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.isnad.domain.Actor;
import org.isnad.service.ActorRegistry;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * Chooses the actor of an annotation: type part of a name (folded, so «اميركي» finds «الأميركي»),
 * Down, Enter — or create a new actor, named after the mention, which is created and assigned in
 * one undoable step by whoever handles {@link #setOnCreate}.
 */
public final class ActorPicker extends VBox {
    static final int MAX_RESULTS = 50;
    private static final double CELL_HEIGHT = 32;
    private static final int VISIBLE_ROWS = 5;

    private final UiText text;
    private final ActorRegistry actors;
    private final TokenFlow current = Fields.documentText(StyleClasses.ACTOR_CURRENT, 17);
    private final Button clear;
    private final TextField search = new TextField();
    private final ListView<Actor> results = new ListView<>();
    private final Label noMatch = new Label();
    private final Button startNew;
    private final NewActorForm form;
    private String targetId;
    private boolean creating = true;
    private String suggestedName = "";
    private BiConsumer<String, Actor> onPick = (id, a) -> { };
    private BiConsumer<String, NewActor> onCreate = (id, a) -> { };

    public ActorPicker(UiText text, ActorRegistry actors) {
        this.text = text;
        this.actors = actors;
        getStyleClass().add(StyleClasses.ACTOR_PICKER);
        setSpacing(4);

        clear = Fields.button(text.get("actor.clear"), StyleClasses.ACTOR_CLEAR, () -> onPick.accept(targetId, null));
        // the name on its own line above its button, so a long one can wrap
        VBox currentRow = new VBox(4, current, clear);

        search.getStyleClass().addAll(StyleClasses.ACTOR_SEARCH, StyleClasses.ARABIC_FIELD);
        search.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        search.setPromptText(text.get("actor.search.prompt"));
        search.textProperty().addListener((obs, old, now) -> searchFor(now));
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);

        results.getStyleClass().add(StyleClasses.ACTOR_RESULTS);
        results.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        results.setFixedCellSize(CELL_HEIGHT);
        results.setCellFactory(list -> new ActorCell());
        results.addEventFilter(KeyEvent.KEY_PRESSED, this::onResultsKey);
        noMatch.getStyleClass().add(StyleClasses.EMPTY_NOTE);
        noMatch.setText(text.get("actor.search.empty"));

        form = new NewActorForm(text);
        form.setOnCreate(a -> {
            String target = targetId;
            closeForm();
            search.clear();
            onCreate.accept(target, a);
        });
        form.setOnCancel(this::closeForm);
        startNew = Fields.button(text.get("actor.new"), StyleClasses.ACTOR_NEW, this::openForm);

        getChildren().addAll(currentRow, search, results, noMatch, startNew, form);
        showResults(false);
        showForm(false);
    }

    public void setOnPick(BiConsumer<String, Actor> onPick) {
        this.onPick = onPick;
    }

    /** Offers only actors already known (a reviewer's fix cannot add one): no "new actor" button. */
    public void withoutCreating() {
        creating = false;
        showForm(false);
    }

    public void setOnCreate(BiConsumer<String, NewActor> onCreate) {
        this.onCreate = onCreate;
    }

    /**
     * Shows the actor of annotation {@code targetSpanId} ({@code null} for none); {@code suggestedName}
     * prefills a new actor. Moving to another annotation resets the search.
     */
    public void show(String targetSpanId, Actor actor, String suggestedName) {
        if (!Objects.equals(targetId, targetSpanId)) {
            targetId = targetSpanId;
            search.clear();
            closeForm();
        }
        this.suggestedName = suggestedName == null ? "" : suggestedName;
        current.setText(actor == null ? text.get("actor.none") : describe(actor));
        current.getStyleClass().remove(StyleClasses.ACTOR_UNSET);
        if (actor == null) {
            current.getStyleClass().add(StyleClasses.ACTOR_UNSET);
        }
        clear.setVisible(actor != null);
        clear.setManaged(actor != null);
    }

    /** The actors listed for the current search (for tests and the keyboard). */
    public List<Actor> results() {
        return List.copyOf(results.getItems());
    }

    private String describe(Actor actor) {
        return actor.role() == null ? actor.canonicalName() : text.format("actor.with.role", actor.canonicalName(), actor.role());
    }

    private void searchFor(String query) {
        if (query == null || query.isBlank()) {
            results.getItems().clear();
            showResults(false);
            return;
        }
        results.getItems().setAll(limit(actors.search(query)));
        showResults(true);
    }

    private void onSearchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            if (!results.isVisible()) {
                results.getItems().setAll(limit(actors.search(search.getText())));
                showResults(true);
            }
            if (!results.getItems().isEmpty()) {
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                results.requestFocus();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            Actor chosen = results.getSelectionModel().getSelectedItem();
            if (chosen == null && results.getItems().size() == 1) {
                chosen = results.getItems().get(0);
            }
            if (chosen != null) {
                pick(chosen);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
        }
    }

    private void onResultsKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            Actor chosen = results.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                pick(chosen);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE
                || e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() <= 0) {
            search.requestFocus();
            e.consume();
        }
    }

    private static List<Actor> limit(List<Actor> found) {
        return found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found;
    }

    private void pick(Actor actor) {
        String target = targetId;
        search.clear();
        search.requestFocus();
        onPick.accept(target, actor);
    }

    /** The new actor is named after the mention; with no mention (implicit speaker, claimant), after what was typed. */
    private void openForm() {
        String typed = search.getText();
        showResults(false);
        showForm(true);
        form.start(suggestedName.isBlank() ? typed : suggestedName);
    }

    private void closeForm() {
        showForm(false);
    }

    private void showResults(boolean on) {
        // as tall as its entries, up to five; then it scrolls
        results.setPrefHeight(Math.min(VISIBLE_ROWS, Math.max(1, results.getItems().size())) * CELL_HEIGHT + 2);
        results.setVisible(on && !results.getItems().isEmpty());
        results.setManaged(results.isVisible());
        noMatch.setVisible(on && results.getItems().isEmpty());
        noMatch.setManaged(noMatch.isVisible());
    }

    private void showForm(boolean on) {
        form.setVisible(on);
        form.setManaged(on);
        startNew.setVisible(!on && creating);
        startNew.setManaged(!on && creating);
    }

    /** An actor as a line of the list: name, and role when known; a click picks it. */
    private final class ActorCell extends ListCell<Actor> {
        ActorCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    pick(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Actor actor, boolean empty) {
            super.updateItem(actor, empty);
            setText(empty || actor == null ? null : describe(actor));
        }
    }
}
