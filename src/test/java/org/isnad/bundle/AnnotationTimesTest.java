package org.isnad.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ExportRequest;
import org.isnad.service.ImportOptions;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Library;
import org.isnad.service.Progress;
import org.isnad.store.H2Store;
import org.isnad.testing.HandClock;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Duration;

/** A W3C annotation's {@code created} is when its span was marked, {@code modified} when it last changed, read from the audit trail. */
class AnnotationTimesTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    final Path dir = stores.dir();

    @Test
    void createdIsWhenMarkedAndModifiedWhenLastChanged() throws IOException {
        HandClock clock = new HandClock(Instant.parse("2025-01-05T09:00:00Z"));
        Path out = dir.resolve("times.jsonld");
        try (H2Store store = stores.open("db")) {
            Document doc = new Library(store, clock).importFile(DiscontinuousTest.TEXT.getBytes(StandardCharsets.UTF_8), "t.txt",
                    new ImportOptions(null, null, null, null), "layla").document();
            clock.advance(Duration.ofMinutes(10));
            AnnotationSession session = AnnotationSession.open(store, doc.id(), "layla", clock);
            int start = DiscontinuousTest.TEXT.indexOf(DiscontinuousTest.SPEAKER);
            Span speaker = session.mark(Layer.SPEAKER, start, start + DiscontinuousTest.SPEAKER.length());
            clock.advance(Duration.ofMinutes(10));
            int cue = DiscontinuousTest.TEXT.indexOf(DiscontinuousTest.CUE);
            session.mark(Layer.CUE, cue, cue + DiscontinuousTest.CUE.length());
            clock.advance(Duration.ofMinutes(10));
            session.setNote(speaker.id(), "المتحدث");
            new BundleInterchange(() -> store, clock).export(new ExportRequest(List.of(), InterchangeFormat.W3C, out, false, "layla"),
                    Progress.none());
        }
        JsonNode items = new ObjectMapper().readTree(out.toFile()).get("first").get("items");
        JsonNode cue = items.get(0);
        JsonNode speaker = items.get(1);
        assertEquals("cue", cue.get("body").get(0).get("value").asText());
        assertEquals("2025-01-05T09:20:00Z", cue.get("created").asText());
        assertFalse(cue.has("modified"));
        assertEquals("2025-01-05T09:10:00Z", speaker.get("created").asText());
        assertEquals("2025-01-05T09:30:00Z", speaker.get("modified").asText());
    }
}
