package org.isnad.ui.editor;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.SampleArticles;
import org.isnad.text.Graphemes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Whole-word drags, Alt+drag letters, the line-wise keys over wrapped right-to-left paragraphs, and auto-scroll. */
@ExtendWith(FxToolkitExtension.class)
class DocumentViewWordsAndLinesTest {

    private static final String ARTICLE = SampleArticles.alhurra();

    private DocumentView view;
    private ViewPoints points;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new DocumentView();
        points = new ViewPoints(view);
        stage.setScene(new Scene(view, 760, 560));
        stage.show();
    }

    @BeforeEach
    void load() {
        fx(() -> {
            view.setText(ARTICLE);
            view.wholeWordsProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDragStartingAndEndingMidWordTakesWholeWordsAndAltDragTakesLetters(FxRobot robot) {
        int a = ARTICLE.indexOf("مارك كيميت");
        int b = ARTICLE.indexOf("كيميت", a) + "كيميت".length();
        points.show(a);
        ViewPoints.drag(robot, points.of(a + 2), points.of(b - 3));
        assertEquals(new TextRange(a, b), view.getSelection(), "whole «مارك كيميت»");
        ViewPoints.drag(robot, points.of(b - 3), points.of(a + 2));
        assertEquals(new TextRange(a, b), view.getSelection(), "the same backwards");

        robot.press(KeyCode.ALT);
        try {
            ViewPoints.drag(robot, points.of(a + 2), points.of(b - 3));
        } finally {
            robot.release(KeyCode.ALT);
        }
        assertEquals(new TextRange(a + 2, b - 2), view.getSelection(), "Alt+drag: just the letters dragged over");

        // the toolbar's toggle: letter-precise without Alt
        fx(() -> {
            view.wholeWordsProperty().set(false);
            return null;
        });
        ViewPoints.drag(robot, points.of(a + 1), points.of(a + 6));
        assertEquals(new TextRange(a + 1, a + 7), view.getSelection());
    }

    @Test
    void aLetterPreciseDragNeverCutsAnEmojiOrALetterFromItsHarakat(FxRobot robot) {
        String text = "قال المتحدث: «نحن 👍🏽 معكم حتى النهاية» وأضاف: «شُكْرًا 🇪🇬» للجميع.";
        fx(() -> {
            view.setText(text);
            view.wholeWordsProperty().set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        int thumb = text.indexOf("👍🏽");
        int mim = text.indexOf("معكم") + 1;
        ViewPoints.drag(robot, points.of(thumb), points.of(mim));
        TextRange forwards = view.getSelection();
        assertEquals(thumb, forwards.start(), "from the thumb's first unit");
        assertTrue(forwards.end() > thumb + "👍🏽".length() && Graphemes.isBoundary(text, forwards.end()), forwards.toString());
        int flag = text.indexOf("🇪🇬");
        int kaf = text.indexOf("شُكْرًا") + 2;
        ViewPoints.drag(robot, points.of(flag), points.of(kaf));
        TextRange backwards = view.getSelection();
        assertEquals(flag + "🇪🇬".length(), backwards.end(), "the whole flag, never one of its two letters");
        assertTrue(backwards.start() <= kaf && Graphemes.isBoundary(text, backwards.start()), backwards.toString());
        // the cluster rule itself, where a drag would land inside a pair or before a haraka
        assertEquals(thumb, Graphemes.floorBoundary(text, thumb + 2));
        assertEquals(kaf + 2, Graphemes.ceilBoundary(text, kaf + 1), "«كْ» with its sukun");
    }

    @Test
    void shiftClickExtendsToTheWholeWordAndCtrlShiftPTakesTheProcliticOff(FxRobot robot) {
        String w = "ومدى";
        int q = ARTICLE.indexOf(w);
        assertTrue(q >= 0, "the article has «ومدى»");
        int next = ARTICLE.indexOf(' ', q + w.length() + 1);
        points.show(q);
        robot.clickOn(points.of(q, 0.8), MouseButton.PRIMARY);
        assertEquals(q, view.getCaretOffset());
        robot.sleep(600);
        robot.press(KeyCode.SHIFT).clickOn(points.of(next - 2), MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertEquals(new TextRange(q, next), view.getSelection(), "to the end of the word clicked in");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(new TextRange(q + 1, next), view.getSelection(), "«و» taken off");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(new TextRange(q + 1, next), view.getSelection(), "«م» is no proclitic: nothing more comes off");
    }

    @Test
    void upAndDownMoveByVisualLineInAWrappedRightToLeftParagraph(FxRobot robot) {
        int pi = longestParagraph();
        TextParagraphs.Paragraph par = view.paragraphs().get(pi);
        int c = par.start() + par.length() / 3;
        points.show(c);
        robot.clickOn(points.of(c, 0.8), MouseButton.PRIMARY);
        assertEquals(c, view.getCaretOffset());
        double line = charBox(c).getHeight();

        robot.type(KeyCode.DOWN);
        int down = view.getCaretOffset();
        Bounds[] pair = boxes(c, down);
        assertOneLine(+1, line, pair, "one line lower");
        assertEquals(pair[0].getCenterX(), pair[1].getCenterX(), pair[0].getWidth() + pair[1].getWidth(), "keeps its place across the line");
        assertTrue(down > c && down < par.end(), "still in the paragraph, further in the text");

        robot.type(KeyCode.UP);
        assertEquals(0, boxes(c, view.getCaretOffset())[1].getMinY() - boxes(c, view.getCaretOffset())[0].getMinY(), 1, "back on the first line");
        robot.type(KeyCode.UP);
        int up = view.getCaretOffset();
        pair = boxes(c, up);
        assertOneLine(-1, line, pair, "one line higher");

        // Shift+Down extends from where the caret was
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).release(KeyCode.SHIFT);
        TextRange sel = view.getSelection();
        assertEquals(up, sel.start());
        pair = boxes(down, sel.end());
        assertEquals(0, pair[1].getMinY() - pair[0].getMinY(), 2, "two lines below the anchor's, where Down went before");

        // Home and End: this visual line's first and last characters
        robot.type(KeyCode.HOME);
        int home = view.getCaretOffset();
        pair = boxes(home - 1, home);
        assertOneLine(+1, line, pair, "the character before Home is on the line above");
        assertTrue(pair[1].getMaxX() > view.getWidth() - 80, "an Arabic line starts at the right");
        robot.type(KeyCode.END);
        int end = view.getCaretOffset();
        assertTrue(end > home);
        pair = boxes(home, end - 1);
        assertEquals(0, pair[1].getMinY() - pair[0].getMinY(), 1, "End stays on the line");
        pair = boxes(home, end + 1);
        assertOneLine(+1, line, pair, "after End comes the next line");

        // Ctrl+Home / Ctrl+End: the document's edges
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        assertEquals(ARTICLE.length(), view.getCaretOffset());
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        assertEquals(0, view.getCaretOffset());

        // Page Down moves a screenful of lines, into view
        robot.type(KeyCode.PAGE_DOWN);
        int paged = view.getCaretOffset();
        assertTrue(paged > 0);
        Bounds pb = charBox(paged);
        assertTrue(pb.getMinY() >= 0 && pb.getMaxY() <= view.getHeight(), "the caret is on screen");
        robot.type(KeyCode.PAGE_UP);
        assertTrue(view.getCaretOffset() < paged);
    }

    @Test
    void draggingPastTheBottomEdgeKeepsScrollingAndExtending(FxRobot robot) {
        int a = ARTICLE.indexOf("مارك كيميت");
        points.show(0);
        int firstVisible = fx(() -> view.visibleCells().get(0).block());
        int lastVisible = fx(() -> {
            List<ParagraphCell> cells = view.visibleCells();
            return cells.get(cells.size() - 1).block();
        });
        int start = view.blocks().get(firstVisible).start() + 2;
        Point2D from = points.of(start);
        Bounds viewOnScreen = fx(() -> view.localToScreen(view.getLayoutBounds()));
        robot.moveTo(from).press(MouseButton.PRIMARY);
        try {
            robot.moveTo(new Point2D(from.getX(), viewOnScreen.getMaxY() - 10));
            robot.moveTo(new Point2D(from.getX(), viewOnScreen.getMaxY() + 25));
            robot.sleep(1500); // the pointer rests below the view: the view goes on scrolling
            WaitForAsyncUtils.waitForFxEvents();
            int firstNow = fx(() -> view.visibleCells().get(0).block());
            assertTrue(firstNow > firstVisible, "scrolled down: first paragraph " + firstVisible + " → " + firstNow);
            int selectionEnd = view.getSelection().end();
            assertTrue(selectionEnd > view.blocks().get(lastVisible).end(),
                    "the selection followed past what was on screen at first: " + selectionEnd);
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        WaitForAsyncUtils.waitForFxEvents();
        int after = fx(() -> view.visibleCells().get(0).block());
        robot.sleep(300);
        assertEquals(after, (int) fx(() -> view.visibleCells().get(0).block()), "released: scrolling stops");
        assertTrue(a > 0);
    }

    // ---- helpers ----

    private int longestParagraph() {
        TextParagraphs ps = view.paragraphs();
        int best = 0;
        for (int i = 1; i < ps.size(); i++) {
            if (ps.get(i).length() > ps.get(best).length()) {
                best = i;
            }
        }
        assertTrue(ps.get(best).length() > 250, "a paragraph long enough to wrap several times");
        return best;
    }

    /** The second box is on the next line below (+1) or above (-1) the first: lines differ in height a little. */
    private static void assertOneLine(int dir, double line, Bounds[] pair, String what) {
        double dy = (pair[1].getMinY() - pair[0].getMinY()) * dir;
        assertTrue(dy > line * 0.5 && dy < line * 1.6, what + ": " + pair[0] + " → " + pair[1]);
    }

    /** The boxes of two nearby characters measured together, the view scrolled to the first. */
    private Bounds[] boxes(int a, int b) {
        return fx(() -> {
            view.scrollToOffset(a);
            view.layout();
            List<Bounds> ba = view.rangeBoxesInView(a, a + 1);
            List<Bounds> bb = view.rangeBoxesInView(b, b + 1);
            assertTrue(!ba.isEmpty() && !bb.isEmpty(), "characters " + a + " and " + b + " on screen");
            return new Bounds[] {ba.get(0), bb.get(0)};
        });
    }

    /** The box of one character in the view's coordinates, scrolled into view first. */
    private Bounds charBox(int offset) {
        return fx(() -> {
            view.scrollToOffset(offset);
            view.layout();
            List<Bounds> boxes = view.rangeBoxesInView(offset, offset + 1);
            assertTrue(!boxes.isEmpty(), "character " + offset + " on screen");
            return boxes.get(0);
        });
    }
}
