package org.isnad.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The table of char classes answers as {@link Character} does, for every UTF-16 char. */
class CharsTest {

    @Test
    void everyCharIsClassedAsCharacterSays() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            String at = "U+" + Integer.toHexString(i);
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), at);
            assertEquals(Character.isDigit(c), Chars.isDigit(c), at);
            assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), at);
            assertEquals(Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B',
                    Chars.isSpace(c), at);
            int type = Character.getType(c);
            assertEquals(Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || c == '\u200C' || c == '\u200D', Chars.isWordChar(c), at);
        }
    }
}
