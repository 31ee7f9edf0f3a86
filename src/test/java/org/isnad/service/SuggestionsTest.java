package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.store.H2Store;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SuggestionsTest {
    static final String TEXT = Kimmitt.PASSAGE;

    @RegisterExtension
    final TempStores stores = new TempStores();
    final H2Store store = stores.open();
    final Workspace workspace = new Workspace(store, Clock.systemUTC());
    AnnotationSession session;

    @BeforeEach
    void setUp() {
        String id = workspace.library().importText(TEXT, "test", ImportOptions.none(), "layla").document().id();
        session = workspace.open(id, "layla");
    }

    Proposal proposalStarting(String words) {
        int at = TEXT.indexOf(words);
        return workspace.suggestions().pending(session).stream().filter(p -> p.start() == at).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion at «" + words + "» in " + workspace.suggestions().pending(session)));
    }

    @Test
    void acceptingCreatesQuoteCueSpeakerActorAndLinksInOneUndoableCommand() {
        StoredState before = StoredState.of(store, session.set().id());
        Proposal p = proposalStarting("لا أعتقد");
        Span quote = workspace.suggestions().accept(session, p);
        assertEquals(Kimmitt.QUOTE, quote.textIn(TEXT));
        assertEquals(1, session.set().linksFrom(quote.id(), LinkType.ATTRIBUTED_TO).size());
        assertEquals(1, session.set().linksFrom(quote.id(), LinkType.CUED_BY).size());
        Span speaker = session.set().requireSpan(session.set().linksFrom(quote.id(), LinkType.ATTRIBUTED_TO).get(0).toSpanId());
        assertTrue(speaker.textIn(TEXT).startsWith("مارك كيميت"), speaker.textIn(TEXT));
        String actorId = ((SpeakerMention) speaker.attributes()).actorId();
        Actor actor = store.actors().find(actorId).orElseThrow();
        assertTrue(actor.canonicalName().startsWith("مارك كيميت"), actor.canonicalName());
        assertEquals("action.accept.suggestion", session.history().undoAction().orElseThrow().key());
        assertFalse(workspace.suggestions().pending(session).stream().anyMatch(x -> x.key().equals(p.key())),
                "an accepted suggestion is no longer pending");

        session.undo();
        assertEquals(before, StoredState.of(store, session.set().id()), "one undo removes everything the acceptance made");
    }

    @Test
    void aContinuationQuoteGetsThePreviousSpeakerAsImplicitSpeaker() {
        workspace.suggestions().accept(session, proposalStarting("لا أعتقد"));
        Span added = workspace.suggestions().accept(session, proposalStarting("القوات العراقية"));
        assertTrue(session.set().linksFrom(added.id(), LinkType.ATTRIBUTED_TO).isEmpty(), "no mention in «وأضاف»");
        String implicit = ((QuoteDetails) added.attributes()).implicitSpeakerActorId();
        assertTrue(store.actors().find(implicit).orElseThrow().canonicalName().startsWith("مارك كيميت"));
        assertEquals(1, store.actors().all().size(), "the same actor, not a second one");
    }

    @Test
    void anExistingActorIsReusedByFoldedName() {
        Actor reuters = Actor.create("وكالة رويترز", ActorKind.MEDIA_OUTLET, null);
        store.actors().add(reuters);
        List<Proposal> pending = workspace.suggestions().pending(session);
        Proposal outlet = pending.stream().filter(p -> p.suggestion().actorName() != null
                && p.suggestion().actorName().contains("رويترز")).findFirst().orElseThrow(() -> new AssertionError(pending.toString()));
        Span quote = workspace.suggestions().accept(session, outlet);
        assertEquals(reuters.id(), session.set().speakerActorOf(quote.id()).orElseThrow());
    }

    @Test
    void aRejectedSuggestionIsNotProposedAgainEvenAfterReopening() {
        Proposal p = proposalStarting("لا أعتقد");
        workspace.suggestions().reject(session, p);
        assertFalse(workspace.suggestions().pending(session).stream().anyMatch(x -> x.key().equals(p.key())));
        AnnotationSession again = workspace.open(session.document().id(), "layla");
        assertFalse(workspace.suggestions().pending(again).stream().anyMatch(x -> x.key().equals(p.key())));
        assertTrue(again.set().spans().isEmpty(), "rejecting stores no annotation");
    }

    @Test
    void actorKindsAreGuessedFromTheFirstWord() {
        assertEquals(ActorKind.MEDIA_OUTLET, ActorKinds.guess("وكالة رويترز"));
        assertEquals(ActorKind.ANONYMOUS_SOURCE, ActorKinds.guess("مصادر"));
        assertEquals(ActorKind.GOVERNMENT_BODY, ActorKinds.guess("وزارة الخارجية"));
        assertEquals(ActorKind.PERSON, ActorKinds.guess("مارك كيميت"));
    }
}
