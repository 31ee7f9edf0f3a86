package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.isnad.message.Message;
import org.isnad.message.Messages;
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

    @Test
    void everyKeyTheFormatsUseIsInTheBundles() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/org/isnad/message/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern key = Pattern.compile("\"(bundle\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/isnad/bundle"))) {
            for (Path f : files.toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (String kind : List.of("string", "integer", "boolean", "array")) {
            used.add("bundle.json.kind." + kind); // JsonFields names the kind it wanted
        }
        used.removeIf(p::containsKey);
        assertEquals(Set.of(), used, "keys without a text");
    }

    @Test
    void aRefusalReadsInArabicInTheWindowAndInEnglishOnTheCommandLine() {
        BundleRefusal e = BratReader.refuse("bad.ann", 2, Message.of("bundle.brat.twice", "T2"));
        assertEquals("bad.ann line 2: T2 is defined twice", e.getMessage());
        assertEquals("bad.ann line 2: T2 معرَّف مرّتين", Messages.render(e.message(), Locale.forLanguageTag("ar")));
        assertEquals("T2 is defined twice", e.reason().english());
    }
}
