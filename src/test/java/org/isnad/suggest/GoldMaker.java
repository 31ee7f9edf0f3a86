package org.isnad.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.isnad.text.ImportedText;

/**
 * Turns a gold spec (quotes, cues, speakers and claims written as exact substrings of the article)
 * into brat standoff ({@code NAME.txt} + {@code NAME.ann}, the schema Isnad's brat export writes), so
 * nobody counts offsets by hand. Run from the project folder after {@code mvn -o -q test-compile}:
 * {@code java -cp target/classes:target/test-classes:<jackson jars> org.isnad.suggest.GoldMaker}.
 * <p>
 * A spec names its text: {@code "text": "gold/dev/NAME.txt"} (an article kept beside its gold) or
 * {@code "file": "NAME.ar.txt"} (a sample under {@code samples/}, copied to {@code gold/dev/}). A quote
 * is found at or after the previous quote's start ({@code quote}, or {@code from} … {@code to}); its
 * cue and speaker are the whole-word occurrences nearest to it (before it preferred), outside it. A
 * quote with an actor but no speaker of its own (a continuation, «وأضاف») is attributed to the
 * mention of the last earlier quote with that actor. A claim ({@code text}, or {@code from} …
 * {@code to}) is found inside its quote ({@code quote}: index), is Expressed by it and ClaimedBy
 * its speaker mention. Actors are referenced as {@code isnad:<name-based UUID>} with their name.
 */
public final class GoldMaker {

    private record Ann(String type, int start, int end) {
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args.length > 0 ? args[0] : "src/test/resources");
        ObjectMapper json = new ObjectMapper();
        try (var specs = Files.list(resources.resolve("gold/spec"))) {
            for (Path spec : specs.filter(p -> p.toString().endsWith(".spec.json")).sorted().toList()) {
                JsonNode s = json.readTree(spec.toFile());
                Path txt;
                String text;
                if (s.has("text")) {
                    txt = resources.resolve(s.get("text").asText());
                    text = ImportedText.decode(Files.readAllBytes(txt));
                } else {
                    String file = s.get("file").asText();
                    text = ImportedText.decode(Files.readAllBytes(resources.resolve("samples").resolve(file)));
                    txt = resources.resolve("gold/dev").resolve(file.replace(".ar.txt", ".txt"));
                    Files.writeString(txt, text);
                }
                String name = txt.getFileName().toString();
                String ann = ann(s, text, name);
                Path target = txt.resolveSibling(name.replace(".txt", ".ann"));
                Files.writeString(target, ann);
                System.out.println(target + ": " + s.get("quotes").size() + " quotes, "
                        + (s.has("claims") ? s.get("claims").size() : 0) + " claims");
            }
        }
    }

    static String ann(JsonNode s, String text, String file) {
        List<Ann> anns = new ArrayList<>();
        List<Ann> quotes = new ArrayList<>();
        List<Ann> cues = new ArrayList<>();
        List<Ann> speakers = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> actors = new ArrayList<>();
        Map<Ann, String> actorOf = new LinkedHashMap<>();
        int cursor = 0;
        for (JsonNode q : s.get("quotes")) {
            int[] r = range(q, text, cursor, text.length(), file);
            cursor = r[0];
            Ann quote = new Ann("Quote", r[0], r[1]);
            Ann cue = near("Cue", q, "cue", text, r[0], r[1], file);
            Ann speaker = near("Speaker", q, "speaker", text, r[0], r[1], file);
            String actor = q.hasNonNull("actor") ? q.get("actor").asText() : null;
            if (speaker == null && actor != null) {
                for (int i = quotes.size() - 1; i >= 0 && speaker == null; i--) {
                    if (actor.equals(actors.get(i))) {
                        speaker = speakers.get(i);
                    }
                }
            }
            if (speaker != null && actor != null) {
                String before = actorOf.putIfAbsent(speaker, actor);
                if (before != null && !before.equals(actor)) {
                    throw new IllegalArgumentException(file + ": one mention, two actors: " + before + ", " + actor);
                }
            }
            quotes.add(quote);
            cues.add(cue);
            speakers.add(speaker);
            types.add(q.get("type").asText());
            actors.add(actor);
        }
        List<Ann> claims = new ArrayList<>();
        List<Integer> claimQuote = new ArrayList<>();
        if (s.has("claims")) {
            for (JsonNode c : s.get("claims")) {
                int qi = c.get("quote").asInt();
                Ann quote = quotes.get(qi);
                int[] r = range(c, text, quote.start(), quote.end(), file);
                claims.add(new Ann("Claim", r[0], r[1]));
                claimQuote.add(qi);
            }
        }
        Set<Ann> all = new LinkedHashSet<>();
        for (List<Ann> layer : List.of(speakers, cues, quotes, claims)) {
            layer.stream().filter(a -> a != null).forEach(all::add);
        }
        anns.addAll(all);
        anns.sort(Comparator.comparingInt(Ann::start).thenComparingInt(Ann::end).thenComparing(Ann::type));
        Map<Ann, Integer> number = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        for (Ann a : anns) {
            number.put(a, number.size() + 1);
            out.append('T').append(number.get(a)).append('\t').append(a.type()).append(' ')
                    .append(text.codePointCount(0, a.start())).append(' ').append(text.codePointCount(0, a.end()))
                    .append('\t').append(text.substring(a.start(), a.end()).replace('\n', ' ')).append('\n');
        }
        int n = 0;
        for (int i = 0; i < quotes.size(); i++) {
            out.append('A').append(++n).append("\tQuoteType T").append(number.get(quotes.get(i))).append(' ')
                    .append(types.get(i)).append('\n');
        }
        Set<String> relations = new LinkedHashSet<>();
        for (int i = 0; i < quotes.size(); i++) {
            int t = number.get(quotes.get(i));
            if (speakers.get(i) != null) {
                relations.add("AttributedTo Arg1:T" + t + " Arg2:T" + number.get(speakers.get(i)));
            }
            if (cues.get(i) != null) {
                relations.add("CuedBy Arg1:T" + t + " Arg2:T" + number.get(cues.get(i)));
            }
            JsonNode q = s.get("quotes").get(i);
            if (q.has("parent")) {
                relations.add("NestedIn Arg1:T" + t + " Arg2:T" + number.get(quotes.get(q.get("parent").asInt())));
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            int qi = claimQuote.get(i);
            relations.add("Expresses Arg1:T" + number.get(quotes.get(qi)) + " Arg2:T" + number.get(claims.get(i)));
            if (speakers.get(qi) != null) {
                relations.add("ClaimedBy Arg1:T" + number.get(claims.get(i)) + " Arg2:T" + number.get(speakers.get(qi)));
            }
        }
        int r = 0;
        for (String relation : relations) {
            out.append('R').append(++r).append('\t').append(relation).append('\n');
        }
        int k = 0;
        for (Map.Entry<Ann, String> e : actorOf.entrySet()) {
            String id = UUID.nameUUIDFromBytes(e.getValue().getBytes(StandardCharsets.UTF_8)).toString();
            out.append('N').append(++k).append("\tReference T").append(number.get(e.getKey())).append(" isnad:").append(id)
                    .append('\t').append(e.getValue()).append('\n');
        }
        return out.toString();
    }

    private static int[] range(JsonNode q, String text, int from, int limit, String file) {
        int start;
        int end;
        String what = q.has("quote") && q.get("quote").isTextual() ? q.get("quote").asText()
                : q.has("text") ? q.get("text").asText() : null;
        if (what != null) {
            start = find(text, what, from, file);
            end = start + what.length();
        } else {
            start = find(text, q.get("from").asText(), from, file);
            String to = q.get("to").asText();
            end = find(text, to, start, file) + to.length();
        }
        if (end > limit) {
            throw new IllegalArgumentException(file + ": «" + text.substring(start, end) + "» goes past " + limit);
        }
        return new int[] {start, end};
    }

    private static int find(String text, String what, int from, String file) {
        int at = text.indexOf(what, from);
        if (at < 0) {
            throw new IllegalArgumentException(file + ": «" + what + "» not found after offset " + from);
        }
        return at;
    }

    private static Ann near(String type, JsonNode q, String field, String text, int start, int end, String file) {
        if (!q.hasNonNull(field)) {
            return null;
        }
        String what = q.get(field).asText();
        if (q.hasNonNull(field + "_context")) {
            // the occurrence inside the nearest earlier context («واتصلت الفتاة») when the nearest one is not it
            String context = q.get(field + "_context").asText();
            int at = text.lastIndexOf(context, start);
            if (at < 0 || context.indexOf(what) < 0) {
                throw new IllegalArgumentException(file + ": " + field + " context «" + context + "» not found");
            }
            at += context.indexOf(what);
            return new Ann(type, at, at + what.length());
        }
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
        return new Ann(type, best, best + what.length());
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
