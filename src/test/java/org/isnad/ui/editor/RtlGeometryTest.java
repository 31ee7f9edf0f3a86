package org.isnad.ui.editor;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders real Arabic in a right-to-left {@link ParagraphFlow} and checks {@link RtlTextGeometry} against the pixels:
 * a range's boxes must cover exactly the ink of its characters (on one line and across a line break),
 * and the centre of every character's box must hit-test back to that character.
 */
@ExtendWith(FxToolkitExtension.class)
class RtlGeometryTest {

    private static final double WIDTH = 460;
    private static final double TOL = 2;
    /** How far the ink may stop short of a box edge: glyph side bearings (Amiri's "6" leaves 2.0 px at 24 px). */
    private static final double BEARING_TOL = 2.5;
    private static final int INK_THRESHOLD = 16;
    /**
     * A sentence like the worked example of docs/architecture.md, with Latin, digits and harakat. (A haraka on a word's first letter, as in «نَنسحب»,
     * overhangs the advance box by ~3 px in Amiri: that is the font's ink, not a geometry error, so it is not used here.)
     */
    private static final String MIXED = "قال Mark Kimmitt إن 86 دولة شاركت في التحالف منذ عام 2014، وأضافَ: «لن ننسحبَ قبل أن تنتهيَ المهمةُ».";

    private Pane root;
    private Scene scene;

    @Start
    void start(Stage stage) {
        root = new Pane();
        scene = new Scene(root, WIDTH + 40, 520, Color.WHITE);
        stage.setScene(scene);
        stage.show();
    }

    private ParagraphFlow show(String paragraph) {
        ParagraphFlow flow = fx(() -> {
            ParagraphFlow f = new ParagraphFlow(DocumentFont.font(24));
            f.setText(paragraph);
            f.setManaged(false);
            f.relocate(20, 10);
            f.resize(WIDTH, f.prefHeight(WIDTH));
            root.getChildren().setAll(f);
            return f;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return flow;
    }

    @Test
    void fontIsAmiri() {
        assertEquals("Amiri", fx(() -> DocumentFont.font(24).getFamily()));
    }

    @Test
    void mixedLatinDigitsAndHarakatOnOneLine() {
        ParagraphFlow flow = show(MIXED);
        for (String words : List.of("قال", "Mark Kimmitt", "86", "دولة", "2014،", "وأضافَ:", "ننسحبَ", "تنتهيَ", "المهمةُ».")) {
            int s = MIXED.indexOf(words);
            assertInkMatchesBoxes(flow, s, s + words.length(), 1);
        }
        assertHitTestRoundTrip(flow);
    }

    @Test
    void samplesWithLatinNameDigitsAndHarakat() {
        String glass = SampleParagraphs.paragraphWith(SampleArticles.ALEQT, "GlassPoint للطاقة");
        ParagraphFlow flow = show(glass);
        for (String words : List.of("GlassPoint", "GlassPoint للطاقة الشمسية", "العماني", "الأحفوري.")) {
            int s = glass.indexOf(words);
            assertInkMatchesBoxes(flow, s, s + words.length(), 1);
        }
        assertHitTestRoundTrip(flow);

        String iraq = SampleParagraphs.paragraphWith(SampleArticles.ALHURRA, "86 دولة");
        flow = show(iraq);
        for (String words : List.of("لـ 86 دولة،", "“بلومبيرغ”", "السوداني")) {
            int s = iraq.indexOf(words);
            assertInkMatchesBoxes(flow, s, s + words.length(), 1);
        }
        assertHitTestRoundTrip(flow);

        String harakat = SampleParagraphs.paragraphWith(SampleArticles.ALHURRA, "قِوى");
        flow = show(harakat);
        int s = harakat.indexOf("قِوى");
        assertInkMatchesBoxes(flow, s, s + "قِوى".length(), 1);
        assertHitTestRoundTrip(flow);
    }

    @Test
    void rangeAcrossALineBreakGivesTwoBoxesOverTheInk() {
        String p = SampleParagraphs.paragraphWith(SampleArticles.ALHURRA, "وجِد لمحاربة");
        ParagraphFlow flow = show(p);
        List<TextParagraphs.Token> tokens = TextParagraphs.tokens(p);
        int checked = 0;
        for (int i = 0; i + 1 < tokens.size() && checked < 3; i++) {
            TextParagraphs.Token a = tokens.get(i);
            TextParagraphs.Token b = tokens.get(i + 1);
            Bounds ba = fx(() -> flow.rangeBoxes(a.start(), a.start() + 1).get(0));
            Bounds bb = fx(() -> flow.rangeBoxes(b.start(), b.start() + 1).get(0));
            if (bb.getMinY() <= ba.getMinY()) {
                continue;
            }
            int end = wordEnd(p, b);
            // the last word of one line and the first word of the next, with the space between
            List<Bounds> boxes = assertInkMatchesBoxes(flow, a.start(), end, 2);
            assertTrue(boxes.get(0).getMaxY() <= boxes.get(1).getMinY() + 0.5, "two lines: " + boxes);
            // each word alone is tightly covered by its box
            assertInkMatchesBoxes(flow, a.start(), wordEnd(p, a), 1);
            assertInkMatchesBoxes(flow, b.start(), end, 1);
            checked++;
        }
        assertTrue(checked >= 2, "paragraph should wrap at least twice at " + WIDTH + " px");
        assertHitTestRoundTrip(flow);
    }

    @Test
    void caretSitsOnTheRightOfTheFirstCharacterInRtl() {
        ParagraphFlow flow = show(MIXED);
        Bounds first = fx(() -> flow.rangeBoxes(0, 1).get(0));
        Bounds caret = fx(() -> RtlTextGeometry.caretBounds(flow.textFlow(), 0));
        assertEquals(first.getMaxX(), caret.getMinX(), 1.0, "caret before the first letter is at its right edge");
        assertTrue(caret.getHeight() > 10);
        assertTrue(first.getMaxX() > WIDTH - 30, "first letter at the right edge: " + first);
    }

    @Test
    void preferredHeightIsCachedPerWidthAndTinyWidthsMeanThePreferredWidth() {
        ParagraphFlow flow = show(MIXED);
        fx(() -> {
            ParagraphFlow.CachingTextFlow tf = (ParagraphFlow.CachingTextFlow) flow.textFlow();
            double oneLine = flow.prefHeight(flow.prefWidth(-1));
            assertEquals(oneLine, flow.prefHeight(-1), 0.01);
            assertEquals(oneLine, flow.prefHeight(-16), 0.01);
            assertEquals(oneLine, flow.prefHeight(0), 0.01);
            assertEquals(oneLine, flow.prefHeight(30), 0.01);
            double wrapped = flow.prefHeight(300);
            assertTrue(wrapped > 2 * oneLine, "wraps at 300 px");
            int wraps = tf.wrapCount();
            for (int i = 0; i < 10; i++) {
                assertEquals(wrapped, flow.prefHeight(300), 0.01);
                assertEquals(oneLine, flow.prefHeight(-16), 0.01);
            }
            assertEquals(wraps, tf.wrapCount(), "asking again re-wraps nothing");
            return null;
        });
    }

    // ---- emoji, flags and invisible marks (issue 18) ----

    private static final String EMOJI = "قال 👍🏽 ثم رفع العلم 🇪🇬 مع العائلة 👨‍👩‍👧 في وزارة الخا\u200Fرجية رقم 1️⃣ 🔥 وانتهى.";

    @Test
    void emojiFlagKeycapAndRlmTokensHaveBoxesOnTheirInk() {
        ParagraphFlow flow = show(EMOJI);
        for (String words : List.of("👍🏽", "🇪🇬", "👨‍👩‍👧", "1️⃣", "🔥", "الخا\u200Fرجية", "قال", "العلم")) {
            int s = EMOJI.indexOf(words);
            assertInkMatchesBoxes(flow, s, s + words.length(), 1);
        }
        // each emoji cluster is one picture, whatever its length in UTF-16 units
        long pictures = fx(() -> flow.textFlow().getChildren().stream().filter(n -> n instanceof javafx.scene.image.ImageView).count());
        assertEquals(5, pictures);
        assertHitTestRoundTrip(flow);
        // the picture hit-tests to its cluster's first unit, on either half
        int thumb = EMOJI.indexOf("👍🏽");
        Bounds tb = fx(() -> flow.rangeBoxes(thumb, thumb + 4).get(0));
        for (double f : new double[] {0.2, 0.8}) {
            Point2D p = new Point2D(tb.getMinX() + tb.getWidth() * f, tb.getCenterY());
            assertEquals(thumb, (int) fx(() -> flow.hitInfo(p).getCharIndex()), "hit at " + f + " of the picture");
        }
    }

    @Test
    void anRlmInsideAWordTakesNoSpaceAndDrawsNothing() {
        ParagraphFlow with = show(EMOJI);
        int s = EMOJI.indexOf("الخا\u200Fرجية");
        int rlm = EMOJI.indexOf('\u200F');
        double widthWith = fx(() -> with.rangeBoxes(s, s + "الخا\u200Fرجية".length()).get(0).getWidth());
        List<Bounds> markBox = fx(() -> with.rangeBoxes(rlm, rlm + 1));
        assertTrue(markBox.isEmpty() || markBox.get(0).getWidth() < 0.5, "the mark takes no space: " + markBox);
        assertEquals(List.of(rlm), fx(with::marks));
        // hiding the mark's node changes no pixel: it draws nothing
        Node markNode = fx(() -> with.textFlow().getChildren().stream()
                .filter(n -> n instanceof Text t && t.getText().equals("\u200F")).findFirst().orElseThrow());
        WritableImage a = fx(() -> scene.snapshot(null));
        fx(() -> {
            markNode.setVisible(false);
            return null;
        });
        WritableImage b = fx(() -> scene.snapshot(null));
        assertTrue(diff(a, b).isEmpty(), "the RLM drew something");
        String plain = EMOJI.replace("\u200F", "");
        ParagraphFlow without = show(plain);
        int ps = plain.indexOf("الخارجية");
        double widthWithout = fx(() -> without.rangeBoxes(ps, ps + "الخارجية".length()).get(0).getWidth());
        assertEquals(widthWithout, widthWith, 0.5, "the word is as wide with its RLM as without");
    }

    @Test
    void emojiBetweenArabicWordsKeepsTheRightToLeftOrder() {
        ParagraphFlow flow = show(EMOJI);
        String[] order = {"قال", "👍🏽", "ثم"};
        double prevMin = Double.MAX_VALUE;
        for (String w : order) {
            int s = EMOJI.indexOf(w);
            Bounds b = fx(() -> flow.rangeBoxes(s, s + w.length()).get(0));
            assertTrue(b.getMaxX() <= prevMin + 0.5, w + " left of the word before it: " + b + " vs " + prevMin);
            prevMin = b.getMinX();
        }
    }

    @Test
    void showInvisibleMarksDrawsALabelledMarkerAndMovesNothing() {
        ParagraphFlow flow = show(EMOJI);
        int rlm = EMOJI.indexOf('\u200F');
        Bounds before = fx(() -> flow.rangeBoxes(rlm - 4, rlm + 5).get(0));
        fx(() -> {
            flow.setShowMarks(true);
            flow.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = fx(() -> flow.lookupAll(".mark-marker-label").stream().map(n -> ((Text) n).getText()).toList());
        assertEquals(List.of("RLM"), labels);
        Bounds after = fx(() -> flow.rangeBoxes(rlm - 4, rlm + 5).get(0));
        assertEquals(before, after, "the marker moves no letter");
        Node label = fx(() -> flow.lookup(".mark-marker-label"));
        Bounds lb = fx(() -> label.getBoundsInParent());
        Bounds caret = fx(() -> RtlTextGeometry.caretBounds(flow.textFlow(), rlm));
        assertEquals(caret.getMinX(), lb.getCenterX(), 1.0, "the label sits over the mark");
        fx(() -> {
            flow.setShowMarks(false);
            flow.layout();
            return null;
        });
        assertTrue(fx(() -> flow.lookupAll(".mark-marker-label").isEmpty()));
    }

    // ---- checks ----

    private static int wordEnd(String p, TextParagraphs.Token t) {
        int e = t.start();
        while (e < t.end() && !Character.isWhitespace(p.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * Hides the Text nodes of the tokens holding {@code [start, end)} (which must be whole words, plus spaces),
     * and checks that the changed pixels lie inside the range's boxes and that each box is spanned by them.
     */
    private List<Bounds> assertInkMatchesBoxes(ParagraphFlow flow, int start, int end, int expectedBoxes) {
        assertTrue(start >= 0, "range not found");
        String label = "[" + start + "," + end + ") «" + flow.getText().substring(start, end) + "»";
        List<Bounds> boxes = fx(() -> {
            List<Bounds> out = new ArrayList<>();
            for (Bounds b : flow.rangeBoxes(start, end)) {
                out.add(flow.localToScene(b));
            }
            return out;
        });
        assertEquals(expectedBoxes, boxes.size(), label + " boxes " + boxes);
        List<Node> texts = nodesCovering(flow, start, end);
        WritableImage with = fx(() -> scene.snapshot(null));
        fx(() -> {
            texts.forEach(t -> t.setOpacity(0));
            return null;
        });
        WritableImage without = fx(() -> scene.snapshot(null));
        fx(() -> {
            texts.forEach(t -> t.setOpacity(1));
            return null;
        });
        List<int[]> ink = diff(with, without);
        if (System.getenv("GEOMETRY_DEBUG_DIR") != null) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of(System.getenv("GEOMETRY_DEBUG_DIR"));
                java.nio.file.Files.createDirectories(dir);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(with, null), "png",
                        dir.resolve(start + "-" + end + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertFalse(ink.isEmpty(), label + " has no ink");
        for (int[] px : ink) {
            boolean inside = boxes.stream().anyMatch(b -> px[0] + 1 >= b.getMinX() - TOL && px[0] <= b.getMaxX() + TOL
                    && px[1] + 1 >= b.getMinY() - TOL && px[1] <= b.getMaxY() + TOL);
            assertTrue(inside, label + ": ink at " + px[0] + "," + px[1] + " outside " + boxes);
        }
        for (Bounds b : boxes) {
            double minX = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            for (int[] px : ink) {
                if (px[1] + 1 >= b.getMinY() && px[1] <= b.getMaxY() && px[0] + 1 >= b.getMinX() - TOL && px[0] <= b.getMaxX() + TOL) {
                    minX = Math.min(minX, px[0]);
                    maxX = Math.max(maxX, px[0] + 1);
                }
            }
            assertTrue(minX < Double.MAX_VALUE, label + ": no ink in " + b);
            if (expectedBoxes == 1 && !hasPicture(texts)) {
                assertEquals(b.getMinX(), minX, BEARING_TOL, label + ": left edge of ink vs box " + b);
                assertEquals(b.getMaxX(), maxX, BEARING_TOL, label + ": right edge of ink vs box " + b);
            } else if (expectedBoxes == 1) {
                // a picture's own transparent margin: its ink still fills most of its box
                assertTrue(maxX - minX >= b.getWidth() * 0.6, label + ": picture ink " + minX + ".." + maxX + " in " + b);
            }
        }
        return boxes;
    }

    /** The flow's nodes holding {@code [start, end)}: a Text holds its characters, a picture (an emoji) one character. */
    private List<Node> nodesCovering(ParagraphFlow flow, int start, int end) {
        return fx(() -> {
            List<Node> out = new ArrayList<>();
            int pos = 0;
            for (Node n : flow.textFlow().getChildren()) {
                int len = n instanceof Text t ? t.getText().length() : 1;
                if (pos < end && pos + len > start) {
                    out.add(n);
                    assertTrue(pos >= start, "range must start at a token");
                }
                pos += len;
            }
            return out;
        });
    }

    private static boolean hasPicture(List<Node> nodes) {
        return nodes.stream().anyMatch(n -> !(n instanceof Text));
    }

    private static List<int[]> diff(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        List<int[]> out = new ArrayList<>();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int pa = ra.getArgb(x, y);
                int pb = rb.getArgb(x, y);
                int d = Math.abs(((pa >> 8) & 0xff) - ((pb >> 8) & 0xff));
                if (d > INK_THRESHOLD) {
                    out.add(new int[] {x, y});
                }
            }
        }
        return out;
    }

    /** The centre of every character's box (except zero-width marks) hit-tests back to that character. */
    private void assertHitTestRoundTrip(ParagraphFlow flow) {
        List<String> errors = fx(() -> {
            List<String> errs = new ArrayList<>();
            String text = flow.getText();
            for (int i = 0; i < text.length(); i++) {
                if (Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
                    continue;
                }
                List<Bounds> boxes = RtlTextGeometry.rangeBoxes(flow.textFlow(), i, i + 1);
                if (boxes.isEmpty() || boxes.get(0).getWidth() < 1) {
                    continue;
                }
                Bounds b = boxes.get(0);
                Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
                int hit = RtlTextGeometry.hitTest(flow.textFlow(), centre);
                if (hit != i) {
                    errs.add(i + "«" + text.charAt(i) + "»→" + hit);
                }
            }
            return errs;
        });
        assertTrue(errors.isEmpty(), "hit-test round trip failures: " + errors);
    }
}
