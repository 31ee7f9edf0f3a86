package org.isnad.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.ReviewRefusedException;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.testing.HandClock;
import org.isnad.testing.KimmittAnnotations;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A verdict goes stale when its annotation changes after it; approval waits for a new verdict; the audit trail says why. */
class StaleVerdictTest {
    static final String ANALYST = "ليلى";
    static final String REVIEWER = "عمر";
    static final Duration TICK = Duration.ofMillis(1500);

    @RegisterExtension
    final TempStores stores = new TempStores();
    final H2Store store = stores.open();
    final FileSigningKeys keys = stores.keys();
    final HandClock clock = new HandClock(Instant.parse("2026-12-07T10:00:00Z"));
    ReviewService review;
    KimmittAnnotations layla;
    String setId;

    @BeforeEach
    void setUp() {
        review = new ReviewService(store, keys, clock);
        layla = new KimmittAnnotations(store, ANALYST, clock);
        setId = layla.session.set().id();
        clock.advance(TICK);
    }

    @Test
    void anAnnotationChangedAfterItsVerdictBlocksApprovalUntilReviewedAgain() {
        review.submit(setId, ANALYST);
        ReviewSession first = review.review(setId, REVIEWER);
        for (Span s : first.annotations()) {
            first.accept(s.id(), null);
        }
        assertTrue(first.progress().complete());
        review.requestChanges(setId, REVIEWER, "check the quote type once more");
        review.resume(setId, ANALYST);
        clock.advance(TICK);

        // the analyst changes the quote's type after the reviewer accepted it
        AnnotationSession analyst = AnnotationSession.open(store, layla.session.document().id(), ANALYST, clock);
        analyst.setAttributes(layla.quote.id(), new QuoteDetails(QuoteType.INDIRECT, null));
        assertTrue(analyst.set().isStale(layla.quote.id()), "the analyst sees it stale too");
        review.submit(setId, ANALYST);

        ReviewSession again = review.review(setId, REVIEWER);
        assertEquals(List.of(layla.quote.id()), again.set().stale().stream().map(Span::id).toList());
        assertEquals(1, again.progress().stale());
        assertFalse(again.progress().complete());
        assertEquals(layla.quote.id(), again.nextUnreviewed(null).orElseThrow().id(), "review walks to it");

        ReviewRefusedException refused = assertThrows(ReviewRefusedException.class, () -> review.approve(setId, REVIEWER, true));
        assertTrue(refused.getMessage().contains("changed after its verdict"), refused.getMessage());
        assertEquals(SetState.SUBMITTED, review.set(setId).state(), "nothing signed");
        assertTrue(review.signOffs(setId).isEmpty());

        // the audit trail says which verdict the edit made stale
        AuditEvent edit = review.auditTrail(layla.session.document().id()).stream()
                .filter(e -> e.after().contains("is stale")).findFirst().orElseThrow();
        assertEquals(ANALYST, edit.user());
        assertTrue(edit.after().contains("verdict ACCEPTED by " + REVIEWER), edit.after());

        // a new verdict on the annotation as it is now clears it, and approval goes through
        again.accept(layla.quote.id(), "indirect is right");
        assertTrue(again.set().stale().isEmpty());
        assertTrue(review.load(setId).stale().isEmpty(), "the new verdict is stored with the new version");
        review.approve(setId, REVIEWER, false);
        assertEquals(SetState.APPROVED, review.set(setId).state());
    }

    @Test
    void undoingTheChangeMakesTheVerdictFreshAgainAndAFixIsNeverStale() {
        review.submit(setId, ANALYST);
        ReviewSession r = review.review(setId, REVIEWER);
        r.accept(layla.cue.id(), null);
        r.fixAttributes(layla.quote.id(), new QuoteDetails(QuoteType.MIXED, null), "mixed: part is quoted");
        assertFalse(r.set().isStale(layla.quote.id()), "a fix judges the corrected annotation");
        review.requestChanges(setId, REVIEWER, "see the notes");
        review.resume(setId, ANALYST);

        AnnotationSession analyst = AnnotationSession.open(store, layla.session.document().id(), ANALYST, clock);
        analyst.setNote(layla.cue.id(), "قال، لا صرّح");
        assertTrue(analyst.set().isStale(layla.cue.id()));
        analyst.undo();
        assertFalse(analyst.set().isStale(layla.cue.id()), "back to what was judged");
        assertFalse(review.load(setId).isStale(layla.cue.id()));
    }
}
