package org.isnad.ui.speakers;

import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.isnad.service.CorpusListener;
import org.isnad.service.Workspace;
import org.isnad.ui.language.UiText;

/** The speaker directory in a window of its own, beside the article; it follows corpus changes. */
public final class SpeakersWindow {
    private final Stage stage = new Stage();
    private final SpeakersViewModel model;
    private final SpeakersView view;

    public SpeakersWindow(Window owner, UiText text, Workspace workspace, String user, BiConsumer<String, String> jump) {
        model = new SpeakersViewModel(workspace, user);
        Label status = new Label();
        status.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        SpeakerCommands commands = new SpeakerCommands(text, model, stage, status::setText);
        view = new SpeakersView(text, model, commands, jump);
        BorderPane root = new BorderPane(view);
        root.setBottom(status);
        root.setNodeOrientation(text.orientation());
        Scene scene = new Scene(root, 1180, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setTitle(text.get("speakers.title"));
        workspace.changes().add(new CorpusListener() {
            @Override
            public void documentsDeleted(java.util.Set<String> documentIds) {
                Platform.runLater(model::refresh);
            }

            @Override
            public void actorsChanged(java.util.Set<String> documentIds) {
                Platform.runLater(model::refresh);
            }
        });
    }

    /** Adds the Corpus menu (before Help) with the directory's item, Shortcut+Shift+D; returns it for more items. */
    public static javafx.scene.control.Menu addMenu(javafx.scene.control.MenuBar bar, UiText text, Runnable open) {
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text.get("menu.corpus.speakers"));
        item.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+D"));
        item.setOnAction(e -> open.run());
        javafx.scene.control.Menu corpus = new javafx.scene.control.Menu(text.get("menu.corpus"), null, item);
        corpus.setId("corpus-menu");
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), corpus);
        return corpus;
    }

    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    public SpeakersViewModel model() {
        return model;
    }

    public SpeakersView view() {
        return view;
    }
}
