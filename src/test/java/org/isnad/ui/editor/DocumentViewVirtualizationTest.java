package org.isnad.ui.editor;

import org.isnad.ui.editor.HighlightOwner;
import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.isnad.testing.FxToolkitExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A 1 MB article: only the visible paragraphs get a flow, and scrolling to the end works. Timings are printed, not asserted. */
@ExtendWith(FxToolkitExtension.class)
class DocumentViewVirtualizationTest {

    private DocumentView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new DocumentView();
        scene = new Scene(view, 900, 700);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void oneMegabyteArticleLaysOutOnlyVisibleParagraphs() {
        String text = SampleParagraphs.repeatedArticle(1_000_000);
        assertTrue(text.length() > 1_000_000);
        long firstLayoutNanos = fx(() -> {
            long t0 = System.nanoTime();
            view.setText(text);
            view.setHighlights(HighlightOwner.ANNOTATIONS, List.of(new Highlight("h1", Highlight.QUOTE, 10, 40),
                    new Highlight("h2", Highlight.CLAIM, text.length() - 30, text.length() - 5)));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return System.nanoTime() - t0;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int paragraphs = fx(() -> view.paragraphs().size());
        int flows = fx(() -> view.createdParagraphFlows());
        int inScene = fx(() -> view.lookupAll(".paragraph-flow").size());
        System.out.printf("1 MB article: %,d chars, %,d paragraphs; first layout (setText + applyCss + layout on the FX thread) %.1f ms; "
                + "%d paragraph flows created, %d in the scene graph%n", text.length(), paragraphs, firstLayoutNanos / 1e6, flows, inScene);
        assertTrue(paragraphs > 2000, "many paragraphs: " + paragraphs);
        assertTrue(flows < 100, "only visible paragraphs get a flow: " + flows);
        assertTrue(inScene < 100, "scene holds few flows: " + inScene);
        assertTrue(fx(() -> view.visibleCells().size()) > 2);

        long scrollNanos = fx(() -> {
            long t0 = System.nanoTime();
            view.scrollToOffset(text.length() - 1);
            scene.getRoot().layout();
            return System.nanoTime() - t0;
        });
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("scrollToOffset(end): %.1f ms%n", scrollNanos / 1e6);
        int last = paragraphs - 1;
        assertNotNull(fx(() -> view.cellOf(last)), "last paragraph on screen");
        assertTrue(fx(() -> view.rangeBoundsInView(text.length() - 30, text.length() - 5)).isPresent(), "end of text visible");
        assertEquals(last, (int) fx(() -> view.cellOf(last).flow().getDecorations().marks().isEmpty() ? -1 : last));
        assertTrue(fx(() -> view.createdParagraphFlows()) < 100, "still few flows after scrolling");

        long midNanos = fx(() -> {
            long t0 = System.nanoTime();
            view.scrollToOffset(text.length() / 2);
            scene.getRoot().layout();
            return System.nanoTime() - t0;
        });
        WaitForAsyncUtils.waitForFxEvents();
        System.out.printf("scrollToOffset(middle): %.1f ms%n", midNanos / 1e6);
        int mid = fx(() -> view.paragraphs().caretIndexOf(text.length() / 2));
        assertNotNull(fx(() -> view.cellOf(mid)));
    }
}
