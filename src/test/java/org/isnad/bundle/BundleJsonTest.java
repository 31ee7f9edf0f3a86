package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes of a bundle's JSON entries: the manifest hashes them, so the same data must always give these bytes. */
class BundleJsonTest {
    @Test
    void keysAreWrittenInStringOrderAtEveryDepthWithTwoSpacesAndAFinalNewline() {
        ObjectNode o = BundleJson.object();
        o.put("zeta", 1);
        o.put("alpha", "قال");
        ObjectNode inner = o.putObject("mid");
        inner.put("b", 2);
        inner.putNull("a");
        o.putArray("list").addObject().put("y", 1).put("x", true);
        o.put("Zed", "upper case sorts first");
        o.putArray("empty");
        assertEquals("""
                {
                  "Zed" : "upper case sorts first",
                  "alpha" : "قال",
                  "empty" : [ ],
                  "list" : [
                    {
                      "x" : true,
                      "y" : 1
                    }
                  ],
                  "mid" : {
                    "a" : null,
                    "b" : 2
                  },
                  "zeta" : 1
                }
                """, new String(BundleJson.bytes(o), StandardCharsets.UTF_8));
        assertEquals("[\"zeta\", \"alpha\", \"mid\", \"list\", \"Zed\", \"empty\"]", iterationOrder(o), "the node itself is not reordered");
    }

    private static String iterationOrder(ObjectNode o) {
        StringBuilder names = new StringBuilder("[");
        o.fieldNames().forEachRemaining(n -> names.append(names.length() > 1 ? ", " : "").append('"').append(n).append('"'));
        return names.append(']').toString();
    }
}
