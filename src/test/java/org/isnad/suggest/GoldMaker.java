package org.isnad.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.text.ImportedText;
import org.isnad.text.TextHash;

/**
 * Turns a gold spec (quotes, cues and speakers written as exact substrings of the article) into
 * gold offsets, so nobody counts UTF-16 units by hand. Run from the project folder:
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.isnad.suggest.GoldMaker}.
 * A quote is found at or after the previous quote's start («quote», or «from» … «to»); its cue and
 * speaker are the whole-word occurrences nearest to it (before it preferred), outside it.
 */
public final class GoldMaker {

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources");
        ObjectMapper json = new ObjectMapper();
        try (var specs = Files.list(resources.resolve("gold/spec"))) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".spec.json")).sorted().toList()) {
                JsonNode s = json.readTree(spec.toFile());
                String file = s.get("file").asText();
                String text = ImportedText.decode(Files.readAllBytes(resources.resolve("samples").resolve(file)));
                ObjectNode out = json.createObjectNode();
                out.put("file", file);
                out.put("sha256", TextHash.sha256Hex(text));
                out.put("offsets", "UTF-16 code units of the stored text, end exclusive; quotes without their marks");
                ArrayNode quotes = out.putArray("quotes");
                int cursor = 0;
                for (JsonNode q : s.get("quotes")) {
                    int start;
                    int end;
                    if (q.has("quote")) {
                        start = find(text, q.get("quote").asText(), cursor, file);
                        end = start + q.get("quote").asText().length();
                    } else {
                        start = find(text, q.get("from").asText(), cursor, file);
                        String to = q.get("to").asText();
                        end = find(text, to, start, file) + to.length();
                    }
                    cursor = start;
                    ObjectNode o = quotes.addObject();
                    o.put("type", q.get("type").asText());
                    o.put("start", start);
                    o.put("end", end);
                    o.put("text", text.substring(start, end));
                    near(o, "cue", q, text, start, end, file);
                    near(o, "speaker", q, text, start, end, file);
                    o.put("actor", q.hasNonNull("actor") ? q.get("actor").asText() : null);
                    if (q.has("parent")) {
                        o.put("parent", q.get("parent").asInt());
                    } else {
                        o.putNull("parent");
                    }
                }
                Path target = resources.resolve("gold").resolve(file.replace(".ar.txt", ".gold.json"));
                Files.writeString(target, json.writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
                System.out.println(target + ": " + quotes.size() + " quotes");
            }
        }
    }

    private static int find(String text, String what, int from, String file) {
        int at = text.indexOf(what, from);
        if (at < 0) {
            throw new IllegalArgumentException(file + ": «" + what + "» not found after offset " + from);
        }
        return at;
    }

    private static void near(ObjectNode o, String field, JsonNode q, String text, int start, int end, String file) {
        if (!q.hasNonNull(field)) {
            o.putNull(field);
            return;
        }
        String what = q.get(field).asText();
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            if (!wholeWord(text, at, at + what.length()) || (at < end && at + what.length() > start)) {
                continue;
            }
            // an attribution after its quote is rarer than one before it
            int distance = at + what.length() <= start ? start - (at + what.length()) : at - end + 40;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = at;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException(file + ": " + field + " «" + what + "» not found as a word");
        }
        ObjectNode span = o.putObject(field);
        span.put("start", best);
        span.put("end", best + what.length());
        span.put("text", what);
    }

    /** Whole word, allowing a proclitic («وقال»، «لمسؤولين») in front. */
    private static boolean wholeWord(String text, int start, int end) {
        boolean after = end >= text.length() || !isWordChar(text.charAt(end));
        boolean before = start == 0 || !isWordChar(text.charAt(start - 1))
                || ("وفبلك".indexOf(text.charAt(start - 1)) >= 0 && (start == 1 || !isWordChar(text.charAt(start - 2))));
        return before && after;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
