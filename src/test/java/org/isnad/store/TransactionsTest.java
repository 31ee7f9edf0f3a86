package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.SampleArticles;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransactionsTest {
    @RegisterExtension
    final TempStores stores = new TempStores();

    /** A document with a set, two spans and a link, an actor and an audit event. */
    private Document fill(H2Store store) {
        Document doc = Samples.document("التحالف", Kimmitt.SENTENCE, Samples.T0);
        store.documents().add(doc);
        store.actors().add(Kimmitt.actor());
        AnnotationSetInfo set = Samples.set(doc.id(), "سلمى", SetState.IN_PROGRESS, Samples.T0);
        store.annotations().addSet(set);
        Span quote = Samples.span(Layer.QUOTE, 55, 113);
        Span speaker = Samples.span(Layer.SPEAKER, 4, 14);
        store.annotations().addSpan(set.id(), quote);
        store.annotations().addSpan(set.id(), speaker);
        store.annotations().addLink(set.id(), Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
        store.audit().append(new AuditEvent(0, doc.id(), set.id(), "سلمى", Samples.T0, "add-link", "ربط الاقتباس بالمتحدث", null, null));
        return doc;
    }

    @Test
    void eachRepositoryCallIsCommittedAtOnce() {
        Document doc;
        try (H2Store store = H2Store.open(stores.base())) {
            doc = fill(store);
        } // close() rolls back whatever was not committed
        try (H2Store store = H2Store.open(stores.base())) {
            assertEquals(Optional.of(doc), store.documents().find(doc.id()));
            assertEquals(1, store.annotations().linksOf(store.annotations().setsOf(doc.id()).get(0).id()).size());
        }
    }

    @Test
    void aTransactionCommitsWhenTheWorkReturns() {
        Actor reuters = Kimmitt.reutersActor();
        try (H2Store store = H2Store.open(stores.base())) {
            String result = store.transactions().inTransaction(() -> {
                store.actors().add(reuters);
                store.actors().add(Kimmitt.actor());
                return "تم";
            });
            assertEquals("تم", result);
        }
        try (H2Store store = H2Store.open(stores.base())) {
            assertEquals(Optional.of(reuters), store.actors().find(reuters.id()));
            assertEquals(2, store.actors().all().size());
        }
    }

    @Test
    void aFailedTransactionLeavesTheDatabaseExactlyAsItWas() throws Exception {
        Document doc;
        try (H2Store store = H2Store.open(stores.base())) {
            doc = fill(store);
        }
        var before = RawDatabase.dump(stores.base());
        try (H2Store store = H2Store.open(stores.base())) {
            AnnotationSetInfo set = store.annotations().setsOf(doc.id()).get(0);
            List<Span> spans = store.annotations().spansOf(set.id());
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.transactions().run(() -> {
                store.documents().add(Samples.document("خبر جديد", Kimmitt.REUTERS, Samples.T0));
                store.actors().add(Kimmitt.reutersActor());
                store.actors().update(new Actor(store.actors().all().get(0).id(), "اسم آخر", null, List.of("بديل"),
                        store.actors().all().get(0).kind(), null, null));
                store.annotations().updateSet(set.withState(SetState.APPROVED));
                store.annotations().removeLink(store.annotations().linksOf(set.id()).get(0).id());
                store.annotations().removeSpan(spans.get(0).id());
                store.annotations().addSpan(set.id(), Samples.span(Layer.CUE, 0, 3));
                store.audit().append(new AuditEvent(0, doc.id(), set.id(), "سلمى", Samples.T0, "x", "حدث يُلغى", null, null));
                throw new IllegalStateException("انقطع العمل");
            }));
            assertEquals("انقطع العمل", thrown.getMessage());
            assertEquals(1, store.documents().count(), "rolled back inside the same session too");
        }
        assertEquals(before, RawDatabase.dump(stores.base()));
    }

    @Test
    void aNestedCallJoinsTheOuterTransaction() throws Exception {
        try (H2Store store = H2Store.open(stores.base())) {
            fill(store);
        }
        var before = RawDatabase.dump(stores.base());
        try (H2Store store = H2Store.open(stores.base())) {
            assertThrows(IllegalStateException.class, () -> store.transactions().run(() -> {
                store.transactions().run(() -> store.actors().add(Kimmitt.reutersActor()));
                store.documents().add(Samples.document("خبر", Kimmitt.REUTERS, Samples.T0));
                throw new IllegalStateException("the outer work fails after the nested one returned");
            }));
        }
        assertEquals(before, RawDatabase.dump(stores.base()), "the nested work was not committed on its own");
    }

    @Test
    void aFailedNestedCallUndoesOnlyItsOwnWork() {
        Actor reuters = Kimmitt.reutersActor();
        Actor kimmitt = Kimmitt.actor();
        try (H2Store store = H2Store.open(stores.base())) {
            store.transactions().run(() -> {
                store.actors().add(reuters);
                StorageException refused = assertThrows(StorageException.class, () -> store.transactions().run(() -> {
                    store.actors().add(kimmitt);
                    store.actors().add(reuters); // duplicate: the nested work fails
                }));
                assertTrue(refused.getMessage().contains(reuters.id()), refused.getMessage());
            });
        }
        try (H2Store store = H2Store.open(stores.base())) {
            assertEquals(List.of(reuters), store.actors().all());
        }
    }

    @Test
    void threadsTakeTurns() throws Exception {
        List<String> ids = new ArrayList<>();
        try (H2Store store = H2Store.open(stores.base())) {
            Document doc = Samples.document("التحالف", SampleArticles.alhurra(), Samples.T0);
            store.documents().add(doc);
            AnnotationSetInfo set = Samples.set(doc.id(), "سلمى", SetState.IN_PROGRESS, Samples.T0);
            store.annotations().addSet(set);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        Span s = Samples.span(Layer.CUE, thread * 100 + i, thread * 100 + i + 3);
                        if (i % 2 == 0) {
                            store.annotations().addSpan(set.id(), s);
                        } else {
                            store.transactions().run(() -> {
                                store.annotations().addSpan(set.id(), s);
                                store.annotations().spansOf(set.id());
                            });
                        }
                        mine.add(s.id());
                    }
                    return mine;
                }));
            }
            for (Future<List<String>> f : futures) {
                ids.addAll(f.get());
            }
            pool.shutdown();
            assertEquals(400, store.annotations().spansOf(set.id()).size());
        }
        assertEquals(400, ids.size());
    }

    @Test
    void aClosedStoreSaysSo() {
        H2Store store = H2Store.open(stores.base());
        store.close();
        store.close();
        StorageException e = assertThrows(StorageException.class, () -> store.documents().count());
        assertTrue(e.getMessage().contains(store.location()), e.getMessage());
    }

    @Test
    void theReturnedValueIsPassedThrough() {
        try (H2Store store = H2Store.open(stores.base())) {
            Object marker = new Object();
            assertSame(marker, store.transactions().inTransaction(() -> marker));
            assertFalse(store.transactions().inTransaction(() -> store.documents().find("x").isPresent()));
        }
    }
}
