package org.isnad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.isnad.cli.GlobalOptions;
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
 * The window starts on the team server it was connected to when it was closed. When the password is known
 * (~/.pgpass here) it connects at once, off the window's thread, in the connect dialog, which shows that it is
 * connecting: the window answers meanwhile (it waited up to 5 s for a server that did not answer).
 */
class RememberedServerTest extends RealWindow {
    private final FxRobot robot = new FxRobot();
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String salma = "salma_" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = "pw-" + salma;
    private final FileUserSettings settings = new FileUserSettings(stores.dir().resolve("settings.properties"));
    private final String home = System.getProperty("user.home");

    @AfterEach
    void tearDown() throws Exception {
        System.setProperty("user.home", home);
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + salma + "'");
            s.execute("DROP OWNED BY " + salma);
            s.execute("DROP ROLE IF EXISTS " + salma);
        }
    }

    private String problem() {
        return robot.lookup("#serverProblem").queryAs(javafx.scene.text.TextFlow.class).getChildren().stream()
                .filter(javafx.scene.text.Text.class::isInstance).map(n -> ((javafx.scene.text.Text) n).getText())
                .collect(java.util.stream.Collectors.joining());
    }

    @Test
    void aRememberedServerWithAKnownPasswordIsConnectedOffTheWindowsThread() throws Exception {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(salma, TeamServer.Role.ANALYST, password.toCharArray());
        }
        String onServer;
        try (Repositories salmas = ServerStore.open(server.address(database, salma), password)) {
            onServer = new Library(salmas, Clock.systemUTC()).importFile(SampleArticles.bytes(SampleArticles.ALHURRA),
                    SampleArticles.fileName(SampleArticles.ALHURRA), ImportOptions.none(), salma).document().id();
        }
        settings.saveLanguage("en");
        // the remembered server takes connections but does not answer (yet); ~/.pgpass knows its password
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException closed) {
                    // the test closed it
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            String remembered = "postgresql://" + salma + "@127.0.0.1:" + silent.getLocalPort() + "/" + database;
            settings.saveServerAddress(Optional.of(remembered));
            Path userHome = stores.dir().resolve("home");
            Files.createDirectories(userHome);
            Path pgpass = userHome.resolve(".pgpass");
            Files.writeString(pgpass, "127.0.0.1:" + silent.getLocalPort() + ":" + database + ":" + salma + ":" + password + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            System.setProperty("user.home", userHome.toString());

            CompletableFuture<IsnadApp> started = CompletableFuture.supplyAsync(() -> {
                try {
                    return fx.start(() -> new IsnadApp(new GlobalOptions(null, null, List.of()), Clock.systemUTC()).withSettings(settings));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // the dialog says it is connecting, and the window's thread answers while the server is silent
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#serverProblem").queryAll().isEmpty()
                    && onFx(this::problem).contains("Connecting"));
            // what the user sees meanwhile, kept for a look (target/screenshots)
            onFx(() -> {
                javafx.scene.image.WritableImage image = robot.lookup("#serverProblem").query().getScene().snapshot(null);
                java.nio.file.Path png = java.nio.file.Path.of("target", "screenshots", "remembered-server-connecting-en.png");
                Files.createDirectories(png.getParent());
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
                return null;
            });
            long t0 = System.nanoTime();
            onFx(() -> null);
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) < 1_000, "the window's thread is free");
            assertFalse(started.isDone());
            for (Socket s : held) {
                s.close();
            }
            silent.close();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !onFx(this::problem).contains("Connecting"));

            // the silent server failed: the dialog says so, stays, and connects to the server that answers
            onFx(() -> {
                robot.lookup("#serverAddress").queryTextInputControl().setText(server.address(database, salma).location());
                return null;
            });
            robot.clickOn("#serverPassword").write(password);
            robot.clickOn("#serverConnect");
            IsnadApp app = started.get(20, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow() != null);
            assertEquals(List.of(onServer), onFx(() -> app.mainWindow().library().documents().stream()
                    .map(DocumentSummary::id).toList()));
            assertEquals(Optional.of(server.address(database, salma).location()), settings.serverAddress());
        }
    }

    /** Runs on the window's thread and waits at most 10 s for it. */
    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
