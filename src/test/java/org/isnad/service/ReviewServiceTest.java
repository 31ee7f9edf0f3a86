package org.isnad.service;

import org.isnad.service.signing.CanonicalJson;
import org.isnad.service.signing.SignedContent;
import org.isnad.service.signing.ReviewerKey;
import org.isnad.service.signing.SignOffVerifier;
import org.isnad.service.signing.SignatureStatus;
import org.isnad.service.signing.SignOffCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Layer;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.ReviewProgress;
import org.isnad.domain.ReviewRefusedException;
import org.isnad.domain.ReviewStep;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.StateChange;
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

/** Review on a real H2 database and real key files in a temporary folder: states, verdicts, signatures. */
class ReviewServiceTest {
    static final String TEXT = KimmittAnnotations.TEXT;
    static final String ANALYST = "ليلى";
    static final String REVIEWER = "عمر";

    /** Moves the clock between steps, so that times differ (with sub-millisecond parts the store drops). */
    static final Duration TICK = Duration.ofMillis(1500).plusNanos(77_000);

    @RegisterExtension
    final TempStores stores = new TempStores();
    H2Store store = stores.open();
    final FileSigningKeys keys = stores.keys();
    final HandClock clock = new HandClock(Instant.parse("2026-11-29T10:00:00.123456Z"));
    ReviewService review;
    AnnotationSession analyst;
    String setId;
    Span speaker;
    Span cue;
    Span quote;
    Span claim;

    @BeforeEach
    void setUp() {
        review = new ReviewService(store, keys, clock);
        KimmittAnnotations layla = new KimmittAnnotations(store, ANALYST, clock);
        analyst = layla.session;
        speaker = layla.speaker;
        cue = layla.cue;
        quote = layla.quote;
        claim = layla.claim;
        analyst.setAttributes(claim.id(), new ClaimDetails("الانسحاب لن يؤدي إلى فراغ أمني", null, Polarity.DENIES,
                Commitment.PROBABLE, ClaimType.OTHER, 4, "العراق", null));
        setId = analyst.set().id();
        clock.advance(TICK);
    }

    SetState stored() {
        return store.annotations().findSet(setId).orElseThrow().state();
    }

    SignOff submitAndApproveAll() {
        review.submit(setId, ANALYST);
        clock.advance(TICK);
        return review.approve(setId, REVIEWER, true);
    }

    @Test
    void theAnalystSubmitsAndTheStepIsRecordedWithWhoActed() {
        AnnotationSetInfo after = review.submit(setId, ANALYST);
        assertEquals(SetState.SUBMITTED, after.state());
        assertEquals(SetState.SUBMITTED, stored());
        List<StateChange> history = review.history(setId);
        assertEquals(1, history.size());
        assertEquals(ReviewStep.SUBMIT, history.get(0).step());
        assertEquals(ANALYST, history.get(0).user());
        AuditEvent last = lastAudit();
        assertEquals("review.submit", last.action());
        assertEquals(ANALYST, last.user());
        assertEquals("state=in progress", last.before());
        assertEquals("state=submitted", last.after());
    }

    @Test
    void aRefusedStepChangesNothing() {
        int events = store.audit().eventsOf(analyst.document().id()).size();
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> review.submit(setId, REVIEWER));
        assertTrue(e.getMessage().contains("only " + ANALYST), e.getMessage());
        assertThrows(ReviewRefusedException.class, () -> review.approve(setId, REVIEWER, true));
        assertThrows(ReviewRefusedException.class, () -> review.requestChanges(setId, REVIEWER, "x"));
        assertThrows(ReviewRefusedException.class, () -> review.resume(setId, ANALYST));
        assertThrows(ReviewRefusedException.class, () -> review.reopen(setId, ANALYST, "x"));
        assertEquals(SetState.IN_PROGRESS, stored());
        assertEquals(events, store.audit().eventsOf(analyst.document().id()).size());
        assertTrue(review.history(setId).isEmpty());
        assertTrue(review.signOffs(setId).isEmpty());
    }

    @Test
    void aReviewerCannotApproveASetTheyAnnotated() {
        review.submit(setId, ANALYST);
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> review.approve(setId, ANALYST, true));
        assertTrue(e.getMessage().contains("cannot approve their own annotation set"), e.getMessage());
        assertThrows(ReviewRefusedException.class, () -> review.review(setId, ANALYST).accept(quote.id(), null));
        assertEquals(SetState.SUBMITTED, stored());
        assertTrue(keys.publicKeyOf(ANALYST).isEmpty(), "no key made for a refused approval");
    }

    @Test
    void approvalIsRefusedWhileAnnotationsLackAVerdictSayingHowMany() {
        review.submit(setId, ANALYST);
        ReviewSession session = review.review(setId, REVIEWER);
        session.accept(speaker.id(), null);
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> review.approve(setId, REVIEWER, false));
        assertTrue(e.getMessage().contains("3 of 4 annotations have no verdict"), e.getMessage());
        assertEquals(SetState.SUBMITTED, stored());
        session.accept(cue.id(), "");
        session.reject(quote.id(), "the quote ends before the closing mark");
        assertTrue(assertThrows(ReviewRefusedException.class, () -> review.approve(setId, REVIEWER, false))
                .getMessage().contains("1 of 4 annotations has no verdict"));
        session.accept(claim.id(), null);
        SignOff signOff = review.approve(setId, REVIEWER, false);
        assertEquals(SetState.APPROVED, stored());
        assertEquals(REVIEWER, signOff.reviewer());
        assertEquals(SignatureStatus.VALID, review.check(setId).orElseThrow().status());
    }

    @Test
    void acceptRemainingRecordsTheReviewersAcceptanceOfEachBeforeSigning() {
        review.submit(setId, ANALYST);
        review.review(setId, REVIEWER).reject(quote.id(), "speaker is wrong");
        clock.advance(TICK);
        SignOff signOff = review.approve(setId, REVIEWER, true);
        AnnotationSet set = review.load(setId);
        assertEquals(new ReviewProgress(4, 3, 1, 0), set.reviewProgress());
        for (Span s : List.of(speaker, cue, claim)) {
            Verdict v = set.verdict(s.id()).orElseThrow();
            assertEquals(VerdictKind.ACCEPTED, v.kind());
            assertEquals(REVIEWER, v.reviewer());
            assertEquals(signOff.signedAt(), v.at());
        }
        assertEquals(VerdictKind.REJECTED, set.verdict(quote.id()).orElseThrow().kind());
        List<String> actions = store.audit().eventsOf(analyst.document().id()).stream().map(AuditEvent::action).toList();
        assertEquals(List.of("review.accept-remaining", "review.approve"), actions.subList(actions.size() - 2, actions.size()));
        assertEquals(REVIEWER, lastAudit().user());
    }

    @Test
    void aValidSignatureVerifiesAndSurvivesReopeningTheDatabase() {
        SignOff signOff = submitAndApproveAll();
        assertEquals(Instant.parse("2026-11-29T10:00:03.123Z"), signOff.signedAt(), "times are kept to the millisecond");
        SignOffCheck check = review.check(setId).orElseThrow();
        assertEquals(SignatureStatus.VALID, check.status(), check.message());
        assertTrue(check.message().startsWith("valid: signed by " + REVIEWER), check.message());
        store.close();
        store = stores.open();
        review = new ReviewService(store, stores.keys(), clock);
        assertEquals(SignatureStatus.VALID, review.check(setId).orElseThrow().status());
        assertEquals(List.of(signOff), review.signOffs(setId));
    }

    @Test
    void changingAnOffsetAfterSigningMakesItInvalid() {
        submitAndApproveAll();
        store.annotations().updateSpan(setId, quote.withBounds(quote.start() + 1, quote.end()));
        SignOffCheck check = review.check(setId).orElseThrow();
        assertEquals(SignatureStatus.INVALID, check.status());
        assertTrue(check.message().contains("changed since " + REVIEWER), check.message());
    }

    @Test
    void changingAnAttributeAfterSigningMakesItInvalid() {
        submitAndApproveAll();
        Span stored = review.load(setId).requireSpan(quote.id());
        store.annotations().updateSpan(setId, stored.withAttributes(((QuoteDetails) stored.attributes()).withType(QuoteType.INDIRECT)));
        assertEquals(SignatureStatus.INVALID, review.check(setId).orElseThrow().status());
    }

    @Test
    void changingANoteOrALinkAfterSigningMakesItInvalid() {
        submitAndApproveAll();
        store.annotations().updateSpan(setId, review.load(setId).requireSpan(cue.id()).withNote("ملاحظة"));
        assertEquals(SignatureStatus.INVALID, review.check(setId).orElseThrow().status());
    }

    @Test
    void changingAVerdictAfterSigningMakesItInvalid() {
        SignOff signOff = submitAndApproveAll();
        store.reviews().saveVerdict(setId, new Verdict(claim.id(), VerdictKind.REJECTED, "no", REVIEWER, signOff.signedAt()));
        assertEquals(SignatureStatus.INVALID, review.check(setId).orElseThrow().status());
    }

    @Test
    void anAlteredSignOffRecordIsInvalid() {
        SignOff s = submitAndApproveAll();
        AnnotationSet set = review.load(setId);
        String sha = analyst.document().sha256();
        SignOff otherName = new SignOff(s.id(), s.setId(), s.documentId(), "شخص آخر", s.publicKey(), s.signedAt(), s.digest(), s.signature(), false);
        SignOff otherTime = new SignOff(s.id(), s.setId(), s.documentId(), s.reviewer(), s.publicKey(), s.signedAt().plusSeconds(1), s.digest(), s.signature(), false);
        for (SignOff altered : List.of(otherName, otherTime)) {
            SignOffCheck check = SignOffVerifier.check(altered, sha, set, k -> true);
            assertEquals(SignatureStatus.INVALID, check.status());
            assertTrue(check.message().contains("record was altered"), check.message());
        }
        assertEquals(SignatureStatus.INVALID, SignOffVerifier.check(s, "0".repeat(64), set, k -> true).status(),
                "another document text");
    }

    @Test
    void aKeyNotAmongTheTrustedOnesGivesUnknownKeyUntilImported() {
        SignOff signOff = submitAndApproveAll();
        FileSigningKeys elsewhere = stores.keys("other-computer/keys");
        ReviewService there = new ReviewService(store, elsewhere, clock);
        SignOffCheck check = there.check(setId).orElseThrow();
        assertEquals(SignatureStatus.UNKNOWN_KEY, check.status());
        assertTrue(check.message().contains("not among your trusted keys"), check.message());
        ReviewerKey exported = ReviewerKey.parse(keys.exportPublicKey(REVIEWER).toText(), "omar.pub");
        assertEquals(signOff.publicKey(), exported.publicKey());
        elsewhere.trust(exported);
        assertEquals(SignatureStatus.VALID, there.check(setId).orElseThrow().status());
    }

    @Test
    void reopeningNeedsAReasonAndSupersedesTheSignOff() {
        SignOff first = submitAndApproveAll();
        assertThrows(ReviewRefusedException.class, () -> review.reopen(setId, REVIEWER, " "));
        clock.advance(TICK);
        AnnotationSetInfo reopened = review.reopen(setId, REVIEWER, "a claim was missed");
        assertEquals(SetState.IN_PROGRESS, reopened.state());
        List<SignOff> signOffs = review.signOffs(setId);
        assertEquals(1, signOffs.size());
        assertTrue(signOffs.get(0).superseded());
        assertEquals(first.asSuperseded(), signOffs.get(0));
        assertTrue(review.check(setId).isEmpty(), "no sign-off in force");
        assertTrue(lastAudit().after().contains("reason: a claim was missed"), lastAudit().after());
        assertTrue(lastAudit().after().contains("1 sign-off(s) superseded"));

        // the analyst works again, submits, and the new approval is a new sign-off
        analyst.setNote(quote.id(), "الاقتباس كامل");
        review.submit(setId, ANALYST);
        clock.advance(TICK);
        // the changed quote's verdict is stale: accepting the rest does not cover it (issue 18)
        assertThrows(ReviewRefusedException.class, () -> review.approve(setId, REVIEWER, true));
        review.review(setId, REVIEWER).accept(quote.id(), null);
        SignOff second = review.approve(setId, REVIEWER, true);
        signOffs = review.signOffs(setId);
        assertEquals(2, signOffs.size());
        assertTrue(signOffs.get(0).superseded());
        assertFalse(signOffs.get(1).superseded());
        assertEquals(second, review.currentSignOff(setId).orElseThrow());
        assertNotEquals(first.digest(), second.digest());
        assertEquals(SignatureStatus.VALID, review.check(setId).orElseThrow().status());
        assertEquals(List.of(ReviewStep.SUBMIT, ReviewStep.APPROVE, ReviewStep.REOPEN, ReviewStep.SUBMIT, ReviewStep.APPROVE),
                review.history(setId).stream().map(StateChange::step).toList());
    }

    @Test
    void changesRequestedGoBackToTheAnalystWhoResumesAndSubmitsAgain() {
        review.submit(setId, ANALYST);
        assertThrows(ReviewRefusedException.class, () -> review.requestChanges(setId, REVIEWER, ""));
        review.review(setId, REVIEWER).reject(cue.id(), "the cue is «وقال», not «قال»");
        review.requestChanges(setId, REVIEWER, "fix the cue");
        assertEquals(SetState.CHANGES_REQUESTED, stored());
        assertEquals("fix the cue", review.history(setId).get(1).comment());
        // the analyst sees the verdict and its comment on their annotation
        AnnotationSession reopened = AnnotationSession.open(store, analyst.document().id(), ANALYST, clock);
        assertEquals("the cue is «وقال», not «قال»", reopened.set().verdict(cue.id()).orElseThrow().comment());

        assertTrue(assertThrows(ReviewRefusedException.class, () -> review.submit(setId, ANALYST)).getMessage()
                .contains("resume it first"));
        assertThrows(ReviewRefusedException.class, () -> review.resume(setId, REVIEWER));
        review.resume(setId, ANALYST);
        assertEquals(SetState.IN_PROGRESS, stored());
        reopened.adjustBounds(cue.id(), 0, TEXT.indexOf(" مارك"));
        review.submit(setId, ANALYST);
        assertEquals(SetState.SUBMITTED, stored());
    }

    @Test
    void editsAreRefusedOnAnApprovedSetEvenThroughASessionOpenedBefore() {
        submitAndApproveAll();
        // the analyst's session was opened while the set was in progress
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> analyst.mark(Layer.CUE, 0, 4));
        assertTrue(e.getMessage().contains("it is approved and read-only; reopen it"), e.getMessage());
        assertThrows(ReviewRefusedException.class, () -> analyst.setNote(quote.id(), "x"));
        assertThrows(ReviewRefusedException.class, () -> analyst.undo(), "undo is an edit too");
        AnnotationSession fresh = AnnotationSession.open(store, analyst.document().id(), ANALYST, clock);
        assertTrue(fresh.isReadOnly());
        assertThrows(ReviewRefusedException.class, () -> fresh.delete(cue.id()));
        assertEquals(4, store.annotations().spansOf(setId).size());
        assertEquals(SignatureStatus.VALID, review.check(setId).orElseThrow().status());
    }

    @Test
    void verdictsAreUndoableCommandsInTheAuditTrail() {
        review.submit(setId, ANALYST);
        ReviewSession session = review.review(setId, REVIEWER);
        assertEquals(cue.id(), session.nextUnreviewed(null).orElseThrow().id(), "reading order: «قال» comes first");
        session.accept(cue.id(), null);
        assertEquals(1, store.reviews().verdictsOf(setId).size());
        assertEquals("Accept «قال»", lastAudit().description());
        assertEquals(REVIEWER, lastAudit().user());
        session.undo();
        assertTrue(store.reviews().verdictsOf(setId).isEmpty());
        assertTrue(session.verdictOf(cue.id()).isEmpty());
        session.redo();
        assertEquals(VerdictKind.ACCEPTED, store.reviews().verdictsOf(setId).get(0).kind());
        session.reject(cue.id(), "too short");
        assertEquals(VerdictKind.REJECTED, store.reviews().verdictsOf(setId).get(0).kind());
        session.undo();
        assertEquals(VerdictKind.ACCEPTED, store.reviews().verdictsOf(setId).get(0).kind(), "undo restores the earlier verdict");
        session.clearVerdict(cue.id());
        assertTrue(store.reviews().verdictsOf(setId).isEmpty());
    }

    @Test
    void aFixCorrectsTheAnnotationAndAcceptsItInOneUndoableStep() {
        review.submit(setId, ANALYST);
        ReviewSession session = review.review(setId, REVIEWER);
        Verdict v = session.fixBounds(cue.id(), 0, TEXT.indexOf(" مارك"), "the cue includes the و");
        assertEquals(VerdictKind.FIXED, v.kind());
        Span fixed = store.annotations().spansOf(setId).stream().filter(s -> s.id().equals(cue.id())).findFirst().orElseThrow();
        assertEquals(0, fixed.start());
        assertEquals(VerdictKind.FIXED, store.reviews().verdictsOf(setId).get(0).kind());
        assertThrows(org.isnad.domain.DomainException.class, () -> session.fixBounds(cue.id(), 0, TEXT.indexOf(" مارك"), null),
                "a fix that changes nothing is refused");
        session.undo();
        Span back = store.annotations().spansOf(setId).stream().filter(s -> s.id().equals(cue.id())).findFirst().orElseThrow();
        assertEquals(cue.start(), back.start());
        assertTrue(store.reviews().verdictsOf(setId).isEmpty());
        // the analyst still cannot edit while it is submitted
        assertThrows(ReviewRefusedException.class, () -> analyst.adjustBounds(cue.id(), 0, TEXT.indexOf(" مارك")));
    }

    @Test
    void verdictsAreRefusedOnceTheSetLeftReview() {
        review.submit(setId, ANALYST);
        ReviewSession session = review.review(setId, REVIEWER);
        session.accept(cue.id(), null);
        review.approve(setId, REVIEWER, true);
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class, () -> session.reject(quote.id(), "late"));
        assertTrue(e.getMessage().contains("it is approved"), e.getMessage());
        assertThrows(ReviewRefusedException.class, session::undo);
        assertEquals(SignatureStatus.VALID, review.check(setId).orElseThrow().status());
        assertThrows(ReviewRefusedException.class, () -> review.review(setId, "ثالث").accept(cue.id(), null));
    }

    @Test
    void deletingAnAnnotationDeletesItsVerdict() {
        review.submit(setId, ANALYST);
        review.review(setId, REVIEWER).reject(cue.id(), "not a cue");
        review.requestChanges(setId, REVIEWER, "see the cue");
        review.resume(setId, ANALYST);
        AnnotationSession session = AnnotationSession.open(store, analyst.document().id(), ANALYST, clock);
        session.delete(cue.id());
        assertTrue(store.reviews().verdictsOf(setId).isEmpty());
        assertTrue(session.set().verdicts().isEmpty());
    }

    @Test
    void theKeyPairIsMadeOnTheFirstSignOffAndReused() {
        assertTrue(keys.publicKeyOf(REVIEWER).isEmpty());
        SignOff first = submitAndApproveAll();
        assertEquals(first.publicKey(), keys.publicKeyOf(REVIEWER).orElseThrow().publicKey());
        review.reopen(setId, ANALYST, "again");
        review.submit(setId, ANALYST);
        SignOff second = review.approve(setId, REVIEWER, true);
        assertEquals(first.publicKey(), second.publicKey());
    }

    @Test
    void theSignedContentCoversOffsetsAttributesNotesLinksAndVerdicts() {
        submitAndApproveAll();
        AnnotationSet set = review.load(setId);
        String json = CanonicalJson.write(SignedContent.of(analyst.document().sha256(), set));
        assertTrue(json.startsWith("{\"document\":{\"sha256\":\"" + analyst.document().sha256()
                + "\"},\"format\":\"isnad-signed-annotations/1\""), json);
        assertFalse(json.contains(analyst.document().id()), "the local document id is not signed");
        assertTrue(json.contains("\"normalizedText\":\"الانسحاب لن يؤدي إلى فراغ أمني\""), json);
        assertTrue(json.contains("\"checkWorthiness\":4"), json);
        assertTrue(json.contains("\"type\":\"ATTRIBUTED_TO\""), json);
        assertTrue(json.contains("\"verdict\":\"ACCEPTED\""), json);
        assertTrue(json.contains("\"start\":" + quote.start() + "}"), json);
        assertFalse(json.contains(" :") || json.contains(", "), "no insignificant whitespace");
    }

    private AuditEvent lastAudit() {
        List<AuditEvent> events = store.audit().eventsOf(analyst.document().id());
        return events.get(events.size() - 1);
    }
}
