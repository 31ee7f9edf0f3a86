package org.isnad.ui.editor;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.isnad.testing.FxToolkitExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An article that is one 200 KB paragraph: shown at once in display chunks, a drag across a chunk boundary
 * selects exact offsets, a highlight across it is drawn on both sides, and no line is clipped at either edge.
 */
@ExtendWith(FxToolkitExtension.class)
class LongParagraphViewTest {

    private static final String ARTICLE = SampleParagraphs.oneParagraphArticle(200_000);

    private DocumentView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        view = new DocumentView();
        scene = new Scene(view, 760, 560);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void dragAcrossAChunkBoundaryOfAOneParagraphArticle(FxRobot robot) {
        assertTrue(ARTICLE.indexOf('\n') < 0);
        long nanos = fx(() -> {
            long t0 = System.nanoTime();
            view.setText(ARTICLE);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return System.nanoTime() - t0;
        });
        System.out.printf("one-paragraph article of %,d chars: first layout %.0f ms, %d chunks%n",
                ARTICLE.length(), nanos / 1e6, fx(() -> view.blocks().size()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fx(() -> view.paragraphs().size()));
        assertTrue(fx(() -> view.blocks().size()) > 100);
        assertTrue(fx(() -> view.createdParagraphFlows()) < 40, "only the visible chunks get a flow");

        // the cut between chunks 2 and 3, in the middle of the view
        int cut = fx(() -> view.blocks().get(3).start());
        // from the last word before the cut to the second word after it
        int start = ARTICLE.lastIndexOf(' ', cut - 2) + 1;
        fx(() -> {
            view.scrollToOffset(cut);
            view.scrollToOffset(start);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int afterFirst = ARTICLE.indexOf(' ', cut) + 1;
        int end = ARTICLE.indexOf(' ', afterFirst);
        Point2D from = screenPointOf(start);
        Point2D to = screenPointOf(end - 1);
        assertTrue(to.getY() > from.getY() + 5, "the next chunk is below");
        drag(robot, from, to);
        assertEquals(new TextRange(start, end), view.getSelection());
        assertEquals(ARTICLE.substring(start, end), fx(() -> view.getText().substring(view.getSelection().start(), view.getSelection().end())));
        drag(robot, to, from);
        assertEquals(new TextRange(start, end), view.getSelection());

        // a highlight over the cut is drawn in both chunks, on the same offsets
        fx(() -> {
            view.setHighlights(HighlightOwner.ANNOTATIONS, List.of(new Highlight("q", Highlight.QUOTE, start, end)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fx(() -> view.cellOf(2).flow().getDecorations().marks().size()));
        assertEquals(1, fx(() -> view.cellOf(3).flow().getDecorations().marks().size()));
        ParagraphFlow.Mark before = fx(() -> view.cellOf(2).flow().getDecorations().marks().get(0));
        ParagraphFlow.Mark after = fx(() -> view.cellOf(3).flow().getDecorations().marks().get(0));
        int c2 = fx(() -> view.blocks().get(2).start());
        assertEquals(start, c2 + before.start());
        assertEquals(cut, c2 + before.end());
        assertEquals(0, after.start());
        assertEquals(end, cut + after.end());
        assertEquals(2, fx(() -> view.rangeBoxesInView(start, end).size()), "one box on each side of the cut");

        // nothing is clipped: every word of every visible chunk lies inside the view, left and right
        fx(() -> {
            Bounds viewBounds = view.localToScreen(view.getLayoutBounds());
            for (ParagraphCell c : view.visibleCells()) {
                for (Node n : c.flow().textFlow().getChildren()) {
                    Bounds b = n.localToScreen(n.getBoundsInLocal());
                    assertTrue(b.getMinX() >= viewBounds.getMinX() && b.getMaxX() <= viewBounds.getMaxX(),
                            "word " + b + " inside " + viewBounds);
                }
            }
            return null;
        });
    }

    private static void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screenPointOf(int offset) {
        return fx(() -> {
            int b = view.blocks().caretBlockOf(offset);
            ParagraphCell cell = view.cellOf(b);
            assertNotNull(cell, "chunk " + b + " on screen");
            int local = offset - view.blocks().get(b).start();
            Bounds box = RtlTextGeometry.rangeBoxes(cell.flow().textFlow(), local, local + 1).get(0);
            return cell.flow().textFlow().localToScreen(box.getCenterX(), box.getCenterY());
        });
    }
}
