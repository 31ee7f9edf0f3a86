package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;

/** Real Arabic material for the store tests. */
final class Samples {
    static final String KIMMITT_SENTENCE = "قال مارك كيميت، مساعد وزير الخارجية الأميركي السابق: "
            + "“لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني”.";
    static final String REUTERS_SENTENCE = "ونقلت وكالة رويترز عن مصادر قولها إن المحادثات مستمرة.";
    static final Instant T0 = Instant.parse("2024-09-24T08:15:30.123Z");

    private Samples() {
    }

    static H2Store open(Path folder) {
        return H2Store.open(folder.resolve("isnad"));
    }

    static String alhurraArticle() {
        try (InputStream in = Samples.class.getResourceAsStream("/org/isnad/samples/coalition-iraq-alhurra.ar.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document document(String title, String text, Instant importedAt) {
        return new Document(Ids.newId(), title, "https://www.alhurra.com/iraq/2024/09/24/coalition", "الحرة",
                LocalDate.of(2024, 9, 24), "ar", text, sha256(text), importedAt);
    }

    /** A document with every optional field empty. */
    static Document bareDocument(String text) {
        return new Document(Ids.newId(), "بلا عنوان فرعي", null, null, null, null, text, sha256(text), T0);
    }

    static Actor kimmitt() {
        return new Actor(Ids.newId(), "مارك كيميت", "Mark Kimmitt", List.of("كيميت", "الجنرال كيميت"),
                ActorKind.PERSON, "مساعد وزير الخارجية الأميركي السابق", "Q1338366");
    }

    static Actor reuters() {
        return new Actor(Ids.newId(), "وكالة رويترز", "Reuters", List.of("رويترز"), ActorKind.MEDIA_OUTLET, null, "Q130879");
    }

    static AnnotationSetInfo set(String documentId, String annotator, SetState state, Instant createdAt) {
        return new AnnotationSetInfo(Ids.newId(), documentId, annotator, SetKind.ANALYST, state, createdAt);
    }

    static Span span(Layer layer, int start, int end) {
        return Span.mark(layer, start, end);
    }
}
