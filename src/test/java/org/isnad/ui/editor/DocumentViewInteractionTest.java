package org.isnad.ui.editor;

import org.isnad.ui.editor.HighlightOwner;
import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a real {@link DocumentView} window with the TestFX robot: drags, double-clicks, shift+click, keys, highlight clicks. */
@ExtendWith(FxToolkitExtension.class)
class DocumentViewInteractionTest {

    private static final String ARTICLE = SampleArticles.alhurra();

    private DocumentView view;
    private ViewPoints points;

    @Start
    void start(Stage stage) {
        view = new DocumentView();
        points = new ViewPoints(view);
        stage.setScene(new Scene(view, 760, 560));
        stage.show();
    }

    @BeforeEach
    void load() {
        fx(() -> {
            view.wholeWordsProperty().set(true);
            view.setText(ARTICLE);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- drags ----

    @Test
    void dragFromFirstLetterToLastLetterOfAnotherWordBothDirections(FxRobot robot) {
        int a = ARTICLE.indexOf("مارك كيميت");
        int b = ARTICLE.indexOf("كيميت", a) + "كيميت".length();
        points.show(a);
        // the first letter of «مارك» is right of the last letter of «كيميت»: a right-to-left drag on screen
        Point2D first = points.of(a);
        Point2D last = points.of(b - 1);
        assertTrue(first.getX() > last.getX(), "RTL: logical start is on the right");
        ViewPoints.drag(robot, first, last);
        assertEquals(new TextRange(a, b), view.getSelection());

        robot.clickOn(points.of(a + 30), MouseButton.PRIMARY);
        assertTrue(view.getSelection().isEmpty());
        // left-to-right: from the last letter back to the first gives the same range
        ViewPoints.drag(robot, last, first);
        assertEquals(new TextRange(a, b), view.getSelection());
    }

    @Test
    void dragAcrossALineWrapAndAcrossParagraphs(FxRobot robot) {
        int p = ARTICLE.indexOf("في المقابل، قال مارك");
        points.show(p);
        // find two words on consecutive lines of the same paragraph
        TextParagraphs ps = view.paragraphs();
        int pi = ps.indexOf(p);
        int pStart = ps.get(pi).start();
        List<TextParagraphs.Token> tokens = TextParagraphs.tokens(ps.paragraphText(pi));
        int wrapAt = -1;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (points.of(pStart + tokens.get(i + 1).start()).getY() > points.of(pStart + tokens.get(i).start()).getY() + 5) {
                wrapAt = i;
                break;
            }
        }
        assertTrue(wrapAt > 0, "the paragraph wraps");
        int start = pStart + tokens.get(wrapAt - 1).start();
        int end = pStart + wordEnd(ps.paragraphText(pi), tokens.get(wrapAt + 1));
        Point2D from = points.of(start);
        Point2D to = points.of(end - 1);
        assertTrue(to.getY() > from.getY() + 5, "target on the next line");
        ViewPoints.drag(robot, from, to);
        assertEquals(new TextRange(start, end), view.getSelection());
        ViewPoints.drag(robot, to, from);
        assertEquals(new TextRange(start, end), view.getSelection());

        // from the last word of this paragraph into the first word of the next one
        TextParagraphs.Paragraph next = ps.get(pi + 1);
        String nextText = ps.paragraphText(pi + 1);
        int lastWord = ps.get(pi).start() + tokens.get(tokens.size() - 1).start();
        int nextEnd = next.start() + wordEnd(nextText, TextParagraphs.tokens(nextText).get(0));
        ViewPoints.drag(robot, points.of(lastWord), points.of(nextEnd - 1));
        assertEquals(new TextRange(lastWord, nextEnd), view.getSelection());
    }

    @Test
    void doubleClickSelectsTheWordWithoutItsSpace(FxRobot robot) {
        int a = ARTICLE.indexOf("بلومبيرغ");
        points.show(a);
        robot.moveTo(points.of(a + 3)).doubleClickOn(MouseButton.PRIMARY);
        // the word token is «“بلومبيرغ”» with its curly quotes
        int s = ARTICLE.lastIndexOf(' ', a) + 1;
        int e = ARTICLE.indexOf(' ', a);
        assertEquals(new TextRange(s, e), view.getSelection());
        assertEquals("“بلومبيرغ”", ARTICLE.substring(s, e));
    }

    @Test
    void shiftClickExtendsAndShiftArrowsMoveInLogicalOrder(FxRobot robot) {
        int a = ARTICLE.indexOf("لم تنته المحادثات");
        fx(() -> {
            view.wholeWordsProperty().set(false); // letter-precise, as with the toolbar's toggle
            return null;
        });
        points.show(a);
        robot.clickOn(points.of(a, 0.8), MouseButton.PRIMARY);
        assertEquals(new TextRange(a, a), view.getSelection(), "a click on the right part of the first letter puts the caret before it");
        robot.sleep(800); // not a double-click
        robot.clickOn(points.of(a, 0.2), MouseButton.PRIMARY);
        assertEquals(new TextRange(a + 1, a + 1), view.getSelection(), "a click on its left part puts the caret after it");
        int word2End = a + "لم تنته".length();
        robot.sleep(800);
        robot.press(KeyCode.SHIFT).clickOn(points.of(word2End - 1), MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertEquals(new TextRange(a + 1, word2End), view.getSelection());

        // Shift+Left moves the selection's focus forward (higher offset) in RTL, Shift+Right back
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(new TextRange(a + 1, word2End + 1), view.getSelection());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 2).release(KeyCode.SHIFT);
        assertEquals(new TextRange(a + 1, word2End - 1), view.getSelection());

        // plain arrows move a caret; Left collapses forward
        robot.type(KeyCode.LEFT);
        assertEquals(new TextRange(word2End - 1, word2End - 1), view.getSelection());
        robot.type(KeyCode.LEFT);
        assertEquals(word2End, view.getCaretOffset());
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(word2End - 3, view.getCaretOffset());

        // Shift+End / Shift+Home select to the ends of the visual line (here the paragraph's first line)
        TextParagraphs.Paragraph par = view.paragraphs().get(view.paragraphs().indexOf(a));
        robot.press(KeyCode.SHIFT).type(KeyCode.END).release(KeyCode.SHIFT);
        int lineEnd = view.getSelection().end();
        assertEquals(word2End - 3, view.getSelection().start());
        assertTrue(lineEnd > word2End && lineEnd <= par.end(), "to the end of the line: " + lineEnd);
        robot.press(KeyCode.SHIFT).type(KeyCode.HOME).release(KeyCode.SHIFT);
        assertEquals(new TextRange(par.start(), word2End - 3), view.getSelection());

        // moving forward past the paragraph end lands at the next paragraph's start
        fx(() -> {
            view.select(par.end(), par.end());
            return null;
        });
        robot.type(KeyCode.LEFT);
        assertEquals(view.paragraphs().get(par.index() + 1).start(), view.getCaretOffset());
    }

    // ---- highlights ----

    @Test
    void clickSelectsTheInnermostHighlightAndOutlinesIt(FxRobot robot) {
        int q = ARTICLE.indexOf("لا أعتقد");
        int qe = ARTICLE.indexOf("”", q);
        String claimText = "الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني";
        int c = ARTICLE.indexOf(claimText, q);
        fx(() -> {
            view.setHighlights(HighlightOwner.ANNOTATIONS, List.of(new Highlight("q1", Highlight.QUOTE, q, qe), new Highlight("c1", Highlight.CLAIM, c, c + claimText.length())));
            return null;
        });
        points.show(q);
        robot.clickOn(points.of(c + 3), MouseButton.PRIMARY);
        assertEquals("c1", view.selectedIdProperty(HighlightOwner.ANNOTATIONS).get());
        assertEquals("c1", fx(() -> view.cellOf(view.paragraphs().indexOf(c)).flow().getDecorations().selected().id()));
        robot.clickOn(points.of(q + 1), MouseButton.PRIMARY);
        assertEquals("q1", view.selectedIdProperty(HighlightOwner.ANNOTATIONS).get());
        robot.clickOn(points.of(q - 12), MouseButton.PRIMARY);
        assertNull(view.selectedIdProperty(HighlightOwner.ANNOTATIONS).get());
    }

    @Test
    void anEditRedrawsOnlyTheParagraphsItTouches() {
        int a = ARTICLE.indexOf("لم تنته المحادثات");
        points.show(a);
        int pa = view.paragraphs().indexOf(a);
        Map<Integer, Integer> before = renderCounts();
        assertTrue(before.size() >= 3, "several paragraphs visible: " + before);
        fx(() -> {
            view.setHighlights(HighlightOwner.ANNOTATIONS, List.of(new Highlight("s1", Highlight.SPEAKER, a, a + 2)));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Map<Integer, Integer> after = renderCounts();
        for (Map.Entry<Integer, Integer> e : before.entrySet()) {
            if (e.getKey() == pa) {
                assertTrue(after.get(pa) > e.getValue(), "the touched paragraph is redrawn");
            } else {
                assertEquals(e.getValue(), after.get(e.getKey()), "paragraph " + e.getKey() + " must not be redrawn");
            }
        }
        assertFalse(fx(() -> view.cellOf(pa).flow().getDecorations().marks().isEmpty()));
    }

    @Test
    void rangeBoundsAndLinksWhenBothEndsAreOnScreen() {
        int s = ARTICLE.indexOf("مارك كيميت");
        int q = ARTICLE.indexOf("لا أعتقد");
        int qe = ARTICLE.indexOf("”", q);
        fx(() -> {
            view.setHighlights(HighlightOwner.ANNOTATIONS, List.of(new Highlight("sp", Highlight.SPEAKER, s, s + 10), new Highlight("q", Highlight.QUOTE, q, qe)));
            view.setLinks(List.of(new LinkLine("sp", "q")));
            return null;
        });
        points.show(s);
        Bounds sb = fx(() -> view.rangeBoundsInView(s, s + 10).orElse(null));
        assertNotNull(sb);
        assertTrue(sb.getMinX() >= 0 && sb.getMaxX() <= 760 && sb.getWidth() > 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, fx(() -> view.overlayLinkCount()));
        // scrolled far away: no range bounds, no line
        fx(() -> {
            view.scrollToOffset(ARTICLE.length() - 1);
            view.scrollToOffset(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (fx(() -> view.rangeBoundsInView(s, s + 10)).isEmpty()) {
            assertEquals(0, fx(() -> view.overlayLinkCount()));
        }
    }

    @Test
    void inAMirroredRightToLeftWindowDragsAndBoxesStayExact(FxRobot robot) {
        fx(() -> {
            view.getScene().setNodeOrientation(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            int a = ARTICLE.indexOf("مارك كيميت");
            int b = a + "مارك كيميت".length();
            fx(() -> {
                view.setHighlights(HighlightOwner.ANNOTATIONS, List.of(new Highlight("sp", Highlight.SPEAKER, a, b)));
                return null;
            });
            points.show(a);
            ViewPoints.drag(robot, points.of(a), points.of(b - 1));
            assertEquals(new TextRange(a, b), view.getSelection());
            // the drawn highlight lies over the Text nodes of «مارك» and «كيميت»
            Bounds drawn = fx(() -> {
                ParagraphCell cell = view.cellOf(view.paragraphs().indexOf(a));
                javafx.scene.Node r = cell.flow().lookup(".layer-speaker");
                return r.localToScreen(r.getBoundsInLocal());
            });
            Bounds words = fx(() -> {
                ParagraphCell cell = view.cellOf(view.paragraphs().indexOf(a));
                int local = a - view.blocks().get(cell.block()).start();
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                int pos = 0;
                for (javafx.scene.Node n : cell.flow().textFlow().getChildren()) {
                    javafx.scene.text.Text t = (javafx.scene.text.Text) n;
                    if (pos >= local && pos < local + 10) {
                        Bounds tb = t.localToScreen(t.getBoundsInLocal());
                        minX = Math.min(minX, tb.getMinX());
                        maxX = Math.max(maxX, tb.getMaxX());
                    }
                    pos += t.getText().length();
                }
                return new javafx.geometry.BoundingBox(minX, 0, maxX - minX, 1);
            });
            assertTrue(drawn.getMinX() >= words.getMinX() - 1 && drawn.getMaxX() <= words.getMaxX() + 1,
                    "highlight " + drawn + " over the words " + words);
            assertTrue(drawn.getWidth() > words.getWidth() * 0.8, "highlight spans the words (minus a trailing space)");
        } finally {
            fx(() -> {
                view.getScene().setNodeOrientation(javafx.geometry.NodeOrientation.INHERIT);
                return null;
            });
        }
    }

    // ---- helpers ----

    private Map<Integer, Integer> renderCounts() {
        return fx(() -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (ParagraphCell c : view.visibleCells()) {
                m.put(c.block(), c.flow().renderCount());
            }
            return m;
        });
    }

    private static int wordEnd(String p, TextParagraphs.Token t) {
        int e = t.start();
        while (e < t.end() && !Character.isWhitespace(p.charAt(e))) {
            e++;
        }
        return e;
    }
}
