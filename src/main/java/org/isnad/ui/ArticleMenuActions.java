package org.isnad.ui;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.isnad.service.DocumentSummary;
import org.isnad.service.Workspace;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.isnad.ui.library.ArticleDeletion;
import org.isnad.ui.library.ArticleDetailsDialog;

/**
 * The Corpus menu's article entries: the open article's details, and deleting the articles selected in the
 * library (after a confirmation and a backup). A refusal shows in the status line.
 */
final class ArticleMenuActions {
    private final Stage stage;
    private final UiText text;
    private final Workspace workspace;
    private final String user;
    private final LibraryViewModel library;
    private final LibraryView libraryView;
    private final EditorViewModel editor;

    ArticleMenuActions(Stage stage, UiText text, Workspace workspace, String user, LibraryViewModel library,
                       LibraryView libraryView, EditorViewModel editor) {
        this.stage = stage;
        this.text = text;
        this.workspace = workspace;
        this.user = user;
        this.library = library;
        this.libraryView = libraryView;
        this.editor = editor;
    }

    /** Adds Article details… and Delete articles… to the Corpus menu, after a separator. */
    void addTo(Menu corpus) {
        corpus.getItems().addAll(new SeparatorMenuItem(), item("menu.corpus.details", this::editDetails),
                item("menu.corpus.delete", this::deleteSelected));
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        item.setOnAction(e -> {
            try {
                action.run();
            } catch (RuntimeException ex) {
                editor.messageProperty().set(text.describe(ex));
            }
        });
        return item;
    }

    /** Article details of the open document; the library row and window title follow. */
    private void editDetails() {
        editor.session().ifPresent(s -> {
            if (new ArticleDetailsDialog(text, workspace.catalog(), user).edit(stage, s.document().id())) {
                library.refresh();
                editor.messageProperty().set(text.get("details.saved"));
            }
        });
    }

    /** Deletes the articles selected in the library, after a confirmation and a backup. */
    private void deleteSelected() {
        List<String> ids = libraryView.table().getSelectionModel().getSelectedItems().stream().map(DocumentSummary::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        new ArticleDeletion(text, workspace.catalog(), user).delete(stage, ids).ifPresent(backup -> {
            library.refresh();
            editor.messageProperty().set(text.format("delete.articles.done", backup.name()));
            libraryView.selectFirst();
        });
    }
}
