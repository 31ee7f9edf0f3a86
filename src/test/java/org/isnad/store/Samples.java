package org.isnad.store;

import java.time.Instant;
import java.time.LocalDate;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.text.TextHash;

/** Records for the store tests, built directly (no service in between) on the shared Arabic texts. */
final class Samples {
    static final Instant T0 = Instant.parse("2024-09-24T08:15:30.123Z");

    private Samples() {
    }

    static Document document(String title, String text, Instant importedAt) {
        return new Document(Ids.newId(), title, "https://www.alhurra.com/iraq/2024/09/24/coalition", "الحرة",
                LocalDate.of(2024, 9, 24), "ar", text, TextHash.sha256Hex(text), importedAt);
    }

    /** A document with every optional field empty. */
    static Document bareDocument(String text) {
        return new Document(Ids.newId(), "بلا عنوان فرعي", null, null, null, null, text, TextHash.sha256Hex(text), T0);
    }

    static AnnotationSetInfo set(String documentId, String annotator, SetState state, Instant createdAt) {
        return new AnnotationSetInfo(Ids.newId(), documentId, annotator, SetKind.ANALYST, state, createdAt);
    }

    static Span span(Layer layer, int start, int end) {
        return Span.mark(layer, start, end);
    }
}
