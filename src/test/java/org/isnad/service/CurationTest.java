package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.isnad.agreement.CurationUnit;
import org.isnad.agreement.UnitState;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.DomainException;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.store.H2Store;
import org.isnad.testing.HandClock;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Curation on a real database, of the Kimmitt passage as two analysts marked it: the units every analyst marked
 * alike are merged on starting, the curator takes one analyst's claim and leaves another quote out, undoes and
 * redoes, sees a unit an analyst changed afterwards as changed, and sends the curated set through review.
 */
class CurationTest {
    static final String TEXT = Kimmitt.PASSAGE;
    static final String ADDED_QUOTE = "القوات العراقية قادرة على حماية البلاد";

    @RegisterExtension
    final TempStores stores = new TempStores();
    H2Store store;
    Workspace workspace;
    String doc;
    final Clock clock = Clock.systemUTC();

    @BeforeEach
    void twoAnalystsMarkThePassage() {
        store = stores.open();
        workspace = new Workspace(store, clock);
        doc = workspace.library().importText(TEXT, "kimmitt", ImportOptions.none(), "lead").document().id();
        workspace.assignments().assign(List.of(doc), List.of("salma", "omar"), "rania", "lead");
        mark("salma", TEXT.indexOf("الانسحاب"), TEXT.indexOf("”."), true);
        mark("omar", TEXT.indexOf("الانسحاب"), TEXT.indexOf(" سيؤدي"), false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Speaker and quote alike for both; the claim's end as given; salma alone also marks the added quote, attributed. */
    private void mark(String analyst, int claimStart, int claimEnd, boolean addedQuote) {
        AnnotationSession s = workspace.open(doc, analyst);
        Span speaker = s.mark(Layer.SPEAKER, TEXT.indexOf(Kimmitt.SPEAKER), TEXT.indexOf("،"));
        Span quote = s.markQuoteOf(speaker.id(), TEXT.indexOf(Kimmitt.QUOTE), TEXT.indexOf(Kimmitt.QUOTE) + Kimmitt.QUOTE.length());
        s.mark(Layer.CLAIM, claimStart, claimEnd);
        if (addedQuote) {
            s.markQuoteOf(speaker.id(), TEXT.indexOf(ADDED_QUOTE), TEXT.indexOf(ADDED_QUOTE) + ADDED_QUOTE.length());
        }
    }

    private static CurationUnit unitAt(CurationSession c, Layer layer, String text) {
        int at = TEXT.indexOf(text);
        return c.units().stream().filter(u -> u.layer() == layer && u.start() <= at && u.end() > at).findFirst().orElseThrow();
    }

    @Test
    void startingMergesWhatEveryoneAgreesOnAndClassifiesTheRest() {
        CurationSession c = workspace.curation().open(doc, "rania");
        assertEquals(2, c.autoMerged(), "speaker and quote are alike in both sets");
        AnnotationSetInfo info = c.curated().set().info();
        assertEquals(SetKind.CURATED, info.kind());
        assertEquals("rania", info.annotator());
        assertEquals(2, c.curated().set().spans().size());
        assertEquals(1, c.curated().set().links().size(), "the quote's speaker came with it");
        assertEquals(List.of("salma", "omar"), c.analysts());

        assertEquals(4, c.units().size());
        CurationUnit speaker = unitAt(c, Layer.SPEAKER, Kimmitt.SPEAKER);
        CurationUnit claim = unitAt(c, Layer.CLAIM, Kimmitt.CLAIM);
        CurationUnit added = unitAt(c, Layer.QUOTE, ADDED_QUOTE);
        assertEquals(UnitState.ALL_AGREE, speaker.state());
        assertEquals(UnitDecision.TAKEN, c.decision(speaker));
        assertEquals(List.of(1, 2), speaker.curatedMatches());
        assertEquals(UnitState.DISAGREE, claim.state());
        assertEquals(UnitDecision.OPEN, c.decision(claim));
        assertEquals(UnitState.ONLY_SOME, added.state());
        assertTrue(added.version(2).isEmpty());
        CurationTally tally = c.tally();
        assertEquals(2, tally.open());
        assertEquals(2, tally.allAgree());
        assertEquals(0, tally.changed());
        assertTrue(store.audit().eventsOf(doc).stream().anyMatch(e -> e.user().equals("rania")
                && e.description().startsWith("Merge the units every analyst agrees on")));
    }

    @Test
    void takingAVersionCopiesItsBoundsAndLinksAndIsUndoable() {
        CurationSession c = workspace.curation().open(doc, "rania");
        c.take(unitAt(c, Layer.CLAIM, Kimmitt.CLAIM), 2);
        Span claim = c.curated().set().spans().stream().filter(s -> s.layer() == Layer.CLAIM).findFirst().orElseThrow();
        assertEquals(TEXT.indexOf("الانسحاب"), claim.start());
        assertEquals(TEXT.indexOf(" سيؤدي"), claim.end(), "omar's end, not salma's");
        CurationUnit unit = unitAt(c, Layer.CLAIM, Kimmitt.CLAIM);
        assertEquals(UnitDecision.TAKEN, c.decision(unit));
        assertEquals(List.of(2), unit.curatedMatches());

        c.take(unit, 1);
        unit = unitAt(c, Layer.CLAIM, Kimmitt.CLAIM);
        assertEquals(List.of(1), unit.curatedMatches(), "taking salma's replaces omar's");
        assertEquals(1, c.curated().set().spans().stream().filter(s -> s.layer() == Layer.CLAIM).count());

        c.curated().undo();
        assertEquals(List.of(2), unitAt(c, Layer.CLAIM, Kimmitt.CLAIM).curatedMatches());
        c.curated().undo();
        assertEquals(UnitDecision.OPEN, c.decision(unitAt(c, Layer.CLAIM, Kimmitt.CLAIM)));
        assertTrue(store.audit().eventsOf(doc).stream().anyMatch(e -> e.user().equals("rania") && e.action().equals("undo")
                && e.description().contains("Take analyst")));

        DomainException refused = assertThrows(DomainException.class, () -> c.take(unitAt(c, Layer.QUOTE, ADDED_QUOTE), 2));
        assertTrue(refused.getMessage().contains("omar"), refused.getMessage());

        c.take(unitAt(c, Layer.QUOTE, ADDED_QUOTE), 1);
        Span added = c.curated().set().spans().stream().filter(s -> s.start() == TEXT.indexOf(ADDED_QUOTE)).findFirst().orElseThrow();
        Span speaker = c.curated().set().spans().stream().filter(s -> s.layer() == Layer.SPEAKER).findFirst().orElseThrow();
        assertEquals(speaker.id(), c.curated().set().linksFrom(added.id(), LinkType.ATTRIBUTED_TO).get(0).toSpanId(),
                "salma's quote comes attributed to the curated speaker");
        assertEquals(List.of(1), unitAt(c, Layer.QUOTE, ADDED_QUOTE).curatedMatches());
    }

    @Test
    void noneLeavesAUnitOutAndIsStoredUndoableAndKeptOnReopening() {
        CurationSession c = workspace.curation().open(doc, "rania");
        c.none(unitAt(c, Layer.QUOTE, ADDED_QUOTE));
        assertEquals(UnitDecision.NONE, c.decision(unitAt(c, Layer.QUOTE, ADDED_QUOTE)));
        c.curated().undo();
        assertEquals(UnitDecision.OPEN, c.decision(unitAt(c, Layer.QUOTE, ADDED_QUOTE)));
        c.curated().redo();

        CurationSession again = workspace.curation().open(doc, "rania");
        assertEquals(c.curated().set().id(), again.curated().set().id(), "the same curated set, not a second one");
        assertEquals(2, again.autoMerged());
        assertEquals(2, again.curated().set().spans().size(), "nothing merged twice");
        assertEquals(UnitDecision.NONE, again.decision(unitAt(again, Layer.QUOTE, ADDED_QUOTE)));
        // the curator's own analyst session is not the curated set
        assertFalse(workspace.open(doc, "rania").set().id().equals(c.curated().set().id()));
    }

    @Test
    void aUnitAnAnalystChangesAfterCurationBeganShowsAsChanged() {
        CurationSession c = workspace.curation().open(doc, "rania");
        AnnotationSession omar = workspace.open(doc, "omar");
        Span claim = omar.set().spans().stream().filter(s -> s.layer() == Layer.CLAIM).findFirst().orElseThrow();
        omar.adjustBounds(claim.id(), TEXT.indexOf("الانسحاب"), TEXT.indexOf(" من العراق سيؤدي"));
        AnnotationSession salma = workspace.open(doc, "salma");
        Span added = salma.set().spans().stream().filter(s -> s.start() == TEXT.indexOf(ADDED_QUOTE)).findFirst().orElseThrow();
        salma.delete(added.id());
        c.none(unitAt(c, Layer.QUOTE, ADDED_QUOTE));

        c.reload();
        assertTrue(unitAt(c, Layer.CLAIM, Kimmitt.CLAIM).changed());
        assertFalse(unitAt(c, Layer.SPEAKER, Kimmitt.SPEAKER).changed());
        assertEquals(1, c.tally().changed(), "the removed quote left no unit behind: " + c.units());
    }

    @Test
    void theCuratedSetGoesThroughSubmissionAndASignedApproval() {
        CurationSession c = workspace.curation().open(doc, "rania");
        c.take(unitAt(c, Layer.CLAIM, Kimmitt.CLAIM), 1);
        c.none(unitAt(c, Layer.QUOTE, ADDED_QUOTE));
        ReviewService review = new ReviewService(store, stores.keys(), clock);
        String setId = c.curated().set().id();
        review.submit(setId, "rania");
        SignOff signOff = review.approve(setId, "huda", true);
        assertEquals(SetState.APPROVED, review.set(setId).state());
        assertTrue(review.check(setId).orElseThrow().valid(), signOff.toString());
        assertThrows(RuntimeException.class, () -> c.take(unitAt(c, Layer.CLAIM, Kimmitt.CLAIM), 2),
                "an approved curated set is read only");
    }

    @Test
    void refusals() {
        assertThrows(DomainException.class, () -> workspace.curation().open(doc, "someone"), "not the assigned curator");
        String lonely = workspace.library().importText(TEXT + " ", "single", ImportOptions.none(), "lead").document().id();
        workspace.open(lonely, "salma").mark(Layer.SPEAKER, TEXT.indexOf(Kimmitt.SPEAKER), TEXT.indexOf("،"));
        DomainException one = assertThrows(DomainException.class, () -> workspace.curation().open(lonely, "rania"));
        assertTrue(one.getMessage().contains("salma"), one.getMessage());
        assertTrue(workspace.curation().curatedSet(lonely).isEmpty(), "nothing half made");
    }
}
