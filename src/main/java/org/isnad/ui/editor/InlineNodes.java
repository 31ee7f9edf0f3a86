package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.isnad.ui.style.StyleClasses;

/**
 * The per-token layout of a text: one {@link Text} per whitespace-delimited token (docs/adr/0005), with
 * two exceptions inside a token, both keeping every UTF-16 unit of the text in the flow so that flow
 * offsets stay document offsets:
 * <ul>
 *   <li>an invisible mark (bidi controls, ZWJ, ZWNJ, BOM, ...) is its own {@code Text} in a tiny transparent
 *   font: Amiri in JavaFX draws a box over these characters, the tiny node takes no space and draws
 *   nothing, and the flow's bidi analysis still sees the character;</li>
 *   <li>an emoji cluster is an {@link ImageView} (one character in a {@code TextFlow}) followed by the rest
 *   of the cluster's code units in the tiny font.</li>
 * </ul>
 */
final class InlineNodes {

    /** Small enough that a whole run of marks stays under a hundredth of a pixel. */
    static final double TINY = 0.01;

    /** Where the invisible marks and emoji of a text are, and its nodes. */
    record Built(List<Node> nodes, List<Integer> marks, List<int[]> emoji) {
    }

    private InlineNodes() {
    }

    /** Characters that take no space and draw nothing (shown only as markers on request). */
    static boolean isInvisibleMark(char c) {
        switch (c) {
            case '\u061C': case '\u200B': case '\u200C': case '\u200D': case '\u200E': case '\u200F':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E':
            case '\u2060': case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\uFEFF':
                return true;
            default:
                return false;
        }
    }

    /** The marker's label: the usual abbreviation of the mark. */
    static String label(char c) {
        switch (c) {
            case '\u061C': return "ALM";
            case '\u200B': return "ZWSP";
            case '\u200C': return "ZWNJ";
            case '\u200D': return "ZWJ";
            case '\u200E': return "LRM";
            case '\u200F': return "RLM";
            case '\u202A': return "LRE";
            case '\u202B': return "RLE";
            case '\u202C': return "PDF";
            case '\u202D': return "LRO";
            case '\u202E': return "RLO";
            case '\u2060': return "WJ";
            case '\u2066': return "LRI";
            case '\u2067': return "RLI";
            case '\u2068': return "FSI";
            case '\u2069': return "PDI";
            case '\uFEFF': return "BOM";
            default: return String.format("U+%04X", (int) c);
        }
    }

    /** The nodes of {@code text}: visible runs in {@code font} with {@code styleClass}, emoji as pictures {@code font size} high. */
    static Built build(String text, Font font, String styleClass) {
        List<Node> nodes = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        List<int[]> emoji = EmojiImages.clusters(text);
        int e = 0;
        for (TextParagraphs.Token tok : TextParagraphs.tokens(text)) {
            int runStart = tok.start();
            int i = tok.start();
            while (i < tok.end()) {
                while (e < emoji.size() && emoji.get(e)[0] < i) {
                    e++;
                }
                if (e < emoji.size() && emoji.get(e)[0] == i) {
                    int[] cluster = emoji.get(e);
                    addRun(nodes, text, runStart, i, font, styleClass);
                    ImageView img = EmojiImages.view(text.substring(cluster[0], cluster[1]), emojiSize(font));
                    img.getStyleClass().add(StyleClasses.EMOJI);
                    // sits on the baseline like a letter with a descender
                    img.setTranslateY(font.getSize() * 0.18);
                    nodes.add(img);
                    if (cluster[1] - cluster[0] > 1) {
                        nodes.add(tiny(text.substring(cluster[0] + 1, cluster[1])));
                    }
                    i = cluster[1];
                    runStart = i;
                } else if (isInvisibleMark(text.charAt(i))) {
                    addRun(nodes, text, runStart, i, font, styleClass);
                    int s = i;
                    while (i < tok.end() && isInvisibleMark(text.charAt(i))) {
                        marks.add(i);
                        i++;
                    }
                    nodes.add(tiny(text.substring(s, i)));
                    runStart = i;
                } else {
                    i++;
                }
            }
            addRun(nodes, text, runStart, tok.end(), font, styleClass);
        }
        return new Built(nodes, marks, emoji);
    }

    static double emojiSize(Font font) {
        return Math.round(font.getSize() * 1.1);
    }

    private static void addRun(List<Node> nodes, String text, int start, int end, Font font, String styleClass) {
        if (end > start) {
            Text t = new Text(text.substring(start, end));
            t.setFont(font);
            t.getStyleClass().add(styleClass);
            nodes.add(t);
        }
    }

    private static Text tiny(String chars) {
        Text t = new Text(chars);
        t.setFont(DocumentFont.font(TINY));
        t.setFill(Color.TRANSPARENT);
        t.getStyleClass().add(StyleClasses.INVISIBLE_MARK);
        return t;
    }
}
