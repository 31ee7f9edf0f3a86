package org.isnad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import javafx.scene.control.TableView;
import org.isnad.service.DocumentSummary;
import org.isnad.testing.RealWindow;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Starts the real application headless on an empty database in a temporary folder. */
class AppStartsTest extends RealWindow {
    @BeforeEach
    void start() throws Exception {
        fx.start(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
    }

    @Test
    void theWindowOpensWithTheShippedSampleInTheLibrary() {
        FxRobot robot = new FxRobot();
        TableView<DocumentSummary> library = robot.lookup(".library-table").queryTableView();
        assertEquals(1, library.getItems().size());
        DocumentSummary sample = library.getItems().get(0);
        assertEquals(SampleArticles.ALHURRA_TITLE, sample.title());
        assertEquals(SampleArticles.ALHURRA_SHA256, sample.sha256());
        assertTrue(fx.stage().isShowing());
        assertEquals(1, store.documents().count(), "the sample is stored");
    }
}
