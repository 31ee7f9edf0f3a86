package org.isnad.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.isnad.bundle.BundleInterchange;
import org.isnad.cli.GlobalOptions;
import org.isnad.message.Message;
import org.isnad.service.Backup;
import org.isnad.service.BackupTaker;
import org.isnad.service.Backups;
import org.isnad.service.Repositories;
import org.isnad.service.signing.SigningKeys;
import org.isnad.service.StorageException;
import org.isnad.service.CorpusSearch;
import org.isnad.service.Workspace;
import org.isnad.store.FileUserSettings;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;
import org.isnad.ui.MainWindow;
import org.isnad.ui.language.UiText;
import org.isnad.ui.review.ActingUser;
import org.isnad.ui.review.UserNameDialog;

/** The JavaFX application: opens the database, shows the main window, closes the database on exit. */
public final class IsnadApp extends Application {
    private static GlobalOptions launchOptions = new GlobalOptions(null, null, java.util.List.of());

    private Repositories repositories;
    private MainWindow mainWindow;
    private CorpusSearch search;
    private org.isnad.service.ClaimMatching claimMatching;
    private final String userOverride;
    private final Clock clock;
    private SigningKeys keys;
    private GlobalOptions options = launchOptions;
    /** How the program ends when the database cannot be opened; tests replace it. */
    Runnable exit = Platform::exit;
    private BackupSchedule backupSchedule;
    private Stage stage;
    /** The user's settings (name, language); a test gives its own file. */
    private org.isnad.service.UserSettings settings = FileUserSettings.inDataFolder();

    /** Used by {@link Application#launch}: options come from the command line. */
    public IsnadApp() {
        this(null, null, Clock.systemUTC());
    }

    /** Used by tests: opens the database as the program does, from {@code --db} and {@code --as}. */
    IsnadApp(GlobalOptions options, Clock clock) {
        this(null, null, clock, null);
        this.options = options;
    }

    /** Used by tests: a store that is already open, and the acting user (no signing keys). */
    public IsnadApp(Repositories repositories, String user, Clock clock) {
        this(repositories, user, clock, null);
    }

    /** Used by tests: a store that is already open, the acting user and their signing keys. */
    public IsnadApp(Repositories repositories, String user, Clock clock, SigningKeys keys) {
        this.repositories = repositories;
        this.userOverride = user;
        this.clock = clock;
        this.keys = keys;
    }

    /** Keeps the user's settings in this file instead of the data folder's (for tests). */
    public IsnadApp withSettings(org.isnad.service.UserSettings userSettings) {
        this.settings = userSettings;
        return this;
    }

    /** A bundle to preview once the window is up (a double-clicked .isnad file), or null. */
    private static java.nio.file.Path launchBundle;

    static void launchWindow(GlobalOptions options, java.nio.file.Path bundle) {
        launchOptions = options;
        launchBundle = bundle;
        Application.launch(IsnadApp.class);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        UiText text = UiText.forSettings(settings);
        boolean ownStore = repositories == null;
        try {
            if (ownStore) {
                repositories = Stores.open(options.db());
                keys = Stores.openKeys(null, options.db());
            }
        } catch (RuntimeException e) {
            // "Isnad is already open with this database: …", a damaged file, a read-only folder: a plain dialog, no stack trace
            Alert alert = new Alert(Alert.AlertType.ERROR, text.describe(e));
            alert.setTitle(text.get("app.title"));
            alert.setHeaderText(text.get("error.database.open"));
            alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            alert.showAndWait();
            exit.run();
            return;
        }
        if (ownStore && repositories instanceof H2Store h2) {
            backupSchedule = new BackupSchedule(h2, Stores.backups(options.db()));
        }
        showMainWindow(text);
    }

    private void showMainWindow(UiText text) {
        // --as, ISNAD_USER, the name saved in the user's settings, else asked once (and saved)
        String user = userOverride != null ? userOverride : ActingUser.resolve(options.user(), System.getenv(),
                settings, proposed -> new UserNameDialog(text).ask(proposed),
                System.getProperty("user.name"));
        Workspace workspace = new Workspace(repositories, clock, BundleInterchange::new, keys, backupTaker());
        openSearch(workspace);
        openClaimMatching(workspace);
        SampleArticle.importIfEmpty(workspace.library(), user);
        mainWindow = new MainWindow(stage, text, workspace, user);
        if (userOverride == null) {
            // a window started for a test (with its own user) leaves the user's settings alone
            mainWindow.rememberTextSize(FileUserSettings.inDataFolder());
        }
        if (backupSchedule != null) {
            mainWindow.offerBackups(new WindowBackups());
        }
        // View → Language: the window is built again at once, mirrored, on the document that was open
        mainWindow.offerLanguages(settings, newText -> {
            java.util.Optional<String> open = mainWindow.openDocumentId();
            showMainWindow(newText);
            open.ifPresent(mainWindow::openDocument);
        });
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    IsnadApp.class.getResourceAsStream("/org/isnad/icons/isnad-" + size + ".png")));
        }
        mainWindow.show();
        StartupProbe.afterShown(stage.getScene());
        if (launchBundle != null) {
            java.nio.file.Path bundle = launchBundle;
            launchBundle = null;
            Platform.runLater(() -> mainWindow.previewBundle(bundle));
        }
    }

    /** Deleting documents takes a backup of the window's database first (into its backups folder). */
    private BackupTaker backupTaker() {
        if (repositories instanceof H2Store h2) {
            return () -> DatabaseBackups.of(java.nio.file.Path.of(h2.location())).take(h2);
        }
        return null;
    }

    /**
     * File → Restore a backup…: the window's database is closed, put back as it was in the backup
     * (the current file kept as a safety copy), opened again, and the window shown anew on it.
     */
    final class WindowBackups implements Backups {
        @Override
        public java.util.List<Backup> list() {
            return Stores.backups(options.db()).list();
        }

        @Override
        public Message restore(Backup backup) {
            backupSchedule.close();
            if (search != null) {
                search.close();
                search = null;
            }
            repositories.close();
            try {
                return Stores.backups(options.db()).restore(backup);
            } finally {
                repositories = Stores.open(options.db());
                backupSchedule = new BackupSchedule((H2Store) repositories, Stores.backups(options.db()));
                Platform.runLater(() -> showMainWindow(UiText.forSettings(settings)));
            }
        }
    }

    /** The search index beside the database, checked and caught up; without it the window only lacks search. */
    private void openSearch(Workspace workspace) {
        if (search != null) {
            search.close();
        }
        try {
            search = CorpusSearch.open(repositories, Stores.searchIndex(repositories));
            workspace.withSearch(search);
        } catch (RuntimeException e) {
            search = null;
        }
    }

    /** Claim matching in memory: filled from the database, off the window's thread, on the first proposal. */
    private void openClaimMatching(Workspace workspace) {
        if (claimMatching != null) {
            claimMatching.close();
        }
        claimMatching = new org.isnad.service.ClaimMatching(repositories, new org.isnad.search.LuceneClaimMatchIndex());
        workspace.withClaimMatching(claimMatching);
    }

    /** The backups as the window offers them (null when this application was given an open store), for tests. */
    Backups backups() {
        return backupSchedule == null ? null : new WindowBackups();
    }

    /** The window this application showed (null before start), for tests. */
    public MainWindow mainWindow() {
        return mainWindow;
    }

    @Override
    public void stop() {
        if (claimMatching != null) {
            claimMatching.close();
        }
        if (search != null) {
            search.close();
        }
        if (backupSchedule != null) {
            backupSchedule.close();
        }
        if (repositories != null) {
            repositories.close();
        }
    }
}
