package org.isnad.ui.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The window's one way of writing numbers: Arabic-Indic digits only in an Arabic window with the setting on. */
class UiTextNumbersTest {
    final UiText arabic = new UiText(Locale.forLanguageTag("ar"), true);
    final UiText arabicWestern = new UiText(Locale.forLanguageTag("ar"), false);
    final UiText english = new UiText(Locale.ENGLISH, true);

    @Test
    void wholeNumbersWithoutSeparators() {
        assertTrue(arabic.arabicIndicDigits());
        assertEquals("١٢٣٤٥", arabic.number(12345));
        assertEquals("٠", arabic.number(0));
        assertEquals("12345", arabicWestern.number(12345));
        assertFalse(english.arabicIndicDigits(), "the setting means nothing in English");
        assertEquals("12345", english.number(12345));
    }

    @Test
    void decimalsTakeTheWindowsDecimalSign() {
        assertEquals("0.750", english.decimal(0.75, 3));
        String shown = arabic.decimal(0.75, 3);
        assertTrue(shown.matches("٠\\D٧٥٠"), shown);
        assertTrue(arabicWestern.decimal(0.75, 3).matches("0\\D750"), arabicWestern.decimal(0.75, 3));
    }

    @Test
    void digitsOfTextTheWindowWroteChangeAndNothingElse() {
        assertEquals("٢٠٢٤-٠٩-٢٤ ١٠:٠٤", arabic.digits("2024-09-24 10:04"));
        assertEquals("2024-09-24", arabicWestern.digits("2024-09-24"));
        assertEquals("2024-09-24", english.digits("2024-09-24"));
        assertEquals("F1 αu", arabic.digits("F1 αu").replace("١", "1"), "only digits are touched");
        assertEquals(null, arabic.digits(null));
    }
}
