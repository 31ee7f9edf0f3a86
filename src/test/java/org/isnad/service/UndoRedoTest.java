package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.store.H2Store;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every command, undone, restores exactly the stored state before it; redone, exactly the state after it. */
class UndoRedoTest {
    static final String TEXT = Kimmitt.ACROSS_LINES + "\n\n" + Kimmitt.ADDED;

    @RegisterExtension
    final TempStores stores = new TempStores();
    final H2Store store = stores.open();
    AnnotationSession session;
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    Span speaker;
    Span cue;
    Span quote;

    @BeforeEach
    void setUp() {
        Library library = new Library(store, clock);
        String docId = library.importText(TEXT, "test", ImportOptions.none(), "layla").document().id();
        session = AnnotationSession.open(store, docId, "layla", clock);
        speaker = session.mark(Layer.SPEAKER, TEXT.indexOf("مارك"), TEXT.indexOf("،"));
        cue = session.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
        quote = session.markQuoteOf(speaker.id(), TEXT.indexOf("لا أعتقد"), TEXT.indexOf("”."));
    }

    StoredState stored() {
        return StoredState.of(store, session.set().id());
    }

    /** Runs a command and checks that undo and redo restore exactly the states around it. */
    void checkUndoRedo(Consumer<AnnotationSession> command) {
        StoredState before = stored();
        command.accept(session);
        StoredState after = stored();
        assertNotEquals(before, after, "the command changed nothing");
        session.undo();
        assertEquals(before, stored());
        assertEquals(before.spans(), session.set().spans(), "memory and storage agree after undo");
        session.redo();
        assertEquals(after, stored());
        assertEquals(after.spans(), session.set().spans(), "memory and storage agree after redo");
        // and once more, to be sure the stack stays consistent
        session.undo();
        assertEquals(before, stored());
        session.redo();
        assertEquals(after, stored());
    }

    @Test
    void markEachLayer() {
        for (Layer layer : Layer.values()) {
            checkUndoRedo(s -> s.mark(layer, TEXT.indexOf("القوات"), TEXT.indexOf(" قادرة")));
        }
    }

    @Test
    void markQuoteOfASpeakerLinksThem() {
        Span second = session.mark(Layer.QUOTE, TEXT.indexOf("القوات"), TEXT.indexOf("”.", TEXT.indexOf("القوات")));
        session.undo();
        checkUndoRedo(s -> s.markQuoteOf(speaker.id(), TEXT.indexOf("القوات"), TEXT.indexOf(" قادرة")));
        assertTrue(session.set().span(second.id()).isEmpty());
        Span newQuote = session.set().spans().stream().filter(sp -> sp.layer() == Layer.QUOTE && sp.start() == TEXT.indexOf("القوات")).findFirst().orElseThrow();
        assertEquals(1, session.set().linksFrom(newQuote.id(), LinkType.ATTRIBUTED_TO).size());
    }

    @Test
    void markClaimOfAQuoteProposesTheSpeakerAsClaimant() {
        Actor kimmitt = session.createActorFor(speaker.id(), Kimmitt.SPEAKER, ActorKind.PERSON, Kimmitt.ROLE);
        checkUndoRedo(s -> s.markClaimOf(quote.id(), TEXT.indexOf("الانسحاب"), TEXT.indexOf("”.")));
        Span claim = session.set().spans().stream().filter(sp -> sp.layer() == Layer.CLAIM).findFirst().orElseThrow();
        assertEquals(kimmitt.id(), ((ClaimDetails) claim.attributes()).claimantActorId());
        assertEquals(1, session.set().linksTo(claim.id(), LinkType.EXPRESSES).size());
    }

    @Test
    void deleteRemovesLinksToo() {
        checkUndoRedo(s -> s.delete(speaker.id()));
        assertTrue(session.set().linksOf(quote.id()).isEmpty());
    }

    @Test
    void adjustBounds() {
        checkUndoRedo(s -> s.adjustBounds(speaker.id(), TEXT.indexOf("مارك"), TEXT.indexOf(" كيميت")));
        assertEquals("مارك", session.set().requireSpan(speaker.id()).textIn(TEXT));
    }

    @Test
    void setQuoteAttributes() {
        checkUndoRedo(s -> s.setAttributes(quote.id(), new QuoteDetails(QuoteType.MIXED, null)));
    }

    @Test
    void setClaimAttributes() {
        Span claim = session.mark(Layer.CLAIM, TEXT.indexOf("الانسحاب"), TEXT.indexOf("”."));
        checkUndoRedo(s -> s.setAttributes(claim.id(), new ClaimDetails("الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني",
                null, Polarity.DENIES, Commitment.PROBABLE, ClaimType.PREDICTION, 4, "الأمن", null)));
    }

    @Test
    void setNote() {
        checkUndoRedo(s -> s.setNote(quote.id(), "ملاحظة: الاقتباس يمتد على سطرين"));
    }

    @Test
    void createActorAndAssignIsOneStep() {
        checkUndoRedo(s -> s.createActorFor(speaker.id(), "مارك كيميت", ActorKind.PERSON, null));
    }

    @Test
    void assignExistingActorAndImplicitSpeaker() {
        Actor a = session.createActorFor(speaker.id(), "مارك كيميت", ActorKind.PERSON, null);
        Span second = session.mark(Layer.QUOTE, TEXT.indexOf("القوات"), TEXT.indexOf("”.", TEXT.indexOf("القوات")));
        checkUndoRedo(s -> s.assignActor(second.id(), a.id()));
        assertEquals(a.id(), session.set().speakerActorOf(second.id()).orElseThrow());
    }

    @Test
    void linkAndUnlink() {
        checkUndoRedo(s -> s.link(LinkType.CUED_BY, quote.id(), cue.id()));
        Link link = session.set().linksFrom(quote.id(), LinkType.CUED_BY).get(0);
        checkUndoRedo(s -> s.unlink(link.id()));
    }

    @Test
    void aRefusedCommandChangesNothingInMemoryOrStorage() {
        StoredState before = stored();
        List<Span> memory = session.set().spans();
        // a second speaker link for the same quote breaks a rule: nothing may change
        Span other = session.mark(Layer.SPEAKER, TEXT.indexOf("وزير"), TEXT.indexOf(" الخارجية"));
        StoredState withOther = stored();
        assertThrows(DomainException.class, () -> session.link(LinkType.ATTRIBUTED_TO, quote.id(), other.id()));
        assertEquals(withOther, stored());
        session.undo();
        assertEquals(before, stored());
        assertEquals(memory, session.set().spans());
    }

    @Test
    void aStorageFailureHalfwayLeavesMemoryAndDatabaseAsBefore() {
        FailingRepositories failing = new FailingRepositories(store);
        AnnotationSession fragile = AnnotationSession.open(failing, session.document().id(), "layla", clock);
        StoredState before = StoredState.of(store, fragile.set().id());
        List<Span> memory = fragile.set().spans();
        failing.failOnAddLink = true;
        assertThrows(StorageException.class,
                () -> fragile.markQuoteOf(speaker.id(), TEXT.indexOf("القوات"), TEXT.indexOf(" قادرة")));
        assertEquals(before, StoredState.of(store, fragile.set().id()), "the quote's row was rolled back");
        assertEquals(memory, fragile.set().spans(), "the quote was taken out of memory again");
        assertFalse(fragile.history().canRedo());
        assertFalse(fragile.history().canUndo(), "a failed command is not on the undo stack");
        failing.failOnAddLink = false;
        fragile.markQuoteOf(speaker.id(), TEXT.indexOf("القوات"), TEXT.indexOf(" قادرة"));
        assertEquals(memory.size() + 1, StoredState.of(store, fragile.set().id()).spans().size());
    }

    @Test
    void aSelectionOfOnlySpacesIsRefused() {
        int space = TEXT.indexOf(' ');
        DomainException e = assertThrows(DomainException.class, () -> session.mark(Layer.CUE, space, space + 1));
        assertTrue(e.getMessage().contains("no text"), e.getMessage());
    }

    @Test
    void everyStepIsAudited() {
        session.undo();
        session.redo();
        List<AuditEvent> events = store.audit().eventsOf(session.document().id());
        List<String> actions = events.stream().map(AuditEvent::action).toList();
        assertEquals(List.of("import", "execute", "execute", "execute", "undo", "redo"), actions);
        AuditEvent undo = events.get(4);
        assertEquals("layla", undo.user());
        assertTrue(undo.description().startsWith("Undo Mark quote «لا أعتقد"), undo.description());
        assertTrue(undo.before().contains("QUOTE"), undo.before());
        assertEquals("", undo.after(), "after undoing a mark, nothing of it remains");
    }

    @Test
    void undoDescriptionFollowsTheStack() {
        assertEquals("action.mark.quote", session.history().undoAction().orElseThrow().key());
        session.undo();
        assertEquals("action.mark.cue", session.history().undoAction().orElseThrow().key());
        assertTrue(session.history().canRedo());
        session.mark(Layer.CLAIM, TEXT.indexOf("فراغ"), TEXT.indexOf(" أمني"));
        assertFalse(session.history().canRedo(), "a new command clears redo");
    }

    @Test
    void reopeningTheSessionLoadsWhatWasStored() {
        AnnotationSession again = AnnotationSession.open(store, session.document().id(), "layla", clock);
        assertEquals(session.set().spans(), again.set().spans());
        assertEquals(session.set().links().size(), again.set().links().size());
        AnnotationSession other = AnnotationSession.open(store, session.document().id(), "omar", clock);
        assertTrue(other.set().spans().isEmpty(), "each annotator has their own set");
    }
}
