package org.isnad.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test access to the Arabic sample articles under src/test/resources/samples. */
final class Samples {

    static final String[] FILES = {
        "coalition-iraq-alhurra.ar.txt",
        "ahli-gross-football-aawsat.ar.txt",
        "heat-index-almisnad-sabq.ar.txt",
        "jazan-schools-okaz.ar.txt",
        "oman-solar-glasspoint-aleqt.ar.txt",
    };

    private Samples() {
    }

    static String read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first paragraph of a sample that contains {@code needle}. */
    static String paragraphWith(String name, String needle) {
        TextParagraphs ps = TextParagraphs.of(read(name));
        for (int i = 0; i < ps.size(); i++) {
            String p = ps.paragraphText(i);
            if (p.contains(needle)) {
                return p;
            }
        }
        throw new IllegalStateException(needle + " not in " + name);
    }

    /** All paragraphs of all samples, repeated until the text exceeds {@code minChars}. */
    static String repeatedArticle(int minChars) {
        List<String> paragraphs = new ArrayList<>();
        for (String f : FILES) {
            TextParagraphs ps = TextParagraphs.of(read(f));
            for (int i = 0; i < ps.size(); i++) {
                paragraphs.add(ps.paragraphText(i));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() <= minChars; i++) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(paragraphs.get(i % paragraphs.size()));
        }
        return sb.toString();
    }
}
