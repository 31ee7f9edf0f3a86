package org.isnad.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.isnad.domain.Layer;
import org.isnad.service.DocumentSummary;
import org.isnad.service.Workspace;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.inspector.InspectorPane;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.editing.AttributionRow;

/**
 * The main window: library, document view, attributions table, inspector, toolbar and status
 * line. It only wires controls to the view models; state and actions live there.
 */
public final class MainWindow {
    private final Stage stage;
    private final UiText text;
    private final Workspace workspace;
    private final String user;
    private final LibraryViewModel library;
    private final EditorViewModel editor;
    private final DocumentView documentView = new DocumentView();
    private final SuggestionReview suggestions;
    private EditorKeys keys;
    private FileImports imports;
    private Transfers transfers;
    private org.isnad.ui.review.ReviewWindow review;

    @FXML private TableView<DocumentSummary> libraryTable;
    @FXML private TableColumn<DocumentSummary, String> titleColumn;
    @FXML private TableColumn<DocumentSummary, String> outletColumn;
    @FXML private TableColumn<DocumentSummary, String> dateColumn;
    @FXML private TableColumn<DocumentSummary, String> stateColumn;
    @FXML private TableColumn<DocumentSummary, Integer> speakersColumn;
    @FXML private TableColumn<DocumentSummary, Integer> cuesColumn;
    @FXML private TableColumn<DocumentSummary, Integer> quotesColumn;
    @FXML private TableColumn<DocumentSummary, Integer> claimsColumn;
    @FXML private StackPane documentHolder;
    @FXML private Label noDocumentLabel;
    @FXML private TableView<AttributionRow> attributionsTable;
    @FXML private TableColumn<AttributionRow, String> attrSpeakerColumn;
    @FXML private TableColumn<AttributionRow, String> attrCueColumn;
    @FXML private TableColumn<AttributionRow, String> attrQuoteColumn;
    @FXML private TableColumn<AttributionRow, String> attrTypeColumn;
    @FXML private TableColumn<AttributionRow, String> attrClaimsColumn;
    @FXML private StackPane inspectorHolder;
    @FXML private ToggleButton linkButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem importWorkItem;
    @FXML private MenuItem exportItem;
    @FXML private javafx.scene.control.SeparatorMenuItem transferSeparator;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem restoreItem;
    private org.isnad.service.Backups backups;
    @FXML private Label userLabel;
    @FXML private Label savedLabel;
    @FXML private Label countsLabel;
    @FXML private Label undoLabel;
    @FXML private Label messageLabel;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private javafx.scene.control.ToolBar toolBar;
    @FXML private javafx.scene.control.Menu annotateMenu;

    public MainWindow(Stage stage, UiText text, Workspace workspace, String user) {
        this.stage = stage;
        this.text = text;
        this.workspace = workspace;
        this.user = user;
        this.library = new LibraryViewModel(workspace.library(), user);
        this.editor = new EditorViewModel(workspace, user, text);
        editor.attach(documentView);
        this.suggestions = new SuggestionReview(editor, workspace.suggestions());
        suggestions.attach(documentView);
    }

    public void show() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/main-window.fxml"), text.bundle());
        loader.setController(this);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout could not be loaded", e);
        }
        root.setNodeOrientation(text.orientation());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/app.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/editor.css").toExternalForm());
        keys = new EditorKeys(editor, suggestions, documentView, this::showShortcuts);
        keys.install(scene);
        new PanelCycle(List.of(libraryTable, documentView, attributionsTable, inspectorHolder)).install(scene);
        imports = new FileImports(text, library, stage, editor.messageProperty()::set, this::open);
        imports.acceptDrops(scene);
        transfers = workspace.interchange().map(i -> new Transfers(i, user, text, stage, editor.messageProperty()::set,
                report -> {
                    library.refresh();
                    report.documents().stream().findFirst().ifPresent(d -> open(d.documentId()));
                })).orElse(null);
        // without the interchange formats the menu offers nothing that would not work
        importWorkItem.setVisible(transfers != null);
        exportItem.setVisible(transfers != null);
        transferSeparator.setVisible(transfers != null);
        // review: the Review menu, badge and banner, review mode (absent without signing keys)
        review = workspace.review().map(r -> new org.isnad.ui.review.ReviewWindow(stage, text, user, r, editor, documentView,
                this::refreshAfterEdit)).orElse(null);
        if (review != null) {
            review.install(scene, menuBar, (javafx.scene.layout.Pane) toolBar.getParent(),
                    (javafx.scene.layout.Pane) userLabel.getParent(), inspectorHolder,
                    List.of(toolBar, attributionsTable), List.of(annotateMenu));
            keys.suspendWhile(review::active);
        }
        restoreItem.setVisible(backups != null);
        stage.setTitle(text.get("app.title"));
        stage.setScene(scene);
        fitToScreen();
        stage.show();
        library.documents().stream().findFirst().ifPresent(d -> libraryTable.getSelectionModel().select(d));
    }

    /** A laptop screen may be smaller than the window's preferred size. */
    private void fitToScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Parent root = stage.getScene().getRoot();
        stage.setWidth(Math.min(root.prefWidth(-1), screen.getWidth()));
        stage.setHeight(Math.min(root.prefHeight(-1), screen.getHeight()));
    }

    /** The editor's state, for tests and for other panels. */
    public EditorViewModel editor() {
        return editor;
    }

    @FXML
    private void initialize() {
        TableColumns.showArabic(titleColumn, DocumentSummary::title);
        TableColumns.showArabic(outletColumn, DocumentSummary::outlet);
        TableColumns.show(dateColumn, d -> d.publishedDate() == null ? "" : d.publishedDate().toString());
        TableColumns.show(stateColumn, d -> text.get("state." + d.state()));
        TableColumns.show(speakersColumn, d -> d.count(Layer.SPEAKER));
        TableColumns.show(cuesColumn, d -> d.count(Layer.CUE));
        TableColumns.show(quotesColumn, d -> d.count(Layer.QUOTE));
        TableColumns.show(claimsColumn, d -> d.count(Layer.CLAIM));
        libraryTable.setItems(library.documents());
        library.refresh();
        libraryTable.getSelectionModel().selectedItemProperty().addListener((o, old, d) -> {
            if (d != null && !library.isRefreshing() && editor.session().map(s -> !s.document().id().equals(d.id())).orElse(true)) {
                open(d.id());
            }
        });

        TableColumns.showArabic(attrSpeakerColumn, AttributionRow::speaker);
        TableColumns.showArabic(attrCueColumn, AttributionRow::cue);
        TableColumns.showArabic(attrQuoteColumn, AttributionRow::quote);
        TableColumns.show(attrTypeColumn, AttributionRow::type);
        TableColumns.showArabic(attrClaimsColumn, AttributionRow::claims);
        attributionsTable.setItems(editor.attributions());
        attributionsTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                editor.reveal(row.quoteId());
            }
        });

        documentView.selectedIdProperty(HighlightOwner.ANNOTATIONS).bindBidirectional(editor.selectedSpanIdProperty());
        inspectorHolder.getChildren().add(new InspectorPane(editor));
        linkButton.selectedProperty().bindBidirectional(editor.linkModeProperty());

        userLabel.setText(text.format("status.user", user));
        savedLabel.textProperty().bind(editor.status().savedStateProperty());
        countsLabel.textProperty().bind(editor.status().countsProperty());
        undoLabel.textProperty().bind(editor.status().undoTextProperty());
        messageLabel.textProperty().bind(editor.messageProperty());
        editor.revisionProperty().addListener((o, a, b) -> refreshAfterEdit());
    }

    private void refreshAfterEdit() {
        boolean canUndo = editor.session().map(s -> s.history().canUndo()).orElse(false);
        boolean canRedo = editor.session().map(s -> s.history().canRedo()).orElse(false);
        undoButton.setDisable(!canUndo);
        undoItem.setDisable(!canUndo);
        redoButton.setDisable(!canRedo);
        redoItem.setDisable(!canRedo);
        String current = editor.session().map(s -> s.document().id()).orElse(null);
        // an edit changes the counts of its own document only: re-reading 2,000 rows after each would be felt
        if (current == null) {
            library.refresh();
        } else {
            library.refresh(current);
        }
        library.documents().stream().filter(d -> d.id().equals(current)).findFirst()
                .ifPresent(d -> libraryTable.getSelectionModel().select(d));
    }

    private void open(String documentId) {
        editor.open(documentId);
        if (!documentHolder.getChildren().contains(documentView)) {
            documentHolder.getChildren().setAll(documentView);
        }
        editor.session().ifPresent(s -> stage.setTitle(text.format("app.title.document", s.document().title())));
        documentView.requestFocus();
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

    /** Importing text files (the chooser, dropped files), for tests. */
    FileImports fileImports() {
        return imports;
    }

    /** Import and export from the window, for tests; empty when this program has no interchange formats. */
    public Optional<Transfers> transfers() {
        return Optional.ofNullable(transfers);
    }

    /** Review mode, badge and review steps, for tests; empty when this program has no signing keys. */
    public Optional<org.isnad.ui.review.ReviewWindow> review() {
        return Optional.ofNullable(review);
    }

    /** Offers File → Restore a backup… over these backups; call before {@link #show}. */
    public void offerBackups(org.isnad.service.Backups backups) {
        this.backups = backups;
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

    /** The suggestions walked in the editor, for tests. */
    public SuggestionReview suggestions() {
        return suggestions;
    }

    @FXML
    private void startLink() {
        editor.startLink();
    }

    @FXML
    private void toggleLink() {
        if (editor.linkModeProperty().get()) {
            editor.startLink();
        } else {
            editor.cancel();
        }
    }

    @FXML
    private void showShortcuts() {
        ShortcutHelp.dialog(text, stage).show();
    }
}
