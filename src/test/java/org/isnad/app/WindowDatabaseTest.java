package org.isnad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.isnad.cli.GlobalOptions;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.service.Backup;
import org.isnad.service.DocumentSummary;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.ListeningSockets;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6, points 2 and 5, in the window: a database that cannot be opened (here: already open) is
 * a plain error dialog, never a stack trace; the window makes a backup when it opens its database and
 * goes back to one from File → Restore a backup…; and it opens no listening socket.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WindowDatabaseTest {
    @RegisterExtension
    final FxToolkitExtension fx = new FxToolkitExtension();
    @TempDir
    Path dir;
    IsnadApp app;

    static Document document(String title, String text) {
        return new Document(Ids.newId(), title, null, null, null, "ar", text, TextHash.sha256Hex(text),
                java.time.Instant.parse("2024-09-24T08:00:00Z"));
    }

    static Optional<DialogPane> dialog() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst();
    }

    @Test
    void aDatabaseOpenElsewhereIsAPlainDialogNotAStackTrace() throws Exception {
        Path db = dir.resolve("isnad");
        try (H2Store other = H2Store.open(db)) {
            Stage stage = fx.stage();
            IsnadApp failing = new IsnadApp(new GlobalOptions(db.toString(), "layla", List.of()), Clock.systemUTC());
            AtomicBoolean exited = new AtomicBoolean();
            failing.exit = () -> exited.set(true);
            Platform.runLater(() -> failing.start(stage));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog().isPresent());
            DialogPane pane = dialog().orElseThrow();
            String content = pane.getContentText();
            // shown through UiText.describe: a storage error without a Message yet is framed as unexpected
            assertTrue(content.contains("Isnad is already open with this database: " + other.location()), content);
            assertEquals("The database could not be opened", pane.getHeaderText());
            assertNull(pane.getExpandableContent(), "no details pane with a stack trace");
            assertFalse(content.contains("Exception") || content.contains("\tat "), content);
            assertFalse(exited.get(), "the program waits for the person to read it");
            WaitForAsyncUtils.asyncFx(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, exited::get);
            assertNull(failing.mainWindow(), "no window on a database that did not open");
        }
    }

    @Test
    void theWindowBacksUpAtStartAndRestoresABackupFromTheMenuService() throws Exception {
        Path db = dir.resolve("isnad");
        Document first = document("الأول", Kimmitt.SENTENCE);
        Document second = document("الثاني", Kimmitt.REUTERS);
        DatabaseBackups backups = DatabaseBackups.of(db);
        Backup withFirstOnly;
        try (H2Store store = H2Store.open(db)) {
            store.documents().add(first);
            withFirstOnly = backups.take(store);
            store.documents().add(second);
        }
        Set<String> before = Set.copyOf(backups.list().stream().map(Backup::name).toList());

        app = fx.start(() -> new IsnadApp(new GlobalOptions(db.toString(), "layla", List.of()), Clock.systemUTC()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> backups.list().size() > before.size());
        assertEquals(2, titles().size(), "both documents in the library");
        ListeningSockets.assertNone("self");
        // the search index opens after the window, off its thread, and joins it when ready
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, this::searchIsOpen);

        String said = WaitForAsyncUtils.asyncFx(() -> app.backups().restore(withFirstOnly)).get(60, TimeUnit.SECONDS).english();
        assertTrue(said.contains("before-restore"), said);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> titles().equals(List.of("الأول")));
        assertTrue(backups.list().stream().anyMatch(b -> b.name().endsWith("-before-restore.zip")), "a safety copy was kept");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, this::searchIsOpen);
    }

    private boolean searchIsOpen() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.mainWindow().corpusSearch().isPresent()).get(10, TimeUnit.SECONDS);
    }

    /** The library's titles in the window now showing (the restore replaces the window's content). */
    @SuppressWarnings("unchecked")
    private List<String> titles() {
        return new FxRobot().lookup(".library-table").tryQuery()
                .map(n -> ((TableView<DocumentSummary>) n).getItems().stream().map(DocumentSummary::title).toList())
                .orElse(List.of());
    }
}
