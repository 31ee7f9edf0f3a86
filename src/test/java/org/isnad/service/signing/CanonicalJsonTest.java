package org.isnad.service.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 8785 style canonical JSON: sorted keys, no whitespace, minimal escapes, UTF-8. */
class CanonicalJsonTest {
    final ObjectMapper json = new ObjectMapper();

    String canonical(String text) throws Exception {
        return CanonicalJson.write(json.readTree(text));
    }

    @Test
    void keysAreSortedAtEveryLevelAndWhitespaceGoes() throws Exception {
        assertEquals("{\"a\":[3,{\"x\":null,\"y\":true}],\"b\":false,\"c\":\"d\"}",
                canonical("{ \"c\" : \"d\", \"b\": false,\n \"a\": [3, {\"y\": true, \"x\": null}] }"));
    }

    @Test
    void keysSortByUtf16CodeUnitsAsInTheRfcExample() throws Exception {
        // RFC 8785 section 3.2.3
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\",\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertEquals(expected, canonical(input));
    }

    @Test
    void stringsKeepOnlyTheRequiredEscapesAndArabicIsLiteralUtf8() throws Exception {
        JsonNode node = json.createObjectNode().put("t", "قال: “لا\" \\ \n\t\b\f\r\u0001\u001f\u2028/ é");
        String out = CanonicalJson.write(node);
        assertEquals("{\"t\":\"قال: “لا\\\" \\\\ \\n\\t\\b\\f\\r\\u0001\\u001f\u2028/ é\"}", out);
        assertArrayEquals(out.getBytes(StandardCharsets.UTF_8), CanonicalJson.bytes(node));
        assertEquals(node, json.readTree(out), "canonical JSON is still JSON that reads back the same");
    }

    @Test
    void wholeNumbersAsPlainDecimals() throws Exception {
        assertEquals("[0,-7,123456789012,9007199254740992,100]", canonical("[0, -7, 123456789012, 9007199254740992, 1E2]"));
        assertEquals("[0]", canonical("[-0]"));
    }

    @Test
    void fractionsHugeNumbersAndLoneSurrogatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> canonical("[1.5]"));
        assertThrows(IllegalArgumentException.class, () -> canonical("[9007199254740993]"));
        assertThrows(IllegalArgumentException.class,
                () -> CanonicalJson.write(json.createObjectNode().put("s", "a\ud83db")));
    }

    @Test
    void theSameContentInAnotherOrderGivesTheSameBytes() throws Exception {
        assertArrayEquals(CanonicalJson.bytes(json.readTree("{\"b\":{\"d\":1,\"c\":2},\"a\":\"ا\"}")),
                CanonicalJson.bytes(json.readTree("{\"a\":\"ا\",\"b\":{\"c\":2,\"d\":1}}")));
    }
}
