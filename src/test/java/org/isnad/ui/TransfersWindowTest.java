package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.isnad.app.IsnadApp;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Workspace;
import org.isnad.testing.RealWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Export and import from the real window: in the background, with the conflict question asked in a dialog. */
class TransfersWindowTest extends RealWindow {
    final Path dir = stores.dir();
    IsnadApp app;
    final FxRobot robot = new FxRobot();

    Optional<Button> keepBoth() {
        return robot.lookup(".dialog-pane .button").match((Button b) -> b.isVisible() && "Keep both".equals(b.getText()))
                .tryQuery();
    }

    String status() {
        return robot.lookup(".status-message").queryAs(Label.class).getText();
    }

    void waitForStatus(String contains) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().contains(contains));
        } catch (TimeoutException e) {
            throw new AssertionError("the status line never said «" + contains + "»; it says «" + status() + "»", e);
        }
    }

    @Test
    void exportABundleThenImportItBackAndKeepBothOnConflict() throws Exception {
        app = fx.start(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        String docId = store.documents().summaries().get(0).id();
        Workspace direct = new Workspace(store, Clock.systemUTC());
        AnnotationSession session = direct.open(docId, "layla");
        String text = session.document().text();
        int q = text.indexOf("لا أعتقد أن الانسحاب");
        session.mark(Layer.QUOTE, q, text.indexOf("”.", q));

        Path bundle = dir.resolve("out/work.isnad");
        Files.createDirectories(bundle.getParent());
        Transfers transfers = app.mainWindow().transfers().orElseThrow();
        EditorRobot.fx(() -> {
            transfers.export(List.of(), InterchangeFormat.ISNAD, bundle, false);
            return null;
        });
        waitForStatus("Exported");
        assertTrue(Files.exists(bundle));
        assertTrue(new BundleInterchange(() -> store, Clock.systemUTC()).verify(bundle).ok(), "the bundle verifies");

        // the stored set changes after the export: importing the bundle back is a conflict, and the window asks
        session.mark(Layer.CUE, text.indexOf("قال مارك"), text.indexOf(" مارك كيميت"));
        EditorRobot.fx(() -> {
            transfers.importFile(bundle, null);
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> keepBoth().isPresent());
        robot.clickOn(keepBoth().orElseThrow());
        waitForStatus("Imported");
        assertEquals(2, store.annotations().setsOf(docId).size(), "the bundle's version was added beside the stored one");
    }

    @Test
    void aDamagedBundleIsRefusedInPlainWordsAndNothingChanges() throws Exception {
        app = fx.start(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        Path bad = dir.resolve("bad.isnad");
        Files.writeString(bad, "this is not a zip");
        int documents = store.documents().count();
        Transfers transfers = app.mainWindow().transfers().orElseThrow();
        EditorRobot.fx(() -> {
            transfers.importFile(bad, null);
            return null;
        });
        waitForStatus("Nothing was imported");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").match(Node::isVisible).tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").match(Node::isVisible).queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getContentText().contains("bad.isnad"), "the message names the file: " + pane.getContentText());
        assertEquals(documents, store.documents().count());
    }
}
