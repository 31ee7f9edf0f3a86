package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.store.H2Store;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accepting suggestions of issue 13's second round on a real store: titles become the actor's roles (merged with
 * the roles it has, each once, shown by the speaker directory), and an outlet is the outer source of a nested
 * attribution, stored as the outlet's quote with the person's quote NestedIn it; one undo takes it all back.
 */
class SuggestionRolesAndSourcesTest {
    static final String TEXT = "قال رئيس الوزراء، وزير الدفاع، سالم الحربي، إن الحكومة ستخفض الضرائب في العام المقبل.\n\n"
            + "وقال وزير الدفاع سالم الحربي لوكالة الأنباء الكويتية إن الجيش سيتسلم 12 طائرة جديدة.\n\n"
            + "نقلت صحيفة الرأي عن وزير المالية منى السالم قولها إن العجز سيتراجع إلى النصف.";

    @RegisterExtension
    final TempStores stores = new TempStores();
    final H2Store store = stores.open();
    final Workspace workspace = new Workspace(store, Clock.systemUTC());

    private AnnotationSession open() {
        String id = workspace.library().importText(TEXT, "test", ImportOptions.none(), "layla").document().id();
        return workspace.open(id, "layla");
    }

    private Proposal proposal(AnnotationSession session, String words, String actor) {
        int at = TEXT.indexOf(words);
        return workspace.suggestions().pending(session).stream()
                .filter(p -> p.suggestion().layer() == Layer.QUOTE && p.start() == at && actor.equals(p.suggestion().actorName()))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion of " + actor + " at «" + words + "» in "
                        + workspace.suggestions().pending(session)));
    }

    private Actor actorNamed(String name) {
        return store.actors().all().stream().filter(a -> a.canonicalName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + store.actors().all()));
    }

    private static String text(Span s) {
        return s.textIn(TEXT);
    }

    @Test
    void titlesBecomeTheActorsRolesMergedWithTheRolesItHasEachOnce() {
        Actor known = Actor.create("سالم الحربي", ActorKind.PERSON, "وزير الدفاع");
        store.actors().add(known);
        AnnotationSession session = open();
        workspace.suggestions().accept(session, proposal(session, "الحكومة ستخفض", "سالم الحربي"));
        assertEquals("وزير الدفاع، رئيس الوزراء", store.actors().find(known.id()).orElseThrow().role(),
                "the new title is added after the one it had; «وزير الدفاع» is not repeated");
        assertEquals(1, store.actors().all().size(), "the titles are no actors of their own");
        assertEquals("وزير الدفاع، رئيس الوزراء", workspace.speakers().entry(known.id()).actor().role(),
                "the speaker directory shows them");

        workspace.suggestions().accept(session, proposal(session, "الجيش سيتسلم", "سالم الحربي"));
        assertEquals("وزير الدفاع، رئيس الوزراء", store.actors().find(known.id()).orElseThrow().role(), "no duplicate");

        session.undo();
        session.undo();
        assertEquals("وزير الدفاع", store.actors().find(known.id()).orElseThrow().role(), "undo gives the roles back");
    }

    @Test
    void aNewActorIsCreatedWithItsRoles() {
        AnnotationSession session = open();
        Span quote = workspace.suggestions().accept(session, proposal(session, "الحكومة ستخفض", "سالم الحربي"));
        Actor actor = actorNamed("سالم الحربي");
        assertEquals("رئيس الوزراء، وزير الدفاع", actor.role());
        assertEquals(ActorKind.PERSON, actor.kind());
        Span speaker = session.set().requireSpan(session.set().linksFrom(quote.id(), LinkType.ATTRIBUTED_TO).get(0).toSpanId());
        assertEquals("سالم الحربي", text(speaker), "the mention is the name, without the titles");
    }

    @Test
    void theOutletAPersonSpokeToIsTheOuterSourceOfANestedAttribution() {
        AnnotationSession session = open();
        StoredState before = StoredState.of(store, session.set().id());
        Span inner = workspace.suggestions().accept(session, proposal(session, "الجيش سيتسلم", "سالم الحربي"));
        Span speaker = session.set().requireSpan(session.set().linksFrom(inner.id(), LinkType.ATTRIBUTED_TO).get(0).toSpanId());
        assertEquals("وزير الدفاع سالم الحربي", text(speaker), "the person is the quote's speaker");
        assertEquals("سالم الحربي", store.actors().find(((SpeakerMention) speaker.attributes()).actorId()).orElseThrow().canonicalName());
        assertEquals("وزير الدفاع", actorNamed("سالم الحربي").role());
        List<Link> nested = session.set().linksFrom(inner.id(), LinkType.NESTED_IN);
        assertEquals(1, nested.size());
        Span outer = session.set().requireSpan(nested.get(0).toSpanId());
        assertEquals(text(inner), text(outer), "the outlet's quote holds the same words");
        Span outlet = session.set().requireSpan(session.set().linksFrom(outer.id(), LinkType.ATTRIBUTED_TO).get(0).toSpanId());
        assertEquals("وكالة الأنباء الكويتية", text(outlet));
        Actor agency = store.actors().find(((SpeakerMention) outlet.attributes()).actorId()).orElseThrow();
        assertEquals("وكالة الأنباء الكويتية", agency.canonicalName());
        assertEquals(ActorKind.MEDIA_OUTLET, agency.kind());
        assertTrue(session.set().linksFrom(outer.id(), LinkType.NESTED_IN).isEmpty(), "the outlet is the outermost");

        session.undo();
        assertEquals(before, StoredState.of(store, session.set().id()), "one undo removes both quotes, the links and the actors");
    }

    @Test
    void acceptingThePersonCitedByAnOutletAcceptsTheOutletsQuoteWithIt() {
        AnnotationSession session = open();
        Span inner = workspace.suggestions().accept(session, proposal(session, "العجز سيتراجع", "منى السالم"));
        Span outer = session.set().requireSpan(session.set().linksFrom(inner.id(), LinkType.NESTED_IN).get(0).toSpanId());
        assertEquals("منى السالم", session.set().speakerActorOf(inner.id()).flatMap(store.actors()::find).orElseThrow().canonicalName());
        assertEquals("صحيفة الرأي", session.set().speakerActorOf(outer.id()).flatMap(store.actors()::find).orElseThrow().canonicalName());
        assertEquals("وزير المالية", actorNamed("منى السالم").role());
        assertNull(actorNamed("صحيفة الرأي").role());
    }

    @Test
    void acceptingTheOutletAcceptsThePersonItCitesNestedInIt() {
        AnnotationSession session = open();
        Span outer = workspace.suggestions().accept(session, proposal(session, "العجز سيتراجع", "صحيفة الرأي"));
        List<Span> quotes = session.set().spans().stream().filter(s -> s.layer() == Layer.QUOTE).toList();
        assertEquals(2, quotes.size());
        Span inner = quotes.stream().filter(q -> !q.id().equals(outer.id())).findFirst().orElseThrow();
        assertEquals(outer.id(), session.set().linksFrom(inner.id(), LinkType.NESTED_IN).get(0).toSpanId());
        assertTrue(workspace.suggestions().pending(session).stream().noneMatch(p -> p.start() == TEXT.indexOf("العجز سيتراجع")
                && p.suggestion().layer() == Layer.QUOTE), "neither side is proposed again");
    }

    @Test
    void rolesAreMergedOnFoldedSpelling() {
        assertEquals("وزير الدفاع، رئيس الوزراء", QuoteAcceptance.mergeRoles("وزير الدفاع", List.of("رئيس الوزراء", "وزيرُ الدفاع")));
        assertEquals("رئيس الوزراء", QuoteAcceptance.mergeRoles(null, List.of("رئيس الوزراء")));
        assertNull(QuoteAcceptance.mergeRoles(null, List.of()));
    }
}
