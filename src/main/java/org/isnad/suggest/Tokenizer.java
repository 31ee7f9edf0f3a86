package org.isnad.suggest;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into words and punctuation in one pass. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String folded) {
        List<Token> tokens = new ArrayList<>(folded.length() / 5 + 8);
        TokenTexts texts = new TokenTexts();
        int n = folded.length();
        int i = 0;
        while (i < n) {
            char c = folded.charAt(i);
            if (c == '\n') {
                int start = i;
                while (i < n && (folded.charAt(i) == '\n' || isSpace(folded.charAt(i)))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.PARAGRAPH, start, start + 1, "\n"));
            } else if (isSpace(c)) {
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && (isWordChar(folded.charAt(i)) || isInnerNumberMark(folded, i))) {
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
                while (i < n && (folded.charAt(i) == '.' || folded.charAt(i) == '!'
                        || folded.charAt(i) == '?' || folded.charAt(i) == '؟')) {
                    i++;
                }
                boolean abbreviation = c == '.' && i - start == 1 && afterSingleLetter(tokens, start);
                tokens.add(new Token(abbreviation ? Token.Kind.OTHER : Token.Kind.STOP, start, i,
                        texts.of(folded, start, i)));
            } else {
                int len = Character.charCount(folded.codePointAt(i));
                tokens.add(new Token(Token.Kind.OTHER, i, i + len, texts.of(folded, i, i + len)));
                i += len;
            }
        }
        return tokens;
    }

    /** What each UTF-16 char is, worked out once by the rules below rather than asked of {@link Character} per char. */
    private static final byte SPACE = 1;
    private static final byte WORD_CHAR = 2;
    private static final byte[] CLASSES = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            CLASSES[c] = (byte) ((spaceRule((char) c) ? SPACE : 0) | (wordCharRule((char) c) ? WORD_CHAR : 0));
        }
    }

    static boolean isSpace(char c) {
        return (CLASSES[c] & SPACE) != 0;
    }

    private static boolean isWordChar(char c) {
        return (CLASSES[c] & WORD_CHAR) != 0;
    }

    private static boolean spaceRule(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B';
    }

    private static boolean wordCharRule(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u200C' || c == '\u200D';
    }

    /** «5.6», «1,021», «2٫5»: a separator between digits belongs to the number, not the sentence. */
    private static boolean isInnerNumberMark(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != ',' && c != '٫' && c != '٬') {
            return false;
        }
        return i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
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
