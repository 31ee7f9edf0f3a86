package org.isnad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.isnad.service.DocumentSummary;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application headless on an empty database in a temporary folder. */
class AppStartsTest {
    @TempDir
    Path dir;
    H2Store store;
    Stage stage;
    javafx.application.Application app;

    @BeforeEach
    void start() throws TimeoutException {
        store = H2Store.open(dir.resolve("isnad"));
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensWithTheShippedSampleInTheLibrary() {
        FxRobot robot = new FxRobot();
        TableView<DocumentSummary> library = robot.lookup(".library-table").queryTableView();
        assertEquals(1, library.getItems().size());
        DocumentSummary sample = library.getItems().get(0);
        assertEquals("هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟", sample.title());
        assertEquals("d1118664c15e0e1bd6b8226a3b8d9e4fd8110a7e29be450912179ea766fdab01", sample.sha256());
        assertTrue(stage.isShowing());
        assertEquals(1, store.documents().count(), "the sample is stored");
    }
}
