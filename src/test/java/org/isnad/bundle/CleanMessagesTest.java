package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** No message of the formats says its own beginning twice (issue 16: "unknown key: unknown key: …"). */
class CleanMessagesTest {

    @Test
    void theCheckFindsWhatVerifyUsedToPrint() {
        assertEquals("unknown key", VerifyMessages.repeatedPrefix(
                "work.isnad (set s1): unknown key: unknown key: signed by omar with key 0a1b, which is not among your trusted keys"));
        assertEquals("invalid", VerifyMessages.repeatedPrefix(
                "documents/1/document.json (set s1): invalid: signature invalid: the annotations changed since omar signed them"));
        assertEquals(null, VerifyMessages.repeatedPrefix(
                "documents/1/document.json (set s1): unknown key: signed by omar with key 0a1b (import it with isnad keys import)"));
    }

    @Test
    void noEnglishPatternOfTheFormatsRepeatsItsPrefix() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/isnad/message/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        int checked = 0;
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("bundle.")) {
                VerifyMessages.assertClean(key + ": " + p.getProperty(key));
                checked++;
            }
        }
        assertTrue(checked > 100, "bundle messages checked: " + checked);
    }
}
