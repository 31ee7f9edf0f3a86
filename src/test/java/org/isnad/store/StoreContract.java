package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Assignment;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.ReviewStep;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.domain.StateChange;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.service.DocumentMetadata;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryOrder;
import org.isnad.service.LibraryPage;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every store does, whichever database is under it: run by {@link H2StoreContractTest} on an H2 file and by
 * {@link PostgresStoreContractTest} on a real PostgreSQL server. A subclass opens (and reopens) its store.
 */
abstract class StoreContract {
    private Repositories store;

    /** Opens the test's database: the same one each time within a test, fresh for each test. */
    abstract Repositories openStore();

    Repositories store() {
        if (store == null) {
            store = openStore();
        }
        return store;
    }

    Repositories reopen() {
        store.close();
        store = openStore();
        return store;
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private Document kimmittDocument() {
        Document doc = Samples.document("تصريحات كيميت عن العراق", Kimmitt.PASSAGE, Samples.T0);
        store().documents().add(doc);
        return doc;
    }

    @Test
    void aDocumentItsArabicTextAndItsMetadataComeBackAfterReopening() {
        Document doc = kimmittDocument();
        reopen();
        assertEquals(Optional.of(doc), store().documents().find(doc.id()));
        assertEquals(Optional.of(doc), store().documents().findBySha256(doc.sha256()));
        assertEquals(1, store().documents().count());
        assertEquals(doc.title(), store().documents().summaries().get(0).title());
        assertThrows(StorageException.class, () -> store().documents().add(doc), "the same document twice");
    }

    @Test
    void actorsAreAddedChangedAndRemoved() {
        Actor kimmitt = Kimmitt.actor();
        store().actors().add(kimmitt);
        Actor reuters = Kimmitt.reutersActor();
        store().actors().add(reuters);
        Actor renamed = new Actor(kimmitt.id(), "مارك كيميت (الجنرال)", kimmitt.latinName(), kimmitt.aliases(), kimmitt.kind(),
                kimmitt.role(), kimmitt.wikidataId());
        store().actors().update(renamed);
        reopen();
        assertEquals(Optional.of(renamed), store().actors().find(kimmitt.id()));
        assertEquals(2, store().actors().all().size());
        store().actors().remove(reuters.id());
        assertEquals(List.of(renamed), store().actors().all());
    }

    @Test
    void setsSpansAndLinksComeBackInReadingOrder() {
        Document doc = kimmittDocument();
        Actor kimmitt = Kimmitt.actor();
        store().actors().add(kimmitt);
        AnnotationSetInfo set = Samples.set(doc.id(), "سلمى", SetState.IN_PROGRESS, Samples.T0);
        store().annotations().addSet(set);
        int s = Kimmitt.PASSAGE.indexOf(Kimmitt.SPEAKER);
        int q = Kimmitt.PASSAGE.indexOf(Kimmitt.QUOTE);
        Span speaker = new Span(Ids.newId(), Layer.SPEAKER, s, s + Kimmitt.SPEAKER.length(), "المتحدث", new SpeakerMention(kimmitt.id()));
        Span quote = new Span(Ids.newId(), Layer.QUOTE, q, q + Kimmitt.QUOTE.length(), null, new QuoteDetails(QuoteType.DIRECT, null));
        store().annotations().addSpan(set.id(), quote);
        store().annotations().addSpan(set.id(), speaker);
        Link link = new Link(Ids.newId(), LinkType.ATTRIBUTED_TO, quote.id(), speaker.id());
        store().annotations().addLink(set.id(), link);
        store().annotations().updateSet(set.withState(SetState.SUBMITTED));
        reopen();
        assertEquals(List.of(speaker, quote), store().annotations().spansOf(set.id()));
        assertEquals(List.of(link), store().annotations().linksOf(set.id()));
        assertEquals(SetState.SUBMITTED, store().annotations().findSet(set.id()).orElseThrow().state());
        assertThrows(StorageException.class, () -> store().annotations().addSpan("no-such-set", Samples.span(Layer.CUE, 0, 3)));
    }

    @Test
    void reviewVerdictsSignOffsAndStepsAreKept() {
        Document doc = kimmittDocument();
        AnnotationSetInfo set = Samples.set(doc.id(), "سلمى", SetState.SUBMITTED, Samples.T0);
        store().annotations().addSet(set);
        Span cue = Samples.span(Layer.CUE, 0, 3);
        store().annotations().addSpan(set.id(), cue);
        store().reviews().saveVerdict(set.id(), new Verdict(cue.id(), VerdictKind.REJECTED, "ليس فعل قول", "ريم", Samples.T0));
        Verdict accepted = new Verdict(cue.id(), VerdictKind.ACCEPTED, null, "ريم", Samples.T0.plusSeconds(5));
        store().reviews().saveVerdict(set.id(), accepted);
        SignOff signOff = new SignOff(Ids.newId(), set.id(), doc.id(), "ريم", "a2V5", Samples.T0.plusSeconds(6),
                "0".repeat(64), "c2ln", false);
        store().reviews().addSignOff(signOff);
        store().reviews().addStateChange(new StateChange(0, set.id(), ReviewStep.APPROVE, SetState.SUBMITTED,
                SetState.APPROVED, "ريم", Samples.T0.plusSeconds(6), null));
        reopen();
        assertEquals(List.of(accepted), store().reviews().verdictsOf(set.id()));
        assertEquals(List.of(signOff), store().reviews().signOffsOf(set.id()));
        assertEquals(1, store().reviews().supersedeSignOffs(set.id()));
        assertTrue(store().reviews().signOffsOf(set.id()).get(0).superseded());
        List<StateChange> steps = store().reviews().stateChangesOf(set.id());
        assertEquals(1, steps.size());
        assertEquals(ReviewStep.APPROVE, steps.get(0).step());
        assertTrue(steps.get(0).sequence() > 0);
    }

    @Test
    void theAuditTrailAndTheChangeCounterGrowInOrder() {
        Document doc = kimmittDocument();
        long before = store().changes().latest();
        store().audit().append(new AuditEvent(0, doc.id(), null, "سلمى", Samples.T0, "import", "استيراد", null, "{}"));
        store().audit().append(new AuditEvent(0, doc.id(), null, "سلمى", Samples.T0.plusSeconds(1), "edit", "تعديل", "{}", "{}"));
        store().changes().documentChanged(doc.id());
        reopen();
        List<AuditEvent> events = store().audit().eventsOf(doc.id());
        assertEquals(List.of("import", "edit"), events.stream().map(AuditEvent::action).toList());
        assertTrue(events.get(0).sequence() < events.get(1).sequence());
        assertTrue(store().changes().latest() > before);
        assertEquals(Set.of(doc.id()), store().changes().changedSince(before));
    }

    @Test
    void theLibraryPagesFiltersAndDeletes() {
        Document doc = kimmittDocument();
        Document other = Samples.document("خبر آخر", "نص آخر عن الطقس", Samples.T0.plusSeconds(60));
        store().documents().add(other);
        store().catalog().updateMetadata(doc.id(), new DocumentMetadata("تصريحات كيميت", "الحرة", null,
                LocalDate.of(2024, 9, 24), "ar", List.of("العراق", "أمن")));
        LibraryPage page = store().catalog().page(LibraryFilter.ALL, LibraryOrder.IMPORTED, false, 0, 1);
        assertEquals(2, page.total());
        assertEquals(1, page.rows().size());
        assertEquals(List.of("الحرة"), store().catalog().outlets());
        assertEquals(List.of("أمن", "العراق"), store().catalog().tags(doc.id()).stream().sorted().toList());
        store().catalog().delete(List.of(other.id()));
        assertEquals(1, store().documents().count());
    }

    @Test
    void assignmentsAndRejectedSuggestionsAreKept() {
        Document doc = kimmittDocument();
        Assignment assignment = new Assignment(doc.id(), List.of("سلمى", "خالد"), "ريم", "ريم", Samples.T0);
        store().assignments().save(assignment);
        store().suggestionRejections().reject(doc.id(), "QUOTE:0:3", "سلمى", Samples.T0);
        store().suggestionRejections().reject(doc.id(), "QUOTE:0:3", "خالد", Samples.T0.plusSeconds(1));
        reopen();
        assertEquals(Optional.of(assignment), store().assignments().find(doc.id()));
        assertEquals(Set.of("QUOTE:0:3"), store().suggestionRejections().rejectedKeys(doc.id()));
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Document doc = kimmittDocument();
        assertThrows(IllegalStateException.class, () -> store().transactions().inTransaction(() -> {
            store().actors().add(Kimmitt.actor());
            store().annotations().addSet(Samples.set(doc.id(), "سلمى", SetState.IN_PROGRESS, Samples.T0));
            throw new IllegalStateException("stop");
        }));
        reopen();
        assertEquals(List.of(), store().actors().all());
        assertEquals(List.of(), store().annotations().setsOf(doc.id()));
    }
}
