package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BidiControlsTest {

    @Test
    void bidiControls() {
        for (int cp : new int[] {0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                0x2066, 0x2067, 0x2068, 0x2069}) {
            assertTrue(BidiControls.isBidiControl(cp), Integer.toHexString(cp));
            assertTrue(BidiControls.isTrimmable(cp), Integer.toHexString(cp));
        }
        assertFalse(BidiControls.isBidiControl(0x200D), "ZWJ joins emoji, it is not a bidi control");
        assertFalse(BidiControls.isBidiControl(0x2029));
        assertFalse(BidiControls.isBidiControl(0x202F));
    }

    @Test
    void trimmableWhitespace() {
        for (int cp : new int[] {' ', '\t', '\n', '\r', 0x00A0, 0x2007, 0x202F, 0x200B, 0x2003, 0x3000}) {
            assertTrue(BidiControls.isTrimmable(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void lettersMarksAndJoinersAreKept() {
        for (int cp : "قَّـلا8٨«،".codePoints().toArray()) {
            assertFalse(BidiControls.isTrimmable(cp), Integer.toHexString(cp));
        }
        assertFalse(BidiControls.isTrimmable(0x200C), "ZWNJ changes how Arabic letters join");
        assertFalse(BidiControls.isTrimmable(0x200D));
        assertFalse(BidiControls.isTrimmable(0x1F44D));
    }
}
