package org.isnad.suggest;

import java.util.Arrays;
import java.util.List;
import org.isnad.text.ArabicFolding;
import org.isnad.text.FoldedText;
import org.isnad.text.TextRange;

/**
 * One article as the finders see it: folded text, tokens, the cues found at each token, and which
 * quotation marks turned out to be speech (filled in by {@link DirectQuoteFinder}).
 */
final class Article {

    final String stored;
    final FoldedText folded;
    /** The stored and the folded text's chars, for the loops that read every char. */
    final char[] storedChars;
    final char[] foldedChars;
    final List<Token> tokens;
    /** The cue starting at each token, or null. */
    final CueMatch[] cues;
    /** Tokens inside direct speech (marks included): cues there belong to the quoted person. */
    final boolean[] inSpeech;
    /** At the opening mark of direct speech: its span. */
    final MarkedSpan[] speechAt;
    /** At the opening mark of a quoted name or term: index of its closing mark, else -1. */
    final int[] termClose;
    /** At the closing mark of a quoted name or term: index of its opening mark, else -1. */
    final int[] termOpen;
    private final CueFrame[] frames;

    Article(String stored) {
        this.stored = stored;
        this.folded = ArabicFolding.fold(stored);
        this.storedChars = stored.toCharArray();
        this.foldedChars = folded.text().toCharArray();
        this.tokens = Tokenizer.tokens(foldedChars);
        int n = tokens.size();
        cues = new CueMatch[n];
        for (int i = 0; i < n; i++) {
            cues[i] = CueLexicon.match(tokens, i);
        }
        inSpeech = new boolean[n];
        speechAt = new MarkedSpan[n];
        termClose = new int[n];
        termOpen = new int[n];
        Arrays.fill(termClose, -1);
        Arrays.fill(termOpen, -1);
        frames = new CueFrame[n];
    }

    int size() {
        return tokens.size();
    }

    Token tok(int i) {
        return tokens.get(i);
    }

    boolean isWord(int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).is(word);
    }

    /** The stored range of folded [start, end). */
    TextRange stored(int foldedStart, int foldedEnd) {
        return folded.storedRange(foldedStart, foldedEnd);
    }

    /** First token of the sentence holding token {@code i}. */
    int sentenceStart(int i) {
        int j = i;
        while (j > 0 && !tokens.get(j - 1).endsSentence()) {
            j--;
        }
        return j;
    }

    /** The frame of the cue at token {@code i}, read once. */
    CueFrame frame(int i) {
        if (frames[i] == null) {
            frames[i] = CueFrame.read(this, cues[i]);
        }
        return frames[i];
    }

    /** Frames read before direct speech was known may be stale. */
    void forgetFrames() {
        Arrays.fill(frames, null);
    }

    /** Whether a cue at token {@code i} opens content of its own («، وقال إن …»). */
    boolean cueWithContent(int i) {
        return cues[i] != null && frame(i).hasOpener();
    }

    int words(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord()) {
                count++;
            }
        }
        return count;
    }
}
