package org.isnad.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Both languages say the same things: the same keys, and each text with the same placeholders. */
class MessageBundlesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @ParameterizedTest
    @ValueSource(strings = {"/org/isnad/message/messages", "/org/isnad/ui/messages"})
    void englishAndArabicHaveTheSameKeysAndPlaceholders(String base) throws IOException {
        Map<String, String> en = load(base + ".properties");
        Map<String, String> ar = load(base + "_ar.properties");
        Set<String> onlyEn = new TreeSet<>(en.keySet());
        onlyEn.removeAll(ar.keySet());
        Set<String> onlyAr = new TreeSet<>(ar.keySet());
        onlyAr.removeAll(en.keySet());
        assertTrue(onlyEn.isEmpty(), base + ": keys without Arabic: " + onlyEn);
        assertTrue(onlyAr.isEmpty(), base + ": keys without English: " + onlyAr);
        for (String key : en.keySet()) {
            assertEquals(placeholders(en.get(key)), placeholders(ar.get(key)), base + ": placeholders of " + key);
            assertFalse(ar.get(key).isBlank(), base + ": empty Arabic text for " + key);
        }
    }

    /** A key given twice is a merge's leftover: only the last one counts, and the first one misleads whoever edits it. */
    @ParameterizedTest
    @ValueSource(strings = {"/org/isnad/message/messages.properties", "/org/isnad/message/messages_ar.properties",
            "/org/isnad/ui/messages.properties", "/org/isnad/ui/messages_ar.properties"})
    void noKeyIsGivenTwice(String resource) throws IOException {
        Set<String> twice = new TreeSet<>();
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    twice.add(String.valueOf(key));
                }
                return super.put(key, value);
            }
        };
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertTrue(p.size() > 100, resource + " was read");
        assertTrue(twice.isEmpty(), resource + ": keys given twice: " + twice);
    }

    @Test
    void aMessageRendersInEitherLanguageWithItsArguments() {
        Message m = Message.of("error.unexpected", "disk full");
        assertEquals("Something unexpected went wrong: disk full", m.english());
        String ar = Messages.render(m, Locale.forLanguageTag("ar"));
        assertTrue(ar.startsWith("حدث خطأ"), ar);
        assertTrue(ar.endsWith("disk full"), ar);
    }

    @Test
    void aMissingKeyShowsTheKeyAndItsArgumentsRatherThanFailing() {
        assertEquals("no.such.key [7, x]", Message.of("no.such.key", 7, "x").english());
    }

    @Test
    void integersAreNeverGrouped() {
        assertEquals("Something unexpected went wrong: 12345", Message.of("error.unexpected", 12345).english());
    }

    @Test
    void describeFindsTheMessageOfACause() {
        RuntimeException wrapped = new RuntimeException("outer", new LocalizedException(Message.of("error.unexpected", "inner")));
        assertEquals("Something unexpected went wrong: inner", Messages.describe(wrapped, Locale.ENGLISH));
    }

    private static Map<String, String> load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> out = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
