package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.CueMark;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AnnotationRepositoryTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    H2Store store = stores.open();
    Document doc;
    AnnotationSetInfo set;
    Actor kimmitt;
    Actor reuters;

    @BeforeEach
    void open() {
        doc = Samples.document("التحالف", Kimmitt.SENTENCE + "\n" + Kimmitt.REUTERS, Samples.T0);
        store.documents().add(doc);
        kimmitt = Kimmitt.actor();
        reuters = Kimmitt.reutersActor();
        store.actors().add(kimmitt);
        store.actors().add(reuters);
        set = Samples.set(doc.id(), "سلمى", SetState.IN_PROGRESS, Samples.T0);
        store.annotations().addSet(set);
    }

    private int at(String phrase) {
        int i = doc.text().indexOf(phrase);
        assertTrue(i >= 0, phrase);
        return i;
    }

    private Span spanOf(Layer layer, String phrase, String note, Object attributes) {
        int start = at(phrase);
        return new Span(Ids.newId(), layer, start, start + phrase.length(), note, (org.isnad.domain.SpanAttributes) attributes);
    }

    @Test
    void setsComeBackOldestFirstWithEveryKindAndState() {
        List<AnnotationSetInfo> expected = new ArrayList<>(List.of(set));
        int i = 1;
        for (SetKind kind : SetKind.values()) {
            for (SetState state : SetState.values()) {
                AnnotationSetInfo s = new AnnotationSetInfo(Ids.newId(), doc.id(), "محلل " + i, kind, state, Samples.T0.plusSeconds(i));
                store.annotations().addSet(s);
                expected.add(s);
                i++;
            }
        }
        store.close();
        store = stores.open();
        assertEquals(expected, store.annotations().setsOf(doc.id()));
        assertEquals(Optional.of(expected.get(3)), store.annotations().findSet(expected.get(3).id()));
        assertEquals(Optional.empty(), store.annotations().findSet("none"));
        assertEquals(List.of(), store.annotations().setsOf("no-document"));
    }

    @Test
    void aSetChangesItsStateButNotItsDocument() {
        AnnotationSetInfo submitted = set.withState(SetState.SUBMITTED);
        store.annotations().updateSet(submitted);
        assertEquals(Optional.of(submitted), store.annotations().findSet(set.id()));
        AnnotationSetInfo moved = new AnnotationSetInfo(set.id(), "another-document", set.annotator(), set.kind(), set.state(), set.createdAt());
        assertThrows(StorageException.class, () -> store.annotations().updateSet(moved));
        assertThrows(StorageException.class, () -> store.annotations().addSet(Samples.set("no-such-document", "سلمى", null, Samples.T0)));
    }

    @Test
    void everyLayerAndEveryAttributeComesBack() {
        Span speaker = spanOf(Layer.SPEAKER, "مارك كيميت", "المتحدث الأول", new SpeakerMention(kimmitt.id()));
        Span unnamedSpeaker = spanOf(Layer.SPEAKER, "مصادر", null, new SpeakerMention(null));
        Span cue = spanOf(Layer.CUE, "قال", null, new CueMark());
        Span quote = spanOf(Layer.QUOTE, "لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني", "اقتباس مباشر",
                new QuoteDetails(QuoteType.DIRECT, null));
        Span reported = spanOf(Layer.QUOTE, "المحادثات مستمرة", null, new QuoteDetails(QuoteType.INDIRECT, reuters.id()));
        Span fullClaim = spanOf(Layer.CLAIM, "الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني", "ادعاء",
                new ClaimDetails("الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني", kimmitt.id(), Polarity.DENIES,
                        Commitment.PROBABLE, ClaimType.PREDICTION, 4, "الأمن في العراق", "غير قابل للتحقق بعد"));
        Span emptyClaim = spanOf(Layer.CLAIM, "المحادثات", null, ClaimDetails.empty());
        List<Span> all = List.of(speaker, unnamedSpeaker, cue, quote, reported, fullClaim, emptyClaim);
        all.forEach(s -> store.annotations().addSpan(set.id(), s));
        store.close();
        store = stores.open();
        List<Span> expected = new ArrayList<>(all);
        expected.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                .thenComparing(Span::id));
        assertEquals(expected, store.annotations().spansOf(set.id()));
    }

    @Test
    void everyEnumValueOfAClaimAndAQuoteIsStored() {
        for (QuoteType type : QuoteType.values()) {
            store.annotations().addSpan(set.id(), new Span(Ids.newId(), Layer.QUOTE, 1, 2, null, new QuoteDetails(type, null)));
        }
        for (ClaimType type : ClaimType.values()) {
            for (Commitment commitment : Commitment.values()) {
                for (Polarity polarity : Polarity.values()) {
                    store.annotations().addSpan(set.id(), new Span(Ids.newId(), Layer.CLAIM, 3, 4, null,
                            new ClaimDetails(null, null, polarity, commitment, type, 1, null, null)));
                }
            }
        }
        assertEquals(QuoteType.values().length + ClaimType.values().length * Commitment.values().length * Polarity.values().length,
                store.annotations().spansOf(set.id()).size());
    }

    @Test
    void spansComeInReadingOrder() {
        Span late = new Span("a-late", Layer.CUE, 40, 43, null, null);
        Span shortFirst = new Span("b-short", Layer.SPEAKER, 4, 8, null, null);
        Span longFirst = new Span("c-long", Layer.QUOTE, 4, 30, null, null);
        Span sameAsShortB = new Span("a-same", Layer.CLAIM, 4, 8, null, null);
        for (Span s : List.of(late, shortFirst, longFirst, sameAsShortB)) {
            store.annotations().addSpan(set.id(), s);
        }
        assertEquals(List.of(longFirst, sameAsShortB, shortFirst, late), store.annotations().spansOf(set.id()));
    }

    @Test
    void spansAreUpdatedAndRemoved() {
        Span quote = spanOf(Layer.QUOTE, "المحادثات مستمرة", null, new QuoteDetails(QuoteType.INDIRECT, null));
        store.annotations().addSpan(set.id(), quote);
        Span changed = quote.withBounds(quote.start() - 3, quote.end()).withNote("قولها")
                .withAttributes(new QuoteDetails(QuoteType.MIXED, reuters.id()));
        store.annotations().updateSpan(set.id(), changed);
        assertEquals(List.of(changed), store.annotations().spansOf(set.id()));
        store.annotations().updateSpan(set.id(), changed.withNote(null));
        assertEquals(List.of(changed.withNote(null)), store.annotations().spansOf(set.id()));
        store.annotations().removeSpan(quote.id());
        assertEquals(List.of(), store.annotations().spansOf(set.id()));
        assertThrows(StorageException.class, () -> store.annotations().removeSpan(quote.id()));
        assertThrows(StorageException.class, () -> store.annotations().updateSpan(set.id(), quote));
    }

    @Test
    void aSpanNamingAnUnknownActorIsRefused() {
        Span mention = new Span(Ids.newId(), Layer.SPEAKER, 4, 14, null, new SpeakerMention("unknown-actor"));
        StorageException e = assertThrows(StorageException.class, () -> store.annotations().addSpan(set.id(), mention));
        assertTrue(e.getMessage().contains(store.location()), e.getMessage());
    }

    @Test
    void linksOfEveryTypeComeBackOrderedById() {
        Span speaker = spanOf(Layer.SPEAKER, "مارك كيميت", null, new SpeakerMention(kimmitt.id()));
        Span cue = spanOf(Layer.CUE, "قال", null, new CueMark());
        Span quote = spanOf(Layer.QUOTE, "لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني", null, new QuoteDetails(QuoteType.DIRECT, null));
        Span outer = spanOf(Layer.QUOTE, "المحادثات مستمرة", null, new QuoteDetails(QuoteType.INDIRECT, reuters.id()));
        Span claim = spanOf(Layer.CLAIM, "فراغ أمني", null, ClaimDetails.empty());
        for (Span s : List.of(speaker, cue, quote, outer, claim)) {
            store.annotations().addSpan(set.id(), s);
        }
        List<Link> links = new ArrayList<>(List.of(
                new Link("5-attributed", LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()),
                new Link("4-cued", LinkType.CUED_BY, quote.id(), cue.id()),
                new Link("3-expresses", LinkType.EXPRESSES, quote.id(), claim.id()),
                new Link("2-nested", LinkType.NESTED_IN, quote.id(), outer.id()),
                new Link("1-claimed", LinkType.CLAIMED_BY, claim.id(), speaker.id())));
        links.forEach(l -> store.annotations().addLink(set.id(), l));
        store.close();
        store = stores.open();
        List<Link> byId = new ArrayList<>(links);
        byId.sort(Comparator.comparing(Link::id));
        assertEquals(byId, store.annotations().linksOf(set.id()));

        StorageException e = assertThrows(StorageException.class, () -> store.annotations().removeSpan(quote.id()));
        assertTrue(e.getMessage().contains("still has links"), e.getMessage());
        store.annotations().removeLink("2-nested");
        assertEquals(4, store.annotations().linksOf(set.id()).size());
        assertThrows(StorageException.class, () -> store.annotations().removeLink("2-nested"));
    }

    @Test
    void aLinkCannotReachIntoAnotherSet() {
        AnnotationSetInfo other = Samples.set(doc.id(), "يوسف", SetState.IN_PROGRESS, Samples.T0.plusSeconds(1));
        store.annotations().addSet(other);
        Span quote = new Span(Ids.newId(), Layer.QUOTE, 55, 90, null, null);
        Span speakerElsewhere = new Span(Ids.newId(), Layer.SPEAKER, 4, 14, null, null);
        store.annotations().addSpan(set.id(), quote);
        store.annotations().addSpan(other.id(), speakerElsewhere);
        assertThrows(StorageException.class, () -> store.annotations().addLink(set.id(),
                Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speakerElsewhere.id())));
        assertEquals(List.of(), store.annotations().linksOf(set.id()));
    }

    @Test
    void spansAndLinksAreAddedInOneBatchAllOrNothing() {
        Span speaker = spanOf(Layer.SPEAKER, "مارك كيميت", null, new SpeakerMention(kimmitt.id()));
        Span quote = spanOf(Layer.QUOTE, "لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني", "مباشر",
                new QuoteDetails(QuoteType.DIRECT, null));
        Span claim = spanOf(Layer.CLAIM, "فراغ أمني", null, new ClaimDetails("لا فراغ أمنيا", kimmitt.id(), Polarity.DENIES,
                Commitment.PROBABLE, ClaimType.PREDICTION, 4, "العراق", null));
        store.annotations().addSpans(set.id(), List.of(speaker, quote, claim));
        store.annotations().addLinks(set.id(), List.of(new Link("a", LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()),
                new Link("b", LinkType.EXPRESSES, quote.id(), claim.id())));
        store.close();
        store = stores.open();
        assertEquals(List.of(speaker, quote, claim), store.annotations().spansOf(set.id()));
        assertEquals(2, store.annotations().linksOf(set.id()).size());

        // a batch with one bad row stores none of its rows, and says which one was bad
        Span cue = spanOf(Layer.CUE, "قال", null, new CueMark());
        StorageException duplicate = assertThrows(StorageException.class,
                () -> store.annotations().addSpans(set.id(), List.of(cue, quote)));
        assertTrue(duplicate.getMessage().contains(quote.id()), duplicate.getMessage());
        Span unknownActor = spanOf(Layer.SPEAKER, "رويترز", null, new SpeakerMention("no-such-actor"));
        assertThrows(StorageException.class, () -> store.annotations().addSpans(set.id(), List.of(cue, unknownActor)));
        assertEquals(3, store.annotations().spansOf(set.id()).size());
        AnnotationSetInfo other = Samples.set(doc.id(), "يوسف", SetState.IN_PROGRESS, Samples.T0.plusSeconds(1));
        store.annotations().addSet(other);
        Span elsewhere = spanOf(Layer.SPEAKER, "رويترز", null, null);
        store.annotations().addSpan(other.id(), elsewhere);
        StorageException crossing = assertThrows(StorageException.class, () -> store.annotations().addLinks(set.id(), List.of(
                new Link("c", LinkType.CLAIMED_BY, claim.id(), speaker.id()),
                new Link("d", LinkType.CLAIMED_BY, claim.id(), elsewhere.id()))));
        assertTrue(crossing.getMessage().contains("link d "), crossing.getMessage());
        assertEquals(2, store.annotations().linksOf(set.id()).size());
    }

    @Test
    void tenThousandSpansAndThreeThousandLinksLoadInReadingOrder() {
        List<Span> quotes = new ArrayList<>();
        List<Span> speakers = new ArrayList<>();
        store.transactions().run(() -> {
            for (int i = 0; i < 10_000; i++) {
                boolean isQuote = i % 2 == 0;
                Span s = new Span(Ids.newId(), isQuote ? Layer.QUOTE : Layer.SPEAKER, i % 90, i % 90 + 5, i % 7 == 0 ? "ملاحظة" : null,
                        isQuote ? new QuoteDetails(QuoteType.DIRECT, null) : new SpeakerMention(kimmitt.id()));
                store.annotations().addSpan(set.id(), s);
                (isQuote ? quotes : speakers).add(s);
            }
            for (int i = 0; i < 3000; i++) {
                store.annotations().addLink(set.id(), Link.of(LinkType.ATTRIBUTED_TO, quotes.get(i).id(), speakers.get(i).id()));
            }
        });
        // how fast this is, is the benchmark's business (bench/run: open_doc_ms); here: all of it, in order
        List<Span> spans = store.annotations().spansOf(set.id());
        List<Link> links = store.annotations().linksOf(set.id());
        assertEquals(10_000, spans.size());
        assertEquals(3000, links.size());
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(org.isnad.domain.AnnotationSet.READING_ORDER);
        assertEquals(sorted, spans);
    }
}
