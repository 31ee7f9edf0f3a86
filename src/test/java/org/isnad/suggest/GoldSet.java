package org.isnad.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.isnad.testing.SampleArticles;
import org.isnad.text.ImportedText;
import org.isnad.text.TextRange;

/** The hand-made gold annotations of the sample articles, and which were used to develop the engine. */
record GoldSet(String name, String text, List<GoldQuote> quotes, JsonNode json) {

    /** Looked at while the rules were written. */
    static final List<String> DEVELOPMENT = List.of(SampleArticles.ALHURRA, SampleArticles.AAWSAT, SampleArticles.SABQ);
    /** Not looked at until the rules were frozen; their figures say how the engine does on unseen text. */
    static final List<String> HELD_OUT = List.of(SampleArticles.OKAZ, SampleArticles.ALEQT);

    /** The stored text of a sample article. */
    static String article(String name) {
        return ImportedText.decode(SampleArticles.bytes(name));
    }

    static boolean exists(String name) {
        return GoldSet.class.getResource("/gold/" + name + ".gold.json") != null;
    }

    static GoldSet load(String name) {
        try {
            String text = article(name);
            JsonNode json = new ObjectMapper().readTree(resource("/gold/" + name + ".gold.json"));
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : json.get("quotes")) {
                quotes.add(new GoldQuote(q.get("type").asText(), range(q), span(q.get("cue")), span(q.get("speaker")),
                        q.hasNonNull("actor") ? q.get("actor").asText() : null,
                        q.hasNonNull("parent") ? q.get("parent").asInt() : null));
            }
            return new GoldSet(name, text, quotes, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TextRange span(JsonNode n) {
        return n == null || n.isNull() ? null : range(n);
    }

    private static TextRange range(JsonNode n) {
        return new TextRange(n.get("start").asInt(), n.get("end").asInt());
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = GoldSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return in.readAllBytes();
        }
    }
}
