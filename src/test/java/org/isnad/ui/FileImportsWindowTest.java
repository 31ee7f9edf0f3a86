package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.isnad.app.IsnadApp;
import org.isnad.testing.RealWindow;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Text articles into the real window: files (as from the chooser or dropped) and pasted text. */
class FileImportsWindowTest extends RealWindow {
    final Path dir = stores.dir();
    IsnadApp app;
    final FxRobot robot = new FxRobot();

    @BeforeEach
    void start() throws Exception {
        app = fx.start(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
    }

    String status() {
        return robot.lookup(".status-message").queryAs(Label.class).getText();
    }

    String openTitle() {
        return EditorRobot.fx(() -> app.mainWindow().editor().session().orElseThrow().document().title());
    }

    @Test
    void importedFilesAreStoredInTheBackgroundAndTheFirstIsOpened() throws Exception {
        Path article = dir.resolve("oman.txt");
        Files.write(article, SampleArticles.withBomAndCrlf(SampleArticles.ALEQT));
        Path broken = Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0xD9, (byte) 0x82, (byte) 0xFF});
        EditorRobot.fx(() -> {
            app.mainWindow().fileImports().importFiles(List.of(article, broken));
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().contains("Imported 1"));
        assertEquals(2, store.documents().count(), "the sample and the article; the broken file added nothing");
        // its first line is too long for a headline, so the file name is the title
        assertEquals("oman.txt", openTitle());
        assertTrue(EditorRobot.fx(() -> app.mainWindow().editor().session().orElseThrow().document().text())
                .startsWith("أمر أكبر منتج للنفط العماني"), "the imported article is the one opened");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        String refusal = robot.lookup(".dialog-pane").match(javafx.scene.Node::isVisible)
                .queryAs(javafx.scene.control.DialogPane.class).getContentText();
        assertTrue(refusal.contains("broken.txt") && refusal.contains("byte 2"), refusal);
    }

    @Test
    void pastedTextBecomesADocument() throws Exception {
        String pasted = "قال المتحدث باسم الوزارة إن “الاجتماع انتهى دون اتفاق”.\r\n\r\nوأضاف: “سنعود إلى الطاولة الأسبوع المقبل”.";
        EditorRobot.fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
            app.mainWindow().fileImports().pasteDocument();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("New document made from the clipboard.", status());
        assertEquals(2, store.documents().count());
        assertEquals(pasted.replace("\r\n", "\n"),
                EditorRobot.fx(() -> app.mainWindow().editor().session().orElseThrow().document().text()));
    }
}
