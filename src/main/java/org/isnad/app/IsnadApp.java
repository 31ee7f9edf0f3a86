package org.isnad.app;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.isnad.bundle.BundleInterchange;
import org.isnad.cli.GlobalOptions;
import org.isnad.service.Repositories;
import org.isnad.service.SigningKeys;
import org.isnad.service.StorageException;
import org.isnad.service.Workspace;
import org.isnad.store.FileUserSettings;
import org.isnad.ui.MainWindow;
import org.isnad.ui.UiText;
import org.isnad.ui.review.ActingUser;
import org.isnad.ui.review.UserNameDialog;

/** The JavaFX application: opens the database, shows the main window, closes the database on exit. */
public final class IsnadApp extends Application {
    private static GlobalOptions launchOptions = new GlobalOptions(null, null, java.util.List.of());

    private Repositories repositories;
    private MainWindow mainWindow;
    private final String userOverride;
    private final Clock clock;
    private SigningKeys keys;

    /** Used by {@link Application#launch}: options come from the command line. */
    public IsnadApp() {
        this(null, null, Clock.systemUTC());
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

    static void launchWindow(GlobalOptions options) {
        launchOptions = options;
        Application.launch(IsnadApp.class);
    }

    @Override
    public void start(Stage stage) {
        UiText text = UiText.forDefaultLocale();
        try {
            if (repositories == null) {
                repositories = Stores.open(launchOptions.db());
                keys = Stores.openKeys(null, launchOptions.db());
            }
        } catch (StorageException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setTitle(text.get("app.title"));
            alert.setHeaderText(text.get("error.database.open"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        // --as, ISNAD_USER, the name saved in the user's settings, else asked once (and saved)
        String user = userOverride != null ? userOverride : ActingUser.resolve(launchOptions.user(), System.getenv(),
                FileUserSettings.inDataFolder(), proposed -> new UserNameDialog(text).ask(proposed),
                System.getProperty("user.name"));
        Workspace workspace = new Workspace(repositories, clock, BundleInterchange::new, keys);
        SampleArticle.importIfEmpty(workspace.library(), user);
        mainWindow = new MainWindow(stage, text, workspace, user);
        mainWindow.show();
    }

    /** The window this application showed (null before start), for tests. */
    public MainWindow mainWindow() {
        return mainWindow;
    }

    @Override
    public void stop() {
        if (repositories != null) {
            repositories.close();
        }
    }
}
