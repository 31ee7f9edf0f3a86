package org.isnad.suggest;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text (its chars: no call per char) into words and punctuation in one pass. */
final class Tokenizer {

    private Tokenizer() {
    }

    /**
     * The tokens of folded [from, to), {@code to} the end of the text or a {@link #splitPoint}, {@code from} 0 or a split
     * point, where the tokens of the whole text start afresh: the tokens of [0, p) and of [p, end) are those of the whole
     * text. The list has room for the tokens of about {@code capacity} chars.
     */
    static List<Token> tokens(char[] folded, int from, int to, int capacity) {
        List<Token> tokens = new ArrayList<>(capacity / 4 + 8);
        TokenTexts texts = new TokenTexts();
        int n = to;
        int i = from;
        while (i < n) {
            char c = folded[i];
            if (c == '\n') {
                int start = i;
                while (i < n && (folded[i] == '\n' || isSpace(folded[i]))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.PARAGRAPH, start, start + 1, "\n"));
            } else if (isSpace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && (isWordChar(folded[i]) || isInnerNumberMark(folded, i, n))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.WORD, start, i, texts.of(folded, start, i)));
            } else if (QuotationMarks.isMark(c)) {
                tokens.add(new Token(Token.Kind.MARK, i, i + 1, texts.of(folded, i, i + 1)));
                i++;
            } else if (c == '،' || c == ',') {
                tokens.add(new Token(Token.Kind.COMMA, i, i + 1, "،"));
                i++;
            } else if (c == ':') {
                tokens.add(new Token(Token.Kind.COLON, i, i + 1, ":"));
                i++;
            } else if (c == '.' || c == '!' || c == '?' || c == '؟') {
                int start = i;
                while (i < n && (folded[i] == '.' || folded[i] == '!'
                        || folded[i] == '?' || folded[i] == '؟')) {
                    i++;
                }
                boolean abbreviation = c == '.' && i - start == 1 && afterSingleLetter(tokens, start);
                tokens.add(new Token(abbreviation ? Token.Kind.OTHER : Token.Kind.STOP, start, i,
                        texts.of(folded, start, i)));
            } else {
                int len = Character.charCount(Character.codePointAt(folded, i, n));
                tokens.add(new Token(Token.Kind.OTHER, i, i + len, texts.of(folded, i, i + len)));
                i += len;
            }
        }
        return tokens;
    }

    /**
     * A line break near the middle of the text that starts a paragraph token right after a word or a mark (not
     * after other spaces or breaks, which the paragraph token would take in): the tokens of the whole text end
     * there and begin afresh (a paragraph token is never the word before an abbreviation's dot). -1 if there is none.
     */
    static int splitPoint(char[] folded, int length) {
        for (int p = length / 2; p < length; p++) {
            if (folded[p] == '\n' && p > 0 && folded[p - 1] != '\n' && !isSpace(folded[p - 1])) {
                return p;
            }
        }
        return -1;
    }

    static boolean isSpace(char c) {
        return Chars.isSpace(c);
    }

    private static boolean isWordChar(char c) {
        return Chars.isWordChar(c);
    }

    /** «5.6», «1,021», «2٫5»: a separator between digits belongs to the number, not the sentence. */
    private static boolean isInnerNumberMark(char[] s, int i, int length) {
        char c = s[i];
        if (c != '.' && c != ',' && c != '٫' && c != '٬') {
            return false;
        }
        return i > 0 && i + 1 < length && Chars.isDigit(s[i - 1]) && Chars.isDigit(s[i + 1]);
    }

    /** «د. هيثم»: a dot after a one-letter abbreviation does not end the sentence. */
    private static boolean afterSingleLetter(List<Token> tokens, int dot) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.isWord() && last.end() == dot && last.text().length() == 1 && Character.isLetter(last.text().charAt(0));
    }
}
