package org.isnad.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.RealWindow;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.HighlightOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Shift+F in the real window: a corpus query typed, a hit opened, the document scrolled to it and the hit marked. */
class CorpusSearchWindowTest extends RealWindow {
    static final String FILLER = "فقرة تمهيدية عن أحوال الطقس والأسواق في المنطقة.\n\n";
    static final String ARTICLE = FILLER.repeat(60) + "وقال المتحدث إن الأمن مستتب وإن الأجهزة الأمنية تعمل.\n";
    IsnadApp app;
    final FxRobot robot = new FxRobot();
    String docId;

    @BeforeEach
    void start() throws Exception {
        docId = new Library(store, Clock.systemUTC()).importText(ARTICLE, "test",
                new ImportOptions("الأمن في العاصمة", null, "الجزيرة", null), "layla").document().id();
        app = fx.start(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
    }

    static String summary(CorpusSearchWindow window) {
        return ((Label) window.pane().lookup(".corpus-search-summary")).getText();
    }

    @Test
    void aCorpusQueryOpensTheDocumentScrolledToTheMarkedHit() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        CorpusSearchWindow window = FxToolkitExtension.fx(() -> app.mainWindow().corpusSearch().orElseThrow());
        assertTrue(FxToolkitExtension.fx(() -> window.stage().isShowing()), "Ctrl+Shift+F shows the corpus search");
        FxToolkitExtension.fx(() -> {
            window.pane().field().requestFocus();
            return null;
        });
        // the robot's keyboard has no Arabic layout: the letters arrive as the key-typed events a keyboard sends
        FxToolkitExtension.fx(() -> {
            for (char c : "الامن".toCharArray()) {
                javafx.event.Event.fireEvent(window.pane().field(), new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
            }
            return null;
        });
        robot.type(KeyCode.ENTER);
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxToolkitExtension.fx(() -> summary(window).startsWith("2 hits")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("typed «" + FxToolkitExtension.fx(() -> window.pane().field().getText()) + "», summary «"
                    + FxToolkitExtension.fx(() -> summary(window)) + "»", e);
        }
        @SuppressWarnings("unchecked")
        ListView<SearchRow> results = (ListView<SearchRow>) FxToolkitExtension.fx(() -> window.pane().lookup(".corpus-search-results"));
        assertEquals(3, FxToolkitExtension.fx(() -> results.getItems().size()), "one heading and two hits");
        WaitForAsyncUtils.waitForFxEvents();
        // key word in context: each match is drawn in the middle of its line, so the hits line up
        List<Double> middles = FxToolkitExtension.fx(() -> results.lookupAll(".search-match").stream()
                .filter(javafx.scene.Node::isVisible)
                .map(n -> (n.localToScene(n.getLayoutBounds()).getCenterX() - results.localToScene(results.getLayoutBounds()).getMinX())
                        / results.getWidth())
                .toList());
        assertEquals(2, middles.size(), "two lines with a match");
        for (double middle : middles) {
            assertTrue(middle > 0.35 && middle < 0.65, "the match is centred: " + middles);
        }
        FxToolkitExtension.fx(() -> {
            results.requestFocus();
            return null;
        });
        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();

        int start = ARTICLE.indexOf("الأمن");
        List<Highlight> marked = FxToolkitExtension.fx(() -> app.mainWindow().documentView().getHighlights(HighlightOwner.SEARCH_HITS));
        assertEquals(List.of(new Highlight("search-hit", "search-hit", start, start + "الأمن".length())), marked);
        assertEquals(docId, FxToolkitExtension.fx(() -> app.mainWindow().editor().session().orElseThrow().document().id()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> FxToolkitExtension.fx(() ->
                app.mainWindow().documentView().rangeBoundsInView(start, start + 5).isPresent()));

        robot.type(KeyCode.F3);
        WaitForAsyncUtils.waitForFxEvents();
        int second = ARTICLE.indexOf("الأمنية");
        assertEquals(second, FxToolkitExtension.fx(() ->
                app.mainWindow().documentView().getHighlights(HighlightOwner.SEARCH_HITS).get(0).start()), "F3 steps to the next hit");

        FxToolkitExtension.fx(() -> {
            app.mainWindow().documentView().getScene().getWindow().requestFocus();
            app.mainWindow().documentView().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Find in this article", FxToolkitExtension.fx(() -> window.stage().getTitle()), "Ctrl+F finds in the open article");
    }
}
