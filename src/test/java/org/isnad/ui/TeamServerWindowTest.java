package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.DocumentSummary;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Repositories;
import org.isnad.service.TeamServer;
import org.isnad.store.FileUserSettings;
import org.isnad.store.PgTeamServer;
import org.isnad.store.ServerStore;
import org.isnad.testing.RealWindow;
import org.isnad.testing.SampleArticles;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a team server (a real PostgreSQL): File → Connect to a team server… refuses what it cannot use
 * with a message and connects to what it can, and another user's work appears without a restart.
 */
class TeamServerWindowTest extends RealWindow {
    private final FxRobot robot = new FxRobot();
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String salma = "salma_" + suffix;
    private final String khaled = "khaled_" + suffix;
    private final String password = "pw-" + suffix;
    private final FileUserSettings settings = new FileUserSettings(stores.dir().resolve("settings.properties"));

    private void team() {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(salma, TeamServer.Role.ANALYST, password.toCharArray());
            admin.addUser(khaled, TeamServer.Role.ANALYST, password.toCharArray());
        }
        settings.saveLanguage("en");
    }

    @AfterEach
    void dropUsers() throws SQLException {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            for (String user : List.of(salma, khaled)) {
                s.execute("DROP OWNED BY " + user);
                s.execute("DROP ROLE IF EXISTS " + user);
            }
        }
    }

    private Repositories as(String login) {
        return ServerStore.open(server.address(database, login), password);
    }

    private static String importArticle(Repositories store, String article, String user) {
        return new Library(store, Clock.systemUTC()).importFile(SampleArticles.bytes(article), SampleArticles.fileName(article),
                ImportOptions.none(), user).document().id();
    }

    private List<String> libraryIds(IsnadApp app) {
        return EditorRobot.fx(() -> app.mainWindow().library().documents().stream().map(DocumentSummary::id).toList());
    }

    private String problem() {
        return EditorRobot.fx(() -> WrappedText.textOf(robot.lookup("#serverProblem").queryAs(javafx.scene.text.TextFlow.class)));
    }

    private void connectWith(String address, String typedPassword) {
        robot.doubleClickOn("#serverAddress");
        EditorRobot.fx(() -> {
            robot.lookup("#serverAddress").queryTextInputControl().clear();
            robot.lookup("#serverPassword").queryTextInputControl().clear();
            return null;
        });
        robot.clickOn("#serverAddress").write(address);
        if (typedPassword != null) {
            robot.clickOn("#serverPassword").write(typedPassword);
        }
        robot.clickOn("#serverConnect");
    }

    @Test
    void theConnectDialogRefusesWhatItCannotUseAndSwitchesTheWindowToTheServer() throws Exception {
        team();
        String onServer;
        try (Repositories salmas = as(salma)) {
            onServer = importArticle(salmas, SampleArticles.AAWSAT, salma);
        }
        IsnadApp app = (IsnadApp) fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC()).withSettings(settings));
        List<String> local = libraryIds(app);
        assertFalse(local.contains(onServer), "the local database is shown first");

        robot.clickOn("File").clickOn("Connect to a team server…");
        WaitForAsyncUtils.waitForFxEvents();
        connectWith("http://team.example.org/isnad", null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> problem().contains("is not understood"));
        assertTrue(problem().contains("http://team.example.org/isnad"), problem());

        String address = server.address(database, salma).location();
        assertEquals(salma, EditorRobot.fx(() -> {
            robot.lookup("#serverAddress").queryTextInputControl().setText(address);
            return robot.lookup("#serverLogin").queryAs(Label.class).getText();
        }), "the login is read from the address");
        connectWith(address, "not-" + password);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problem().contains("refused the login"));
        assertEquals(List.of(), settings.serverAddress().stream().toList(), "nothing remembered yet");

        connectWith(address.replace("/" + database, "/no_such_database"), password);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problem().contains("no such database"));

        connectWith(address, password);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> libraryIds(app).equals(List.of(onServer)));
        assertEquals(Optional.of(address), settings.serverAddress(), "remembered for the next start");
        assertFalse(Files.readString(settings.file()).contains(password), "the password is not in the settings");
        String title = EditorRobot.fx(() -> ((Stage) robot.lookup(".menu-bar").query().getScene().getWindow()).getTitle());
        assertTrue(title.contains(address), title);
        assertTrue(EditorRobot.fx(() -> robot.lookup(".status-user").queryAs(Label.class).getText())
                .equals("Working: " + salma + " on " + address), "the acting user is the login");

        robot.clickOn("File").clickOn("Use the local database");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), settings.serverAddress(), "the next start opens the local database");
        assertFalse(libraryIds(app).contains(onServer));
    }

    @Test
    void anotherUsersImportAppearsInAWindowWithNoArticleOpen() throws Exception {
        team();
        try (Repositories salmas = as(salma)) {
            IsnadApp app = (IsnadApp) fx.startInFront(() -> new IsnadApp(as(khaled), "ignored", Clock.systemUTC())
                    .withSettings(settings));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.mainWindow() != null);
            assertEquals(List.of(), libraryIds(app));
            assertEquals(Optional.empty(), EditorRobot.fx(() -> app.mainWindow().openDocumentId()));
            Thread.sleep(700); // the window's listener has connected

            String first = importArticle(salmas, SampleArticles.ALHURRA, salma);
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> libraryIds(app).contains(first));
            Thread.sleep(300);
            String message = EditorRobot.fx(() -> app.mainWindow().editor().messageProperty().get());
            assertTrue(message == null || !message.contains("unexpected"), "no error in the status line: " + message);
        }
    }

    @Test
    void anotherUsersImportAndChangesAppearWithoutARestart() throws Exception {
        team();
        try (Repositories salmas = as(salma)) {
            String first = importArticle(salmas, SampleArticles.ALHURRA, salma);
            IsnadApp app = (IsnadApp) fx.startInFront(() -> new IsnadApp(as(khaled), "ignored", Clock.systemUTC())
                    .withSettings(settings));
            assertEquals(List.of(first), libraryIds(app));
            EditorRobot.fx(() -> {
                app.mainWindow().openDocument(first);
                return null;
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.mainWindow() != null);
            Thread.sleep(700); // the window's listener has connected

            long start = System.nanoTime();
            String second = importArticle(salmas, SampleArticles.OKAZ, salma);
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> libraryIds(app).contains(second));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(ms < 2_000, "Salma's import is in Khaled's library after " + ms + " ms");

            // Salma marks a speaker in the article Khaled has open: his window loads it again and says why
            String text = new Library(salmas, Clock.systemUTC()).document(first).orElseThrow().text();
            AnnotationSession session = AnnotationSession.open(salmas, first, salma, Clock.systemUTC());
            int at = text.indexOf("مارك");
            session.mark(Layer.SPEAKER, at, at + "مارك كيميت".length());
            WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> app.mainWindow().editor().messageProperty().get())
                    .contains("Another user changed this article"));
            assertEquals(Optional.of(first), EditorRobot.fx(() -> app.mainWindow().openDocumentId()), "the same article is open");
            assertEquals(khaled, EditorRobot.fx(() -> app.mainWindow().editor().session().orElseThrow().set().info().annotator()),
                    "Khaled still sees his own set, as the login he connected with");

            // Khaled's own login elsewhere (the command line, another desktop) imports an article: it appears too
            try (Repositories khaledsElsewhere = as(khaled)) {
                String third = importArticle(khaledsElsewhere, SampleArticles.SABQ, khaled);
                WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> libraryIds(app).contains(third));

                // and marks a speaker in his own set of the article open here: the window shows it
                AnnotationSession elsewhere = AnnotationSession.open(khaledsElsewhere, first, khaled, Clock.systemUTC());
                int kimmitt = text.indexOf("كيميت");
                Span marked = elsewhere.mark(Layer.SPEAKER, kimmitt, kimmitt + "كيميت".length());
                WaitForAsyncUtils.waitFor(2, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> app.mainWindow().editor().messageProperty().get())
                        .contains("changed as your login in another program"));
                assertTrue(EditorRobot.fx(() -> app.mainWindow().editor().session().orElseThrow().set().span(marked.id()).isPresent()),
                        "Khaled's mark made elsewhere is in the set shown");
            }
        }
    }
}
