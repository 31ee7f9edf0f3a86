package org.isnad.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;

/** The gold offsets point at the text they claim to, in the article they claim to. */
class GoldSpansTest {

    @Test
    void everyGoldSpanHoldsItsText() {
        List<String> all = new ArrayList<>(GoldSet.DEVELOPMENT);
        all.addAll(GoldSet.HELD_OUT);
        for (String name : all) {
            GoldSet gold = GoldSet.load(name);
            assertEquals(TextHash.sha256Hex(gold.text()), gold.json().get("sha256").asText(), name);
            assertFalse(gold.quotes().isEmpty(), name);
            int i = 0;
            for (JsonNode q : gold.json().get("quotes")) {
                String where = name + " quote " + i;
                check(gold.text(), q, where);
                for (String field : List.of("cue", "speaker")) {
                    if (q.hasNonNull(field)) {
                        check(gold.text(), q.get(field), where + " " + field);
                    }
                }
                assertTrue(q.hasNonNull("actor"), where + ": every gold quote names its actor");
                if (q.hasNonNull("parent")) {
                    assertTrue(q.get("parent").asInt() < i, where + ": the parent comes first");
                }
                assertTrue(List.of("direct", "indirect", "mixed").contains(q.get("type").asText()), where);
                i++;
            }
        }
    }

    private static void check(String text, JsonNode span, String where) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        String expected = span.get("text").asText();
        assertEquals(expected, text.substring(start, end), where);
        assertFalse(Character.isWhitespace(expected.charAt(0)) || Character.isWhitespace(expected.charAt(expected.length() - 1)),
                where + ": no space at the edges");
    }
}
