package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.Test;

class ImportedTextTest {

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private static TextDecodingException refused(byte[] input) {
        return assertThrows(TextDecodingException.class, () -> ImportedText.decode(input));
    }

    @Test
    void decodesArabicUnchanged() {
        String text = "قَالَ الشَّدَّة قــال «لا» الأمن \u200Fقال Mark Kimmitt إن 86 دولة ٨٦ 👍🏽";
        assertEquals(text, ImportedText.decode(bytes(text)));
    }

    @Test
    void noUnicodeNormalization() {
        // shadda+fatha in both orders, and a decomposed é: NFC would reorder or compose them
        String text = "الشَّدَّة الشَّدَّة e\u0301";
        assertEquals(text, ImportedText.decode(bytes(text)));
    }

    @Test
    void removesOneLeadingBom() {
        assertEquals("قال", ImportedText.decode(bytes(0xEF, 0xBB, 0xBF, "قال")));
        assertEquals("\uFEFFقال", ImportedText.decode(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, "قال")));
        assertEquals("قال\uFEFFإن", ImportedText.decode(bytes("قال\uFEFFإن")), "only at the start");
    }

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertEquals("سطر أول\nسطر ثان\n", ImportedText.decode(bytes("سطر أول\r\nسطر ثان\r\n")));
        assertEquals("سطر أول\nسطر ثان", ImportedText.decode(bytes("سطر أول\rسطر ثان")));
        assertEquals("أ\n\nب\n\nج", ImportedText.decode(bytes("أ\r\r\nب\n\rج")));
    }

    @Test
    void normalizeWorksOnDecodedStrings() {
        assertEquals("قال\nإن", ImportedText.normalize("\uFEFFقال\r\nإن"));
        assertEquals("", ImportedText.normalize("\uFEFF"));
        assertEquals("", ImportedText.normalize(""));
        String unchanged = "قَالَ\n";
        assertEquals(unchanged, ImportedText.normalize(unchanged));
    }

    @Test
    void invalidByteAtOffsetSeven() {
        TextDecodingException e = refused(bytes("قال ", 0xFF, "إن"));
        assertEquals(7, e.byteOffset());
        assertEquals("invalid UTF-8 at byte 7: 0xFF is not a valid sequence", e.getMessage());
    }

    @Test
    void brokenTwoByteSequenceMessage() {
        TextDecodingException e = refused(bytes(0xC3, 0x28));
        assertEquals(0, e.byteOffset());
        assertEquals("invalid UTF-8 at byte 0: 0xC3 0x28 is not a valid sequence", e.getMessage());
    }

    @Test
    void truncatedTwoByteSequenceAtEnd() {
        TextDecodingException e = refused(bytes("قال", 0xD9));
        assertEquals(6, e.byteOffset());
        assertEquals("invalid UTF-8 at byte 6: 0xD9 is a sequence cut short by the end of the input",
                e.getMessage());
    }

    @Test
    void truncatedThreeByteSequenceAtEnd() {
        assertEquals(3, refused(bytes("abc", 0xE2, 0x82)).byteOffset());
    }

    @Test
    void overlongSlash() {
        TextDecodingException e = refused(bytes("ab", 0xC0, 0xAF, "c"));
        assertEquals(2, e.byteOffset());
        assertEquals("invalid UTF-8 at byte 2: 0xC0 0xAF is not a valid sequence", e.getMessage());
        assertEquals(1, refused(bytes("a", 0xE0, 0x80, 0xAF)).byteOffset(), "overlong 3-byte form");
    }

    @Test
    void surrogateEncodedInUtf8() {
        TextDecodingException e = refused(bytes("قال", 0xED, 0xA0, 0x80, "x"));
        assertEquals(6, e.byteOffset());
        assertEquals("invalid UTF-8 at byte 6: 0xED 0xA0 0x80 is not a valid sequence", e.getMessage());
    }

    @Test
    void beyondU10FFFFAndStrayContinuation() {
        assertEquals(0, refused(bytes(0xF4, 0x90, 0x80, 0x80)).byteOffset());
        assertEquals(2, refused(bytes("ab", 0x80)).byteOffset());
    }

    @Test
    void reportsTheFirstBadSequenceAfterAstralCharacters() {
        // 👍🏽 is 8 bytes; the second bad byte must not be reported
        assertEquals(9, refused(bytes("👍🏽x", 0xFF, "y", 0xFE)).byteOffset());
    }

    @Test
    void sampleArticleDecodesToItselfAndHashesLikeSha256sum() {
        byte[] raw = SampleArticles.bytes(SampleArticles.ALHURRA);
        String stored = ImportedText.decode(raw);
        assertEquals(new String(raw, StandardCharsets.UTF_8), stored);
        // sha256sum src/test/resources/samples/coalition-iraq-alhurra.ar.txt
        assertEquals(SampleArticles.ALHURRA_SHA256, TextHash.sha256Hex(stored));
    }
}
