package org.isnad.ui.editor;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.isnad.app.IsnadApp;
import org.isnad.testing.RealWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+= and Ctrl+- in the real window: the article's text grows and shrinks, and a highlight stays on its words. */
class TextSizeWindowTest extends RealWindow {

    private DocumentView view;

    @Test
    void ctrlEqualsAndCtrlMinusResizeTheTextAndHighlightsFollow() throws Exception {
        Application app = fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        view = fx(() -> ((IsnadApp) app).mainWindow().documentView());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> view.getText().contains("مارك كيميت")));
        String text = fx(view::getText);
        int a = text.indexOf("مارك كيميت");
        int b = a + "مارك كيميت".length();
        fx(() -> {
            view.setHighlights(HighlightOwner.SEARCH_HITS, List.of(new Highlight("h", Highlight.QUOTE, a, b)));
            view.scrollToOffset(a);
            view.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20.0, fontSizeAt(a), 0.01);
        assertHighlightOnItsWords(a, b);
        double heightBefore = fx(() -> view.cellOf(view.blocks().caretBlockOf(a)).getHeight());

        FxRobot robot = new FxRobot();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(120, (int) fx(() -> view.textSize().percent()));
        fx(() -> {
            view.scrollToOffset(a);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(24.0, fontSizeAt(a), 0.01);
        assertHighlightOnItsWords(a, b);
        double heightAfter = fx(() -> view.cellOf(view.blocks().caretBlockOf(a)).getHeight());
        assertTrue(heightAfter > heightBefore * 1.1, "the paragraph is taller: " + heightBefore + " → " + heightAfter);

        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(80, (int) fx(() -> view.textSize().percent()));
        fx(() -> {
            view.scrollToOffset(a);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(16.0, fontSizeAt(a), 0.01);
        assertHighlightOnItsWords(a, b);
        // 70 % is the least
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TextSize.MIN, (int) fx(() -> view.textSize().percent()));
    }

    private double fontSizeAt(int offset) {
        return fx(() -> {
            ParagraphCell cell = view.cellOf(view.blocks().caretBlockOf(offset));
            assertNotNull(cell);
            return ((Text) cell.flow().textFlow().getChildren().get(0)).getFont().getSize();
        });
    }

    /** The drawn highlight lies over the Text nodes of the two words and spans them. */
    private void assertHighlightOnItsWords(int a, int b) {
        fx(() -> {
            ParagraphCell cell = view.cellOf(view.blocks().caretBlockOf(a));
            Node r = cell.flow().lookup(".layer-quote");
            assertNotNull(r, "the highlight is drawn");
            Bounds drawn = r.localToScreen(r.getBoundsInLocal());
            int local = a - view.blocks().get(cell.block()).start();
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            int pos = 0;
            for (Node n : cell.flow().textFlow().getChildren()) {
                Text t = (Text) n;
                if (pos >= local && pos < local + (b - a)) {
                    Bounds tb = t.localToScreen(t.getBoundsInLocal());
                    minX = Math.min(minX, tb.getMinX());
                    maxX = Math.max(maxX, tb.getMaxX());
                }
                pos += t.getText().length();
            }
            Bounds words = new BoundingBox(minX, 0, maxX - minX, 1);
            assertTrue(drawn.getMinX() >= words.getMinX() - 1 && drawn.getMaxX() <= words.getMaxX() + 1,
                    "highlight " + drawn + " over the words " + words);
            assertTrue(drawn.getWidth() > words.getWidth() * 0.8, "highlight spans the words (minus a trailing space)");
            return null;
        });
    }
}
