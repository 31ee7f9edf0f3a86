package org.isnad.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A text that wraps within a width, right to left as well: one {@link Text} per word, the way the editor
 * lays out its paragraphs (docs/adr/0005-rtl-geometry-and-per-token-text.md), since a wrapped Label or a
 * single Text in a TextFlow draws a right-to-left line with Latin words in it past its edge, and its tail
 * twice. Neighbouring words without Arabic letters (an address, a server's reason) stay one piece, in order.
 */
final class WrappedText {
    private WrappedText() {
    }

    static TextFlow of(String content, double width, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.setPrefWidth(width);
        flow.setMaxWidth(width);
        flow.setMinHeight(Region.USE_PREF_SIZE);
        set(flow, content, styleClass);
        return flow;
    }

    static void set(TextFlow flow, String content, String styleClass) {
        List<Text> words = new ArrayList<>();
        List<String> pieces = pieces(content);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            boolean beforePunctuation = i + 1 < pieces.size() && pieces.get(i + 1).matches("[.,:;!?]+");
            Text word = new Text(beforePunctuation ? piece : piece + " ");
            if (styleClass != null) {
                word.getStyleClass().add(styleClass);
            }
            words.add(word);
        }
        flow.getChildren().setAll(words);
    }

    /** What the flow says, for tests. */
    static String textOf(TextFlow flow) {
        StringBuilder all = new StringBuilder();
        flow.getChildren().forEach(n -> all.append(((Text) n).getText()));
        return all.toString().strip();
    }

    static List<String> pieces(String content) {
        List<String> pieces = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        for (String word : content.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().anyMatch(WrappedText::arabic)) {
                if (latin.length() > 0) {
                    pieces.add(latin.toString());
                    latin.setLength(0);
                }
                pieces.add(word);
            } else {
                latin.append(latin.length() > 0 ? " " : "").append(word);
            }
        }
        if (latin.length() > 0) {
            pieces.add(latin.toString());
        }
        return content.codePoints().anyMatch(WrappedText::arabic) ? marked(pieces) : pieces;
    }

    private static boolean arabic(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    /**
     * In an Arabic text, a Latin piece is held left to right by marks (so "~/.pgpass" is not drawn ".pgpass/~"),
     * and the sentence's punctuation after it goes on its own, to the left, where an Arabic sentence ends.
     */
    private static List<String> marked(List<String> pieces) {
        List<String> marked = new ArrayList<>();
        for (String piece : pieces) {
            if (piece.codePoints().anyMatch(WrappedText::arabic)) {
                marked.add(piece);
                continue;
            }
            int end = piece.length();
            while (end > 0 && ".,:;!?".indexOf(piece.charAt(end - 1)) >= 0) {
                end--;
            }
            marked.add(LRM + piece.substring(0, end) + LRM);
            if (end < piece.length()) {
                marked.add(piece.substring(end));
            }
        }
        return marked;
    }

    private static final String LRM = "\u200E";
}
