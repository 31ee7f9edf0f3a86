package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.store.H2Store;
import org.isnad.ui.language.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Arabic (isnad.lang=ar, as ISNAD_LANG=ar does): an analyst asks for a link the
 * model has no type for, and the refusal in the status line is Arabic, not the English sentence.
 */
class ArabicWindowTest {
    @TempDir
    Path dir;
    H2Store store;
    Application app;
    final EditorRobot robot = new EditorRobot();

    @BeforeEach
    void startInArabic() throws TimeoutException {
        String fromEnvironment = System.getenv("ISNAD_LANG");
        assumeTrue(fromEnvironment == null || fromEnvironment.isBlank(), "ISNAD_LANG would override isnad.lang");
        System.setProperty("isnad.lang", "ar");
        store = H2Store.open(dir.resolve("isnad"));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        System.clearProperty("isnad.lang");
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    String statusMessage() {
        return new FxRobot().lookup(".status-message").queryAs(Label.class).getText();
    }

    @Test
    void aLinkTheModelCannotMakeIsRefusedInArabic() {
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, robot.view().getScene().getRoot().getNodeOrientation(),
                "the Arabic window is mirrored");
        String text = robot.view().getText();
        int speakerStart = text.indexOf("مارك كيميت");
        robot.select(speakerStart, speakerStart + "مارك كيميت".length());
        robot.type(KeyCode.S);
        int cueStart = text.lastIndexOf("قال", speakerStart);
        robot.select(cueStart, cueStart + "قال".length());
        robot.type(KeyCode.K);

        // link from the cue (selected after marking) to the speaker: no link type joins the two
        robot.type(KeyCode.L);
        robot.click(speakerStart + 2);

        String refusal = statusMessage();
        UiText arabic = new UiText(Locale.forLanguageTag("ar"));
        assertEquals(arabic.format("message.link.impossible", arabic.get("layer.cue"), arabic.get("layer.speaker")), refusal);
        assertTrue(refusal.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC), refusal);
        assertFalse(refusal.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c)), "no English in: " + refusal);
        String english = new UiText(Locale.ENGLISH).format("message.link.impossible", "cue", "speaker");
        assertFalse(refusal.contains("cannot be linked"), english + " / " + refusal);
        assertTrue(store.annotations().linksOf(store.annotations().setsOf(store.documents().summaries().get(0).id())
                .get(0).id()).isEmpty(), "nothing was linked");
    }
}
