package org.isnad.ui;

import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.isnad.domain.Layer;
import org.isnad.service.Backups;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.language.UiText;
import org.isnad.ui.review.ReviewWindow;

/**
 * The menus and the annotation toolbar (commands.fxml): each command handed to the part that does
 * it, and Undo, Redo, Link and Delete enabled by the editor's state rather than switched by hand.
 */
final class WindowCommands {
    private final Stage stage;
    private final UiText text;
    private final EditorViewModel editor;
    private final SuggestionReview suggestions;
    private final EditorKeys keys;
    private final DocumentView documentView;
    private final FileImports imports;
    private final Transfers transfers;
    private final Backups backups;
    private final String databaseLocation;
    private ReviewWindow review;

    @FXML private VBox commandsPane;
    @FXML private MenuBar menuBar;
    @FXML private ToolBar toolBar;
    @FXML private Menu annotateMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem boundsItem;
    @FXML private MenuItem linkItem;
    @FXML private MenuItem importWorkItem;
    @FXML private MenuItem exportItem;
    @FXML private SeparatorMenuItem transferSeparator;
    @FXML private MenuItem restoreItem;
    @FXML private ToggleButton linkButton;
    @FXML private Menu viewMenu;
    @FXML private CheckMenuItem invisibleMarksItem;
    @FXML private ToggleButton lettersButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;

    /** {@code transfers} and {@code backups} are null when this program has no interchange formats or backups. */
    WindowCommands(Stage stage, UiText text, EditorViewModel editor, SuggestionReview suggestions, EditorKeys keys,
                   DocumentView documentView, FileImports imports, Transfers transfers, Backups backups,
                   String databaseLocation) {
        this.stage = stage;
        this.text = text;
        this.editor = editor;
        this.suggestions = suggestions;
        this.keys = keys;
        this.documentView = documentView;
        this.imports = imports;
        this.transfers = transfers;
        this.backups = backups;
        this.databaseLocation = databaseLocation;
    }

    @FXML
    private void initialize() {
        // without the interchange formats the menu offers nothing that would not work
        importWorkItem.setVisible(transfers != null);
        exportItem.setVisible(transfers != null);
        transferSeparator.setVisible(transfers != null);
        restoreItem.setVisible(backups != null);

        undoButton.disableProperty().bind(editor.status().canUndoProperty().not());
        undoItem.disableProperty().bind(editor.status().canUndoProperty().not());
        redoButton.disableProperty().bind(editor.status().canRedoProperty().not());
        redoItem.disableProperty().bind(editor.status().canRedoProperty().not());
        linkButton.selectedProperty().bindBidirectional(editor.linking().activeProperty());
        // pressed: drags and Shift+clicks select letters; released (the default): whole words
        documentView.wholeWordsProperty().bind(lettersButton.selectedProperty().not());
        linkButton.disableProperty().bind(editor.sessionProperty().isNull());
        linkItem.disableProperty().bind(editor.sessionProperty().isNull());
        deleteButton.disableProperty().bind(editor.selectedSpanIdProperty().isNull());
        deleteItem.disableProperty().bind(editor.selectedSpanIdProperty().isNull());
        boundsItem.disableProperty().bind(editor.selectedSpanIdProperty().isNull());
        invisibleMarksItem.selectedProperty().bindBidirectional(documentView.showInvisibleMarksProperty());
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    /** The pane that holds the menus and the toolbar; review mode adds its bar below them. */
    VBox pane() {
        return commandsPane;
    }

    Menu annotateMenu() {
        return annotateMenu;
    }

    /** In review mode, Undo and Redo take back and restore verdicts instead of edits. */
    void undoVerdictsIn(ReviewWindow review) {
        this.review = review;
        // while reviewing, Ctrl+Z and Ctrl+Y take back verdicts: the editor's own history does not decide
        undoItem.disableProperty().bind(editor.status().canUndoProperty().not().and(review.activeProperty().not()));
        redoItem.disableProperty().bind(editor.status().canRedoProperty().not().and(review.activeProperty().not()));
    }

    @FXML
    private void importFiles() {
        imports.chooseFiles();
    }

    @FXML
    private void pasteDocument() {
        imports.pasteDocument();
    }

    @FXML
    private void importWork() {
        new TransferChoosers(text, stage).chooseImport().ifPresent(c -> transfers.importFile(c.file(), c.text()));
    }

    @FXML
    private void exportWork() {
        Optional<String> current = editor.session().map(s -> s.document().id());
        new TransferChoosers(text, stage).chooseExport(current.isPresent()).ifPresent(c -> transfers.export(
                c.allDocuments() ? List.of() : List.of(current.orElseThrow()), c.format(), c.out(), c.withAudit()));
    }

    @FXML
    private void restoreBackup() {
        new BackupChooser(text, stage, backups).chooseAndRestore();
    }

    @FXML
    private void quit() {
        stage.close();
    }

    @FXML
    private void undo() {
        if (review != null && review.undo()) {
            return;
        }
        editor.undo();
    }

    @FXML
    private void redo() {
        if (review != null && review.redo()) {
            return;
        }
        editor.redo();
    }

    @FXML
    private void deleteAnnotation() {
        editor.deleteSelected();
    }

    @FXML
    private void setBounds() {
        editor.setBoundsOfSelected(documentView.getSelection().start(), documentView.getSelection().end());
    }

    @FXML
    private void markSpeaker() {
        keys.markSelection(Layer.SPEAKER);
    }

    @FXML
    private void markCue() {
        keys.markSelection(Layer.CUE);
    }

    @FXML
    private void markQuote() {
        keys.markSelection(Layer.QUOTE);
    }

    @FXML
    private void markClaim() {
        keys.markSelection(Layer.CLAIM);
    }

    @FXML
    private void nextSuggestion() {
        suggestions.next();
        documentView.requestFocus();
    }

    @FXML
    private void previousSuggestion() {
        suggestions.previous();
        documentView.requestFocus();
    }

    @FXML
    private void acceptSuggestion() {
        suggestions.acceptCurrent();
    }

    @FXML
    private void rejectSuggestion() {
        suggestions.rejectCurrent();
    }

    @FXML
    private void acceptParagraphSuggestions() {
        suggestions.acceptAllInParagraph();
    }

    @FXML
    private void startLink() {
        editor.linking().start();
    }

    @FXML
    private void toggleLink() {
        if (editor.linking().activeProperty().get()) {
            editor.linking().start();
        } else {
            editor.linking().cancel();
        }
    }

    @FXML
    private void textLarger() {
        documentView.textSize().larger();
    }

    @FXML
    private void textSmaller() {
        documentView.textSize().smaller();
    }

    @FXML
    private void textReset() {
        documentView.textSize().reset();
    }

    @FXML
    private void showUserGuide() {
        new org.isnad.ui.help.UserGuideWindow(text, stage).show();
    }

    @FXML
    private void showAbout() {
        org.isnad.ui.help.AboutDialog.dialog(text, stage, org.isnad.ui.help.ProgramFacts.of(databaseLocation)).show();
    }

    @FXML
    private void showShortcuts() {
        ShortcutHelp.dialog(text, stage).show();
    }
}
