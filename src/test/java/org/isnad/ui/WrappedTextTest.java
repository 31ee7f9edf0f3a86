package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A wrapped text is laid out word by word; Latin words in an Arabic text stay together, held left to right. */
class WrappedTextTest {
    private static final String LRM = "\u200E";

    @Test
    void englishIsOneWordPerPiece() {
        assertEquals(List.of("The password comes from PGPASSWORD or ~/.pgpass."),
                List.of(String.join(" ", WrappedText.pieces("The password comes  from PGPASSWORD or ~/.pgpass."))));
    }

    @Test
    void latinWordsInArabicStayTogetherInOrderAndTheFullStopEndsTheArabicSentence() {
        assertEquals(List.of("كلمة", "المرور", "من", LRM + "PGPASSWORD" + LRM, "أو", LRM + "~/.pgpass" + LRM, "."),
                WrappedText.pieces("كلمة المرور من PGPASSWORD أو ~/.pgpass."));
        assertEquals(List.of("رفض", LRM + "(FATAL: password authentication failed)" + LRM, "."),
                WrappedText.pieces("رفض (FATAL: password authentication failed)."));
    }
}
