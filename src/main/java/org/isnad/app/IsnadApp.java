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
import org.isnad.service.Workspace;
import org.isnad.store.FileUserSettings;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;
import org.isnad.ui.MainWindow;
import org.isnad.ui.ServerConnectDialog;
import org.isnad.ui.language.UiText;
import org.isnad.ui.review.ActingUser;
import org.isnad.ui.review.UserNameDialog;

/** The JavaFX application: opens the database, shows the main window, closes the database on exit. */
public final class IsnadApp extends Application {
    private static GlobalOptions launchOptions = new GlobalOptions(null, null, java.util.List.of());

    private Repositories repositories;
    private MainWindow mainWindow;
    private final WindowIndexes indexes = new WindowIndexes();
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
    /** The team server the window works on (connected from the window or remembered), null otherwise. */
    private String serverAddress;
    /** The local database's {@code --db} value (null: ISNAD_DB or the data folder's), for backups. */
    private String localDb;

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

    /** The database of the command line, opened while JavaFX starts (start-up time, issue 19). */
    private static java.util.concurrent.CompletableFuture<Repositories> opening;

    static void launchWindow(GlobalOptions options, java.nio.file.Path bundle) {
        launchOptions = options;
        launchBundle = bundle;
        if (!(namesNoDatabase(options) && FileUserSettings.inDataFolder().serverAddress().isPresent())) {
            opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> Stores.open(options.db()));
        }
        Application.launch(IsnadApp.class);
    }

    /** The window goes to the remembered team server: the local database opened early is closed again. */
    private static void discardEarlyOpen() {
        java.util.concurrent.CompletableFuture<Repositories> started = opening;
        opening = null;
        if (started != null) {
            try {
                started.join().close();
            } catch (java.util.concurrent.CompletionException e) {
                // it did not open: nothing to close
            }
        }
    }

    /** The database that {@link #launchWindow} began to open, else opened now; a failure as it was thrown. */
    private Repositories openStore() {
        java.util.concurrent.CompletableFuture<Repositories> started = opening;
        opening = null;
        if (started == null || options != launchOptions) {
            return Stores.open(options.db());
        }
        try {
            return started.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        UiText text = UiText.forSettings(settings);
        boolean ownStore = repositories == null;
        localDb = options.db();
        if (ownStore && namesNoDatabase(options) && settings.serverAddress().isPresent()) {
            discardEarlyOpen();
            startOnRememberedServer(text, settings.serverAddress().get());
            return;
        }
        try {
            if (ownStore) {
                repositories = openStore();
                keys = Stores.openKeys(null, options.db());
                if (Stores.server(options.db()).isPresent()) {
                    serverAddress = repositories.location();
                }
            }
        } catch (RuntimeException e) {
            cannotOpen(text, e);
            exit.run();
            return;
        }
        // a team server's database is backed up by its own administrators, not by each desktop
        if (ownStore && repositories instanceof H2Store h2 && h2.serverLogin().isEmpty()) {
            backupSchedule = new BackupSchedule(h2, Stores.backups(options.db()));
        }
        showMainWindow(text);
    }

    /** "Isnad is already open with this database: …", a damaged file, a read-only folder: a plain dialog, no stack trace. */
    private static void cannotOpen(UiText text, RuntimeException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text.describe(e));
        alert.setTitle(text.get("app.title"));
        alert.setHeaderText(text.get("error.database.open"));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.showAndWait();
    }

    private static boolean namesNoDatabase(GlobalOptions options) {
        String env = System.getenv("ISNAD_DB");
        return (options.db() == null || options.db().isBlank()) && (env == null || env.isBlank());
    }

    /**
     * The window connected to a team server when it was last closed: it connects again (off the window's thread,
     * in the connect dialog, which shows that it is connecting), asking for the password when PGPASSWORD and
     * ~/.pgpass give none, and saying what went wrong; Cancel opens the local database.
     */
    private void startOnRememberedServer(UiText text, String address) {
        WindowStores choice = stores();
        String problem = null;
        boolean known = false;
        try {
            known = choice.knowsPassword(address);
        } catch (RuntimeException e) {
            problem = text.describe(e);
        }
        ServerConnectDialog dialog = new ServerConnectDialog(text, null, choice);
        java.util.Optional<Runnable> connected = known ? dialog.connectAtOnce(address) : dialog.ask(address, problem);
        if (connected.isPresent()) {
            connected.get().run();
        } else {
            switchToLocal();
        }
    }

    private WindowStores stores() {
        return new WindowStores(this::switchTo, this::switchToLocal, () -> java.util.Optional.ofNullable(serverAddress));
    }

    /** The window goes over to a team server's store (opened and checked already), remembered for the next start. */
    private void switchTo(Repositories store, String address) {
        closeStore();
        repositories = store;
        serverAddress = address;
        keys = Stores.openKeys(null, address);
        remember(java.util.Optional.of(address));
        showMainWindow(UiText.forSettings(settings));
    }

    /** File → Use the local database: the local file is opened first, so a failure leaves the window where it was. */
    private void switchToLocal() {
        String db = Stores.localDb(options.db());
        UiText text = UiText.forSettings(settings);
        Repositories local;
        try {
            local = Stores.open(db);
        } catch (RuntimeException e) {
            cannotOpen(text, e);
            if (repositories == null) {
                exit.run();
            }
            return;
        }
        closeStore();
        repositories = local;
        serverAddress = null;
        localDb = db;
        keys = Stores.openKeys(null, db);
        if (local instanceof H2Store h2) {
            backupSchedule = new BackupSchedule(h2, Stores.backups(db));
        }
        remember(java.util.Optional.empty());
        showMainWindow(text);
    }

    private void remember(java.util.Optional<String> address) {
        try {
            settings.saveServerAddress(address);
        } catch (RuntimeException e) {
            // the window works all the same; only the next start will not know
            System.err.println("isnad: " + UiText.forSettings(settings).describe(e));
        }
    }

    private void closeStore() {
        if (mainWindow != null) {
            mainWindow.stopFollowing();
        }
        indexes.close();
        if (backupSchedule != null) {
            backupSchedule.close();
            backupSchedule = null;
        }
        if (repositories != null) {
            repositories.close();
            repositories = null;
        }
    }

    private void showMainWindow(UiText text) {
        // on a team server the database login acts; else --as, ISNAD_USER, the saved name, else asked once (and saved)
        String user = repositories.serverLogin().orElseGet(() -> userOverride != null ? userOverride
                : ActingUser.resolve(options.user(), System.getenv(), settings, proposed -> new UserNameDialog(text).ask(proposed),
                System.getProperty("user.name")));
        if (mainWindow != null) {
            mainWindow.stopFollowing();
        }
        Workspace workspace = new Workspace(repositories, clock, BundleInterchange::new, keys, backupTaker());
        indexes.attach(workspace, repositories, userOverride == null);
        if (repositories.serverLogin().isEmpty()) {
            // a team's corpus is the team's: no sample is added to it
            SampleArticle.importIfEmpty(workspace.library(), user);
        }
        mainWindow = new MainWindow(stage, text, workspace, user);
        mainWindow.offerStores(stores());
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
            return Stores.backups(localDb).list();
        }

        @Override
        public Message restore(Backup backup) {
            backupSchedule.close();
            indexes.close();
            repositories.close();
            try {
                return Stores.backups(localDb).restore(backup);
            } finally {
                repositories = Stores.open(localDb);
                backupSchedule = new BackupSchedule((H2Store) repositories, Stores.backups(localDb));
                Platform.runLater(() -> showMainWindow(UiText.forSettings(settings)));
            }
        }
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
        indexes.close();
        if (backupSchedule != null) {
            backupSchedule.close();
        }
        if (repositories != null) {
            repositories.close();
        }
    }
}
