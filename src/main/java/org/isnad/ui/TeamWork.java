package org.isnad.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.isnad.service.Workspace;
import org.isnad.ui.curation.CurationMode;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.language.UiText;

/** The main window's part of team work: the library's "my work" filter and opening a disagreement at its place. */
final class TeamWork {
    private final Stage stage;
    private final UiText text;
    private final Workspace workspace;
    private final String user;
    private final EditorViewModel editor;
    private final DocumentView documentView;
    private final CurationMode curation;
    private final LibraryViewModel library;
    private final Consumer<String> open;

    TeamWork(Stage stage, UiText text, Workspace workspace, String user, EditorViewModel editor, DocumentView documentView,
             CurationMode curation, LibraryViewModel library, Consumer<String> open) {
        this.stage = stage;
        this.text = text;
        this.workspace = workspace;
        this.user = user;
        this.editor = editor;
        this.documentView = documentView;
        this.curation = curation;
        this.library = library;
        this.open = open;
    }

    /** Team → My work only (Shortcut+Shift+M): the library shows the documents assigned to the user. */
    void addMyWork(javafx.scene.control.MenuBar menuBar) {
        javafx.scene.control.CheckMenuItem mine = new javafx.scene.control.CheckMenuItem(text.get("menu.team.mywork"));
        mine.setId("menu-team-mywork");
        mine.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        mine.setOnAction(e -> {
            library.showOnlyAssignedTo(mine.isSelected() ? user : null);
            editor.messageProperty().set(mine.isSelected()
                    ? text.format("library.mywork.on", library.page().get().total()) : text.get("library.mywork.off"));
        });
        menuBar.getMenus().stream().filter(m -> m.getText().equals(text.get("menu.team"))).findFirst()
                .ifPresent(team -> team.getItems().addAll(new SeparatorMenuItem(), mine));
    }

    /** Opens a disagreement from the agreement window: its document, scrolled to it, each analyst's version marked. */
    void openDisagreement(org.isnad.service.Disagreement d) {
        if (curation.active()) {
            curation.leave();
        }
        try {
            open.accept(d.documentId());
        } catch (RuntimeException e) {
            editor.messageProperty().set(text.describe(e));
            return;
        }
        List<Highlight> marks = new java.util.ArrayList<>();
        for (int i = 0; i < d.analysts().size(); i++) {
            int n = i + 1;
            d.unit().version(n).ifPresent(v -> marks.add(new Highlight("disagreement-" + n, "analyst-" + n,
                    v.span().start(), v.span().end())));
        }
        documentView.setHighlights(HighlightOwner.ANALYST_VERSIONS, marks);
        documentView.scrollToOffset(d.unit().start());
        editor.messageProperty().set(text.format("disagreement.opened", String.join(", ", d.markedBy()),
                String.join(", ", d.analysts()), 1, 2, 3));
        stage.toFront();
    }

}
