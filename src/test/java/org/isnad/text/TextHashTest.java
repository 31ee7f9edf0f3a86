package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextHashTest {

    @Test
    void emptyText() {
        // printf '' | sha256sum
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TextHash.sha256Hex(""));
    }

    @Test
    void hashesUtf8BytesInLowercaseHex() {
        // printf 'قال' | sha256sum
        assertEquals("9802426735d3127ccd571700e4c04770639bc7e9b1659bd4210e87a0b2bc0dc3", TextHash.sha256Hex("قال"));
    }

    @Test
    void harakatChangeTheHash() {
        assertNotEquals(TextHash.sha256Hex("قال"), TextHash.sha256Hex("قَالَ"));
    }
}
