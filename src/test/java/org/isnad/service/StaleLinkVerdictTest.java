package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.ReviewRefusedException;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.SpanDigest;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.testing.HandClock;
import org.isnad.testing.KimmittAnnotations;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A verdict covers the annotation's outgoing links too: attributing the quote to another speaker mention,
 * adding a cue link or a claimant after the verdict makes it stale, and approval waits; a verdict
 * stored before links were covered (a V11 digest of the fields only) keeps its old meaning.
 */
class StaleLinkVerdictTest {
    static final String ANALYST = "ليلى";
    static final String REVIEWER = "عمر";
    static final Duration TICK = Duration.ofMillis(1500);
    static final String TEXT = KimmittAnnotations.TEXT;

    @RegisterExtension
    final TempStores stores = new TempStores();
    final H2Store store = stores.open();
    final FileSigningKeys keys = stores.keys();
    final HandClock clock = new HandClock(Instant.parse("2026-12-07T10:00:00Z"));
    ReviewService review;
    KimmittAnnotations layla;
    Span otherSpeaker;
    String setId;

    @BeforeEach
    void setUp() {
        review = new ReviewService(store, keys, clock);
        layla = new KimmittAnnotations(store, ANALYST, clock);
        // a second mention of a speaker: the appositive «مساعد وزير الخارجية الأميركي السابق»
        otherSpeaker = layla.session.mark(Layer.SPEAKER, TEXT.indexOf("مساعد"), TEXT.indexOf(":"));
        setId = layla.session.set().id();
        clock.advance(TICK);
        review.submit(setId, ANALYST);
        ReviewSession first = review.review(setId, REVIEWER);
        for (Span s : first.annotations()) {
            first.accept(s.id(), null);
        }
        review.requestChanges(setId, REVIEWER, "check the speakers");
        review.resume(setId, ANALYST);
        clock.advance(TICK);
    }

    private AnnotationSession analyst() {
        return AnnotationSession.open(store, layla.documentId, ANALYST, clock);
    }

    @Test
    void attributingTheQuoteToAnotherSpeakerMakesItsVerdictStaleAndBlocksApproval() {
        AnnotationSession analyst = analyst();
        analyst.replaceLink(LinkType.ATTRIBUTED_TO, layla.quote.id(), otherSpeaker.id());
        assertTrue(analyst.set().isStale(layla.quote.id()), "the quote now names another speaker mention");
        assertFalse(analyst.set().isStale(otherSpeaker.id()), "the mention's own verdict is about the mention");
        assertFalse(analyst.set().isStale(layla.speaker.id()));
        review.submit(setId, ANALYST);

        ReviewSession again = review.review(setId, REVIEWER);
        assertEquals(List.of(layla.quote.id()), again.set().stale().stream().map(Span::id).toList());
        assertEquals(layla.quote.id(), again.nextUnreviewed(null).orElseThrow().id());
        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class, () -> review.approve(setId, REVIEWER, true));
        assertTrue(refused.getMessage().contains("changed after its verdict"), refused.getMessage());
        assertEquals(SetState.SUBMITTED, review.set(setId).state(), "nothing signed");

        AuditEvent relink = review.auditTrail(layla.documentId).stream()
                .filter(e -> e.after().contains("is stale")).findFirst().orElseThrow();
        assertEquals(ANALYST, relink.user());
        assertTrue(relink.after().contains("verdict ACCEPTED by " + REVIEWER), relink.after());

        again.accept(layla.quote.id(), "the appositive names him too");
        assertTrue(review.load(setId).stale().isEmpty(), "the new verdict covers the new link");
        review.approve(setId, REVIEWER, false);
        assertEquals(SetState.APPROVED, review.set(setId).state());
    }

    @Test
    void linksLeftAsTheyWereKeepTheVerdictFreshAndUndoingARelinkFreshensItAgain() {
        AnnotationSession analyst = analyst();
        // setting the speaker it already has changes nothing; a change elsewhere does not touch the quote
        analyst.replaceLink(LinkType.ATTRIBUTED_TO, layla.quote.id(), layla.speaker.id());
        analyst.setNote(layla.cue.id(), "فعل قول");
        assertFalse(analyst.set().isStale(layla.quote.id()));
        assertEquals(List.of(layla.cue.id()), review.load(setId).stale().stream().map(Span::id).toList());

        analyst.replaceLink(LinkType.ATTRIBUTED_TO, layla.quote.id(), otherSpeaker.id());
        assertTrue(analyst.set().isStale(layla.quote.id()));
        analyst.undo();
        assertFalse(analyst.set().isStale(layla.quote.id()), "back to the speaker that was judged");
        assertFalse(review.load(setId).isStale(layla.quote.id()), "and so in the store");

        // taking the link away and putting the same one back (a new link id) is the same annotation again
        analyst.replaceLink(LinkType.ATTRIBUTED_TO, layla.quote.id(), null);
        assertTrue(analyst.set().isStale(layla.quote.id()), "a quote without its speaker is not what was judged");
        analyst.replaceLink(LinkType.ATTRIBUTED_TO, layla.quote.id(), layla.speaker.id());
        assertFalse(analyst.set().isStale(layla.quote.id()));
    }

    @Test
    void addingACueLinkOrAClaimantLinkMakesTheVerdictStale() {
        AnnotationSession analyst = analyst();
        analyst.link(LinkType.CUED_BY, layla.quote.id(), layla.cue.id());
        assertTrue(analyst.set().isStale(layla.quote.id()), "a cue link added");
        assertFalse(analyst.set().isStale(layla.cue.id()), "an incoming link does not change the cue");

        analyst.replaceLink(LinkType.CLAIMED_BY, layla.claim.id(), layla.speaker.id());
        assertTrue(analyst.set().isStale(layla.claim.id()), "a claimant set");
        assertEquals(2, review.load(setId).reviewProgress().stale());
    }

    @Test
    void aVerdictStoredBeforeLinksWereCoveredGoesStaleOnlyWhenTheAnnotationItselfChanges() {
        // as stored by V11: the digest of the quote's fields only
        Span quote = review.load(setId).requireSpan(layla.quote.id());
        store.reviews().saveVerdict(setId, new Verdict(quote.id(), VerdictKind.ACCEPTED, null, REVIEWER,
                Instant.parse("2026-12-01T09:00:00Z"), SpanDigest.fieldsOnly(quote)));
        AnnotationSession analyst = analyst();
        assertFalse(analyst.set().isStale(quote.id()), "an old verdict is not stale at upgrade");
        analyst.replaceLink(LinkType.ATTRIBUTED_TO, quote.id(), otherSpeaker.id());
        assertFalse(analyst.set().isStale(quote.id()), "the links it judged are unknown: it keeps its old meaning");
        analyst.setAttributes(quote.id(), new QuoteDetails(QuoteType.INDIRECT, null));
        assertTrue(analyst.set().isStale(quote.id()), "a change of the quote itself still makes it stale");
    }
}
