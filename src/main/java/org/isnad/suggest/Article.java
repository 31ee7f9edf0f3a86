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
    /** The stored and the folded text's chars, for the loops that read every char (shared with {@link #folded}). */
    final char[] storedChars;
    /** The folded chars: the first {@link #foldedLength} of them (the array may be longer). */
    final char[] foldedChars;
    final int foldedLength;
    final List<Token> tokens;
    /** The cue starting at each token, or null. */
    final CueMatch[] cues;
    /** The tokens where a cue starts, in order: the finders that start from cues visit these, not every token. */
    final int[] cueTokens;
    /** The quotation marks' and paragraph breaks' tokens, in order: what pairing the marks visits. */
    final int[] markTokens;
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
        this(stored, false);
    }

    /**
     * With {@code bothCores}, a long article's second half is folded, tokenised, and its cues looked up, on a helper
     * thread ({@link BothCores}); the folded text, tokens and cues are the same.
     */
    Article(String stored, boolean bothCores) {
        this.stored = stored;
        boolean halves = BothCores.split(bothCores, stored.length());
        this.folded = ArabicFolding.fold(stored, halves ? BothCores.helpers() : null);
        this.storedChars = folded.storedChars();
        this.foldedChars = folded.chars();
        this.foldedLength = folded.length();
        int split = halves ? Tokenizer.splitPoint(foldedChars, foldedLength) : -1;
        Tokens t = split < 0 ? Tokens.of(foldedChars, 0, foldedLength, foldedLength)
                : Tokens.split(foldedChars, split, foldedLength);
        this.tokens = t.tokens();
        this.cues = t.cues();
        this.markTokens = t.marks();
        int count = 0;
        for (CueMatch c : cues) {
            count += c == null ? 0 : 1;
        }
        cueTokens = new int[count];
        for (int i = 0, k = 0; i < cues.length; i++) {
            if (cues[i] != null) {
                cueTokens[k++] = i;
            }
        }
        int n = tokens.size();
        inSpeech = new boolean[n];
        speechAt = new MarkedSpan[n];
        termClose = new int[n];
        termOpen = new int[n];
        Arrays.fill(termClose, -1);
        Arrays.fill(termOpen, -1);
        frames = new CueFrame[n];
    }

    /** Tokens, the cue starting at each, and the tokens that are quotation marks or paragraph breaks. */
    private record Tokens(List<Token> tokens, CueMatch[] cues, int[] marks) {

        static Tokens of(char[] folded, int from, int to, int capacity) {
            List<Token> tokens = Tokenizer.tokens(folded, from, to, capacity);
            CueMatch[] cues = new CueMatch[tokens.size()];
            for (int i = 0; i < cues.length; i++) {
                cues[i] = CueLexicon.match(tokens, i);
            }
            return new Tokens(tokens, cues, marks(tokens, 0, tokens.size(), 0));
        }

        /** The marks and breaks among tokens [from, to), their indices raised by {@code shift}. */
        static int[] marks(List<Token> tokens, int from, int to, int shift) {
            int[] marks = new int[64];
            int count = 0;
            for (int i = from; i < to; i++) {
                Token.Kind k = tokens.get(i).kind();
                if (k == Token.Kind.MARK || k == Token.Kind.PARAGRAPH) {
                    if (count == marks.length) {
                        marks = Arrays.copyOf(marks, count * 2);
                    }
                    marks[count++] = i + shift;
                }
            }
            return Arrays.copyOf(marks, count);
        }

        /**
         * The halves before and from {@code split} ({@link Tokenizer#splitPoint}), the second on a helper thread. A cue
         * looks at most one token back and two ahead, and the second half starts with a paragraph token, so its cues
         * are found within it; the first half's last two cues are looked up once the second half's tokens are there.
         */
        static Tokens split(char[] folded, int split, int length) {
            java.util.concurrent.Future<Tokens> second = BothCores.start(() -> of(folded, split, length, length - split));
            List<Token> tokens = Tokenizer.tokens(folded, 0, split, length); // room for the second half's tokens too
            int firstSize = tokens.size();
            // while the helper works: the first half's cues but the last two, which may look into the second half
            int ready = Math.max(0, firstSize - 2);
            CueMatch[] firstCues = new CueMatch[ready];
            for (int i = 0; i < ready; i++) {
                firstCues[i] = CueLexicon.match(tokens, i);
            }
            int[] firstMarks = marks(tokens, 0, firstSize, 0);
            Tokens rest = BothCores.join(second);
            tokens.addAll(rest.tokens());
            CueMatch[] cues = new CueMatch[tokens.size()];
            System.arraycopy(firstCues, 0, cues, 0, ready);
            for (int i = ready; i < firstSize; i++) {
                cues[i] = CueLexicon.match(tokens, i);
            }
            for (int i = 0; i < rest.cues().length; i++) {
                CueMatch c = rest.cues()[i];
                cues[firstSize + i] = c == null ? null : c.shifted(firstSize); // its tokens counted from the split
            }
            int[] marks = Arrays.copyOf(firstMarks, firstMarks.length + rest.marks().length);
            for (int i = 0; i < rest.marks().length; i++) {
                marks[firstMarks.length + i] = rest.marks()[i] + firstSize;
            }
            return new Tokens(tokens, cues, marks);
        }
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
