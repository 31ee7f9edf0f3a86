package org.isnad.ui.claims;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.service.Workspace;
import org.isnad.ui.language.UiText;

/**
 * The claims view in a window of its own beside the article (issue 17): the claim records with their
 * counts on one side, the chosen record's page on the other. An appearance opens its article at the claim
 * in the main window; a reviewer rates the record when the workspace has signing keys.
 */
public final class ClaimsWindow {
    private final Stage stage = new Stage();
    private final UiText text;
    private final String user;
    private final ClaimsViewModel model;
    private final ClaimsList list;
    private final ClaimPage page;
    private final Label status = new Label();
    private RatingDialog rating;
    private final ClaimsEdits edits;

    public ClaimsWindow(Window owner, UiText text, Workspace workspace, String user, Consumer<ClaimAppearance> open) {
        this.text = text;
        this.user = user;
        model = new ClaimsViewModel(workspace.claims(), workspace.claimRatings());
        edits = new ClaimsEdits(stage, text, workspace.claims(), model, user, status::setText,
                ids -> workspace.claimMatching().ifPresent(m -> reindex(m, ids)));
        list = new ClaimsList(text, model, edits::merge);
        page = new ClaimPage(text, model, a -> {
            open.accept(a);
            status.setText(text.format("claims.opened", a.title()));
        }, this::rate, edits::split);
        SplitPane split = new SplitPane(list, page);
        split.setDividerPositions(0.55);
        status.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        javafx.scene.control.Button undo = new javafx.scene.control.Button(text.get("claims.undo"));
        undo.getStyleClass().add(org.isnad.ui.style.StyleClasses.CLAIMS_UNDO);
        undo.setOnAction(e -> edits.undo());
        javafx.scene.control.Button redo = new javafx.scene.control.Button(text.get("claims.redo"));
        redo.getStyleClass().add(org.isnad.ui.style.StyleClasses.CLAIMS_REDO);
        redo.setOnAction(e -> edits.redo());
        javafx.scene.layout.HBox bottom = new javafx.scene.layout.HBox(8, undo, redo, status);
        bottom.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bottom.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(split);
        root.setBottom(bottom);
        root.setNodeOrientation(text.orientation());
        Scene scene = new Scene(root, 1500, 800);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z"), edits::undo);
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z"), edits::redo);
        scene.getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y"), edits::redo);
        stage.setScene(scene);
        stage.setTitle(text.get("claims.title"));
        workspace.changes().add(new org.isnad.service.CorpusListener() {
            @Override
            public void documentsDeleted(java.util.Set<String> documentIds) {
                // their appearances are gone from the counts and the page
                javafx.application.Platform.runLater(ClaimsWindow.this::refreshIfShown);
            }

            @Override
            public void actorsChanged(java.util.Set<String> documentIds) {
                javafx.application.Platform.runLater(ClaimsWindow.this::refreshIfShown);
            }
        });
    }

    /** Adds Corpus → Claims… (Shortcut+Shift+K) to the given menu. */
    public static void addMenuItem(javafx.scene.control.Menu corpus, UiText text, Runnable open) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text.get("menu.corpus.claims"));
        item.setId("claims-menu-item");
        item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+K"));
        item.setOnAction(e -> open.run());
        corpus.getItems().add(1, item);
    }

    private void refreshIfShown() {
        if (stage.isShowing()) {
            model.refresh();
        }
    }

    /** The match index follows the records a command changed, off the window's thread. */
    private static void reindex(org.isnad.service.ClaimMatching matching, java.util.Set<String> ids) {
        Thread t = new Thread(() -> ids.forEach(matching::refresh), "isnad-claims-reindex");
        t.setDaemon(true);
        t.start();
    }

    /** Shows the window at a record's page (from the editor's claim proposals). */
    public void showRecord(String claimId) {
        show();
        model.chooseId(claimId);
    }

    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
    }

    /** Opens the rating dialog for the chosen record; the page shows the new rating and its signature. */
    public void rate() {
        ClaimRecordSummary chosen = model.chosenProperty().get();
        if (chosen == null || model.ratings().isEmpty()) {
            return;
        }
        try {
            rating = new RatingDialog(stage, text, model.ratings().get(), chosen.record(),
                    model.ratings().get().rating(chosen.record().id()), user);
            rating.show(() -> {
                model.refresh();
                status.setText(text.get("claims.rating.saved"));
            });
        } catch (RuntimeException e) {
            // the record was deleted meanwhile: the list is read again and the status says why
            status.setText(text.describe(e));
            model.refresh();
        }
    }

    public Stage stage() {
        return stage;
    }

    public ClaimsViewModel model() {
        return model;
    }

    /** For tests and snapshots: the list's table and filter, the page's appearances, the last rating dialog. */
    public javafx.scene.control.TableView<ClaimRecordSummary> table() {
        return list.table();
    }

    public javafx.scene.control.TextField filter() {
        return list.filter();
    }

    public javafx.scene.control.TableView<ClaimAppearance> appearances() {
        return page.appearances();
    }

    public int timelinePoints(org.isnad.domain.Stance stance) {
        return page.timeline().points(stance);
    }

    public javafx.scene.control.Label ratingLabel() {
        return page.ratingLabel();
    }

    public javafx.scene.control.Dialog<javafx.scene.control.ButtonType> ratingDialog() {
        return rating == null ? null : rating.dialog();
    }

    public void chooseLevel(int value) {
        rating.level().getItems().stream().filter(l -> l.value() == value).findFirst().ifPresent(rating.level()::setValue);
    }

    /** For tests and snapshots: Merge and Split, their dialogs, Undo. */
    public javafx.scene.control.Button mergeButton() {
        return list.mergeButton();
    }

    public javafx.scene.control.Button splitButton() {
        return page.splitButton();
    }

    public javafx.scene.control.Alert mergeConfirmation() {
        return edits.confirmation();
    }

    public javafx.scene.control.TextInputDialog splitDialog() {
        return edits.statementDialog();
    }

    public Label status() {
        return status;
    }
}
