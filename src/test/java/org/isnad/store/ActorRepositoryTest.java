package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.StorageException;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActorRepositoryTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    H2Store store = stores.open();

    @Test
    void everyFieldAndTheOrderOfAliasesComeBack() {
        Actor kimmitt = Kimmitt.actor();
        Actor bare = new Actor(Ids.newId(), "مصادر", null, List.of(), ActorKind.ANONYMOUS_SOURCE, null, null);
        store.actors().add(kimmitt);
        store.actors().add(bare);
        store.close();
        store = stores.open();
        assertEquals(Optional.of(kimmitt), store.actors().find(kimmitt.id()));
        assertEquals(List.of("كيميت", "الجنرال كيميت"), store.actors().find(kimmitt.id()).orElseThrow().aliases());
        assertEquals(Optional.of(bare), store.actors().find(bare.id()));
        assertEquals(Optional.empty(), store.actors().find("nobody"));
    }

    @Test
    void everyKindIsStored() {
        for (ActorKind kind : ActorKind.values()) {
            Actor actor = new Actor(Ids.newId(), "فاعل " + kind, null, List.of(), kind, null, null);
            store.actors().add(actor);
            assertEquals(kind, store.actors().find(actor.id()).orElseThrow().kind());
        }
    }

    @Test
    void allAreOrderedByName() {
        Actor reuters = Kimmitt.reutersActor();
        Actor kimmitt = Kimmitt.actor();
        Actor sudani = new Actor(Ids.newId(), "محمد شياع السوداني", "Mohammed Shia al-Sudani", List.of("السوداني"),
                ActorKind.PERSON, "رئيس الوزراء العراقي", null);
        store.actors().add(reuters);
        store.actors().add(kimmitt);
        store.actors().add(sudani);
        List<Actor> expected = Arrays.asList(reuters, kimmitt, sudani);
        expected.sort((a, b) -> a.canonicalName().compareTo(b.canonicalName()));
        assertEquals(expected, store.actors().all());
    }

    @Test
    void anUpdateReplacesFieldsAndAliases() {
        Actor kimmitt = Kimmitt.actor();
        store.actors().add(kimmitt);
        Actor changed = new Actor(kimmitt.id(), "مارك كيميت", "Mark T. Kimmitt", List.of("الجنرال كيميت", "م. كيميت", "كيميت"),
                ActorKind.GOVERNMENT_BODY, null, null);
        store.actors().update(changed);
        assertEquals(Optional.of(changed), store.actors().find(kimmitt.id()));
        StorageException e = assertThrows(StorageException.class, () -> store.actors().update(Kimmitt.reutersActor()));
        assertTrue(e.getMessage().contains("«وكالة رويترز»"), e.getMessage());
    }

    @Test
    void anActorNamedByAnAnnotationCannotBeRemoved() {
        Actor kimmitt = Kimmitt.actor();
        Actor reuters = Kimmitt.reutersActor();
        Actor sources = new Actor(Ids.newId(), "مصادر مطلعة", null, List.of(), ActorKind.ANONYMOUS_SOURCE, null, null);
        store.actors().add(kimmitt);
        store.actors().add(reuters);
        store.actors().add(sources);
        Document doc = Samples.document("التحالف", Kimmitt.SENTENCE, Samples.T0);
        store.documents().add(doc);
        AnnotationSetInfo set = Samples.set(doc.id(), "سلمى", SetState.IN_PROGRESS, Samples.T0);
        store.annotations().addSet(set);
        Span mention = new Span(Ids.newId(), Layer.SPEAKER, 4, 14, null, new SpeakerMention(kimmitt.id()));
        Span quote = new Span(Ids.newId(), Layer.QUOTE, 55, 113, null, new QuoteDetails(QuoteType.INDIRECT, reuters.id()));
        Span claim = new Span(Ids.newId(), Layer.CLAIM, 60, 110, null, ClaimDetails.empty().withClaimant(sources.id()));
        store.annotations().addSpan(set.id(), mention);
        store.annotations().addSpan(set.id(), quote);
        store.annotations().addSpan(set.id(), claim);

        for (Actor actor : List.of(kimmitt, reuters, sources)) {
            StorageException e = assertThrows(StorageException.class, () -> store.actors().remove(actor.id()));
            assertTrue(e.getMessage().contains("«" + actor.canonicalName() + "»"), e.getMessage());
            assertTrue(e.getMessage().contains("1 annotation"), e.getMessage());
            assertEquals(Optional.of(actor), store.actors().find(actor.id()), "still there");
        }

        store.annotations().updateSpan(set.id(), mention.withAttributes(new SpeakerMention(null)));
        store.actors().remove(kimmitt.id());
        assertEquals(Optional.empty(), store.actors().find(kimmitt.id()));
        assertEquals(2, store.actors().all().size());
        assertThrows(StorageException.class, () -> store.actors().remove(kimmitt.id()), "already gone");
    }

    @Test
    void aDuplicateIdIsRefused() {
        Actor kimmitt = Kimmitt.actor();
        store.actors().add(kimmitt);
        assertThrows(StorageException.class, () -> store.actors().add(kimmitt));
        assertEquals(List.of(kimmitt), store.actors().all(), "the failed add left no half-written aliases");
    }
}
