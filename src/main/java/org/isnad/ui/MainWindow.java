package org.isnad.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.isnad.service.Backups;
import org.isnad.service.Workspace;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.editor.DocumentView;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.inspector.InspectorPane;
import org.isnad.ui.language.UiText;
import org.isnad.ui.review.ReviewWindow;
import org.isnad.ui.search.CorpusSearchWindow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.isnad.ui.speakers.SpeakersWindow;
import org.isnad.ui.curation.CurationMode;

/**
 * The main window: puts the library, the document view, the attributions table, the inspector,
 * the menus and toolbar and the status line together and wires them to the view models. Each part
 * is its own class (and FXML file); state and actions live in the view models.
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
    private final EditorKeys keys;
    private final ArticleNavigation navigation;
    private Backups backups;
    private FileImports imports;
    private Transfers transfers;
    private ReviewWindow review;
    private WindowCommands commands;
    private LibraryView libraryView;
    private AttributionsView attributionsView;
    private StatusLine statusLine;
    private CorpusSearchWindow corpusSearch;
    private SpeakersWindow speakers;
    private org.isnad.ui.claims.ClaimsWindow claims;
    private CurationMode curation;
    private org.isnad.ui.agreement.AgreementWindow agreement;
    private org.isnad.service.UserSettings settings;
    private java.util.function.Consumer<UiText> relaunch;
    private org.isnad.service.StoreChoice stores;
    private LiveUpdates live;

    @FXML private StackPane documentHolder;
    @FXML private StackPane inspectorHolder;

    public MainWindow(Stage stage, UiText text, Workspace workspace, String user) {
        this.stage = stage;
        this.text = text;
        this.workspace = workspace;
        this.user = user;
        this.library = new LibraryViewModel(workspace.library(), workspace.catalog(), user, text);
        this.editor = new EditorViewModel(workspace, user, text);
        editor.attach(documentView);
        this.suggestions = new SuggestionReview(editor, workspace.suggestions());
        suggestions.attach(documentView);
        this.keys = new EditorKeys(editor, suggestions, documentView, () -> ShortcutHelp.dialog(text, stage).show());
        this.navigation = new ArticleNavigation(stage, text, editor, documentView, this::open);
    }

    public void show() {
        imports = new FileImports(text, library, stage, editor.messageProperty()::set, this::open);
        transfers = workspace.interchange().map(i -> new Transfers(i, user, text, stage, editor.messageProperty()::set,
                report -> {
                    library.refresh();
                    report.documents().stream().findFirst().ifPresent(d -> open(d.documentId()));
                })).orElse(null);
        commands = new WindowCommands(stage, text, editor, suggestions, keys, documentView, imports, transfers, backups,
                workspace.location());
        libraryView = new LibraryView(text, library, workspace.catalog(), editor, this::open, editor.messageProperty()::set);
        attributionsView = new AttributionsView(editor);
        statusLine = new StatusLine(text, user, workspace.serverLogin().map(login -> workspace.location()).orElse(null),
                editor.status());
        Parent root = load();
        root.setNodeOrientation(text.orientation());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/app.css").toExternalForm());
        scene.getStylesheets().add(MainWindow.class.getResource("/styles/editor.css").toExternalForm());
        Menu corpus = SpeakersWindow.addMenu(commands.menuBar(), text, () -> speakers().show());
        new ArticleMenuActions(stage, text, workspace, user, library, libraryView, editor).addTo(corpus);
        org.isnad.ui.claims.ClaimsWindow.addMenuItem(corpus, text, () -> claims().show());
        editor.claimProposals().ifPresent(p -> p.setOnOpenRecord(id -> claims().showRecord(id)));
        libraryView.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        keys.install(scene);
        if (settings != null) {
            LanguageMenu.install(commands.menuBar(), text, settings, relaunch);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> searchWindow(CorpusSearchWindow::show));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> searchWindow(w -> w.showFor(editor.session().map(s -> s.document().id()).orElse(null))));
        new PanelCycle(List.of(libraryView.table(), documentView, attributionsView.table(), inspectorHolder)).install(scene);
        imports.acceptDrops(scene);
        // review: the Review menu, badge and banner, review mode (absent without signing keys)
        review = workspace.review().map(r -> new org.isnad.ui.review.ReviewWindow(stage, text, user, r, editor, documentView,
                this::refreshAfterEdit)).orElse(null);
        if (review != null) {
            review.install(new org.isnad.ui.review.ReviewPlaces(scene, commands.menuBar(), commands.pane(), statusLine.pane(),
                    inspectorHolder, List.of(commands.toolBar(), attributionsView.table()), List.of(commands.annotateMenu())));
            keys.suspendWhile(review::active);
            commands.undoVerdictsIn(review);
        }
        curation = new CurationMode(workspace, user, text, editor, documentView);
        TeamWork team = new TeamWork(stage, text, workspace, user, editor, documentView, curation, library, this::open);
        agreement = new org.isnad.ui.agreement.AgreementWindow(stage, text, workspace).onOpenDisagreement(team::openDisagreement);
        agreement.install(commands.menuBar());
        curation.install(scene, commands.menuBar(), commands.pane());
        team.addMyWork(commands.menuBar());
        if (stores != null) {
            TeamServerMenu.install(commands.menuBar(), text, stage, stores, editor.messageProperty()::set);
        }
        live = new LiveUpdates(text, user, editor, libraryView::refreshAll, this::open,
                () -> (review != null && review.active()) || curation.active());
        live.follow(workspace.sharedChanges());
        stage.setTitle(titled(text.get("app.title")));
        stage.setScene(scene);
        fitToScreen();
        stage.show();
        libraryView.selectFirst();
    }

    /** The layout, with this window's parts as the controllers of their FXML files. */
    private Parent load() {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/fxml/main-window.fxml"), text.bundle());
        loader.setController(this);
        List<Object> parts = List.of(commands, libraryView, attributionsView, statusLine);
        loader.setControllerFactory(type -> parts.stream().filter(type::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException("no part of the main window is a " + type.getName())));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's layout could not be loaded", e);
        }
    }

    @FXML
    private void initialize() {
        documentView.selectedIdProperty(HighlightOwner.ANNOTATIONS).bindBidirectional(editor.selectedSpanIdProperty());
        inspectorHolder.getChildren().add(new InspectorPane(editor));
        editor.revisionProperty().addListener((o, a, b) -> refreshAfterEdit());
    }

    /** A laptop screen may be smaller than the window's preferred size. */
    private void fitToScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Parent root = stage.getScene().getRoot();
        stage.setWidth(Math.min(root.prefWidth(-1), screen.getWidth()));
        stage.setHeight(Math.min(root.prefHeight(-1), screen.getHeight()));
    }

    private void refreshAfterEdit() {
        libraryView.refreshAfterEdit();
    }

    private void open(String documentId) {
        editor.open(documentId);
        documentView.setHighlights(HighlightOwner.ANALYST_VERSIONS, List.of());
        if (!documentHolder.getChildren().contains(documentView)) {
            documentHolder.getChildren().setAll(documentView);
        }
        editor.session().ifPresent(s -> stage.setTitle(titled(text.format("app.title.document", s.document().title()))));
        documentView.requestFocus();
    }

    /** On a team server the title bar names the server and the login (the address holds both). */
    private String titled(String title) {
        return workspace.serverLogin().isPresent() ? text.format("app.title.server", title, workspace.location()) : title;
    }

    /** The claims window (Corpus → Claims…), made on first use; an appearance chosen there opens in this window. */
    public org.isnad.ui.claims.ClaimsWindow claims() {
        if (claims == null) {
            claims = new org.isnad.ui.claims.ClaimsWindow(stage, text, workspace, user, navigation::openAppearance);
        }
        return claims;
    }

    /** The library's rows, for tests. */
    public LibraryViewModel library() {
        return library;
    }

    /** The agreement window (Team → Agreement…), for tests. */
    public org.isnad.ui.agreement.AgreementWindow agreement() {
        return agreement;
    }

    /** The corpus search (Ctrl+Shift+F), for tests; empty when this program keeps no search index. */
    public Optional<CorpusSearchWindow> corpusSearch() {
        if (corpusSearch == null) {
            // the program opens its index after the window (start-up time): the search window once it is there
            workspace.search().ifPresent(search -> corpusSearch = new CorpusSearchWindow(stage, text, search, navigation::openHit,
                    List.of(MainWindow.class.getResource("/styles/app.css").toExternalForm())));
        }
        return Optional.ofNullable(corpusSearch);
    }

    private void searchWindow(java.util.function.Consumer<CorpusSearchWindow> action) {
        corpusSearch().ifPresentOrElse(action, () -> editor.messageProperty().set(text.get("search.not.ready")));
    }

    /** The article's text size is read from the user's settings and saved there whenever it changes. */
    public void rememberTextSize(org.isnad.service.UserSettings settings) {
        settings.textSizePercent().ifPresent(documentView.textSize()::set);
        documentView.textSize().percentProperty().addListener((o, a, b) -> {
            try {
                settings.saveTextSizePercent(b.intValue());
            } catch (RuntimeException e) {
                editor.messageProperty().set(text.describe(e));
            }
        });
    }

    /** The document view, for tests. */
    public DocumentView documentView() {
        return documentView;
    }

    /** The speaker directory's window, made on first use; a quote chosen there opens in this window. */
    public SpeakersWindow speakers() {
        if (speakers == null) {
            speakers = new SpeakersWindow(stage, text, workspace, user, (documentId, spanId) -> navigation.jumpTo(documentId, spanId,
                    id -> speakers.model().statements().stream().filter(st -> st.spanId().equals(id)).findFirst()
                            .map(st -> st.start())));
        }
        return speakers;
    }

    /**
     * Shows what a bundle holds (documents, sets, sign-offs and whether they verify) and imports it
     * only if the user says so: for a bundle opened from the file manager or the command line.
     */
    public void previewBundle(java.nio.file.Path bundle) {
        if (transfers == null) {
            return;
        }
        java.util.function.Predicate<String> trusted = workspace.review()
                .<java.util.function.Predicate<String>>map(r -> r.keys()::isTrusted).orElse(key -> false);
        transfers.previewAndImport(bundle, trusted);
    }

    /** Curation mode (Team → Curate this document), for tests. */
    public CurationMode curation() {
        return curation;
    }

    /** The editor's state, for tests and for other panels. */
    public EditorViewModel editor() {
        return editor;
    }

    /** The suggestions walked in the editor, for tests. */
    public SuggestionReview suggestions() {
        return suggestions;
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
    public Optional<ReviewWindow> review() {
        return Optional.ofNullable(review);
    }

    /**
     * Offers View → Language and the digits setting, saved in {@code settings}; {@code relaunch} builds the
     * window again in the chosen language. Call before {@link #show}.
     */
    public void offerLanguages(org.isnad.service.UserSettings settings, java.util.function.Consumer<UiText> relaunch) {
        this.settings = settings;
        this.relaunch = relaunch;
    }

    /** The document open now, if any (to open it again after the window is built anew). */
    public Optional<String> openDocumentId() {
        return editor.session().map(s -> s.document().id());
    }

    /** Opens a document of the library, as a click in the library does. */
    public void openDocument(String documentId) {
        open(documentId);
    }

    /** Offers File → Connect to a team server… and File → Use the local database; call before {@link #show}. */
    public void offerStores(org.isnad.service.StoreChoice choice) {
        this.stores = choice;
    }

    /** Stops following other users' work: the window is about to be built anew or to go over to another store. */
    public void stopFollowing() {
        if (live != null) {
            live.stop();
        }
    }

    /** Offers File → Restore a backup… over these backups; call before {@link #show}. */
    public void offerBackups(Backups backups) {
        this.backups = backups;
    }
}
