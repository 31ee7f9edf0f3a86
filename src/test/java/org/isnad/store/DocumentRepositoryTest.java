package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.DocumentSummary;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.SampleArticles;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentRepositoryTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    H2Store store = stores.open();

    @Test
    void everyFieldComesBackAsStored() {
        Document article = Samples.document(SampleArticles.ALHURRA_TITLE, SampleArticles.alhurra(), Samples.T0);
        Document bare = Samples.bareDocument(Kimmitt.SENTENCE);
        store.documents().add(article);
        store.documents().add(bare);
        store.close();
        store = stores.open();
        assertEquals(Optional.of(article), store.documents().find(article.id()));
        assertEquals(Optional.of(bare), store.documents().find(bare.id()), "empty optional fields stay empty");
        assertEquals("ar", store.documents().find(bare.id()).orElseThrow().language());
        assertEquals(Optional.of(article), store.documents().findBySha256(article.sha256()));
        assertEquals(Optional.empty(), store.documents().find("no-such-id"));
        assertEquals(Optional.empty(), store.documents().findBySha256("0".repeat(64)));
        assertEquals(2, store.documents().count());
    }

    @Test
    void theTextIsKeptExactlyWithMarksBidiControlsAndAstralCharacters() {
        String text = "قالَ «مارك كيميت»\u200F: \u2067“لا أعتقد”\u2069\nسطر ثانٍ\tمع 𝔸 و ١٢٣ و\u0640\u0640تطويل\n";
        Document doc = Samples.document("نص دقيق", text, Samples.T0);
        store.documents().add(doc);
        assertEquals(text, store.documents().find(doc.id()).orElseThrow().text());
    }

    @Test
    void instantsAreKeptToTheMillisecond() {
        Instant withMicros = Instant.parse("2024-09-24T08:15:30.123456789Z");
        Document doc = Samples.document("وقت", Kimmitt.REUTERS, withMicros);
        store.documents().add(doc);
        assertEquals(Instant.parse("2024-09-24T08:15:30.123Z"), store.documents().find(doc.id()).orElseThrow().importedAt());
    }

    @Test
    void theSameTextTwiceIsRefusedNamingTheStoredDocument() {
        store.documents().add(Samples.document("الأصل", Kimmitt.SENTENCE, Samples.T0));
        StorageException e = assertThrows(StorageException.class,
                () -> store.documents().add(Samples.document("نسخة", Kimmitt.SENTENCE, Samples.T0)));
        assertTrue(e.getMessage().contains("«الأصل»"), e.getMessage());
        assertTrue(e.getMessage().contains(store.location()), e.getMessage());
        assertEquals(1, store.documents().count());
    }

    @Test
    void summariesCountOverAllSetsAndTakeTheLeastAdvancedState() {
        Document untouched = Samples.document("لم يُعلَّق", Kimmitt.REUTERS, Samples.T0.plusSeconds(30));
        Document annotated = Samples.document("التحالف", Kimmitt.SENTENCE, Samples.T0);
        Document approved = Samples.document("معتمد", SampleArticles.alhurra(), Samples.T0.plusSeconds(60));
        store.documents().add(untouched);
        store.documents().add(annotated);
        store.documents().add(approved);

        AnnotationSetInfo submitted = Samples.set(annotated.id(), "سلمى", SetState.SUBMITTED, Samples.T0);
        AnnotationSetInfo changes = Samples.set(annotated.id(), "يوسف", SetState.CHANGES_REQUESTED, Samples.T0.plusSeconds(1));
        AnnotationSetInfo approvedSet = Samples.set(annotated.id(), "مراجع", SetState.APPROVED, Samples.T0.plusSeconds(2));
        store.annotations().addSet(submitted);
        store.annotations().addSet(changes);
        store.annotations().addSet(approvedSet);
        Span speaker = Samples.span(Layer.SPEAKER, 4, 14);
        Span cue = Samples.span(Layer.CUE, 0, 3);
        Span quote = Samples.span(Layer.QUOTE, 55, 113);
        store.annotations().addSpan(submitted.id(), speaker);
        store.annotations().addSpan(submitted.id(), cue);
        store.annotations().addSpan(submitted.id(), quote);
        store.annotations().addLink(submitted.id(), Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
        store.annotations().addLink(submitted.id(), Link.of(LinkType.CUED_BY, quote.id(), cue.id()));
        Span otherQuote = Samples.span(Layer.QUOTE, 55, 113);
        store.annotations().addSpan(changes.id(), otherQuote);
        store.annotations().addSpan(changes.id(), Samples.span(Layer.CLAIM, 60, 110));
        store.annotations().addSet(Samples.set(approved.id(), "مراجع", SetState.APPROVED, Samples.T0));

        List<DocumentSummary> summaries = store.documents().summaries();
        assertEquals(List.of(annotated.id(), untouched.id(), approved.id()), summaries.stream().map(DocumentSummary::id).toList(),
                "ordered by import time");
        DocumentSummary a = summaries.get(0);
        assertEquals(Map.of(Layer.SPEAKER, 1, Layer.CUE, 1, Layer.QUOTE, 2, Layer.CLAIM, 1), a.counts());
        assertEquals(2, a.links());
        assertEquals("changes_requested", a.state(), "the least advanced of submitted, changes requested, approved");
        assertEquals(annotated.title(), a.title());
        assertEquals(annotated.outlet(), a.outlet());
        assertEquals(annotated.publishedDate(), a.publishedDate());
        assertEquals(annotated.sha256(), a.sha256());
        assertEquals(annotated.text().length(), a.chars());
        assertEquals(annotated.importedAt(), a.importedAt());

        DocumentSummary u = summaries.get(1);
        assertEquals("new", u.state());
        assertEquals(Map.of(Layer.SPEAKER, 0, Layer.CUE, 0, Layer.QUOTE, 0, Layer.CLAIM, 0), u.counts());
        assertEquals(0, u.links());
        assertEquals("approved", summaries.get(2).state());

        store.annotations().addSet(Samples.set(approved.id(), "سلمى", SetState.IN_PROGRESS, Samples.T0.plusSeconds(5)));
        assertEquals("in_progress", store.documents().summaries().get(2).state());
    }

    @Test
    void twoThousandDocumentsAreListedWithTheirCounts() {
        String text = SampleArticles.alhurra();
        store.transactions().run(() -> {
            for (int i = 0; i < 2000; i++) {
                Document d = Samples.document("خبر " + i, text + " " + i, Samples.T0.plusMillis(i));
                store.documents().add(d);
                AnnotationSetInfo set = Samples.set(d.id(), "سلمى", SetState.values()[i % 4], Samples.T0);
                store.annotations().addSet(set);
                for (int k = 0; k < 10; k++) {
                    store.annotations().addSpan(set.id(), Samples.span(Layer.values()[k % 4], k * 10, k * 10 + 5));
                }
            }
        });
        // the time this takes is measured by bench/run (library_open_ms), not asserted here
        List<DocumentSummary> summaries = store.documents().summaries();
        assertEquals(2000, summaries.size());
        assertEquals(10, summaries.get(1999).counts().values().stream().mapToInt(Integer::intValue).sum());
    }
}
