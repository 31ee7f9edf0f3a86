package org.isnad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every step from every state, by the analyst and by someone else: allowed exactly where the issue says, refused with a clear message elsewhere. */
class ReviewStateTest {
    static final String ANALYST = "ليلى";
    static final String REVIEWER = "عمر";

    static AnnotationSetInfo set(SetState state) {
        return new AnnotationSetInfo("set-1", "doc-1", ANALYST, SetKind.ANALYST, state, Instant.EPOCH);
    }

    /** The only allowed (step, from, by whom) combinations. */
    static final Map<ReviewStep, SetState> ALLOWED_FROM = Map.of(
            ReviewStep.SUBMIT, SetState.IN_PROGRESS,
            ReviewStep.APPROVE, SetState.SUBMITTED,
            ReviewStep.REQUEST_CHANGES, SetState.SUBMITTED,
            ReviewStep.RESUME, SetState.CHANGES_REQUESTED,
            ReviewStep.REOPEN, SetState.APPROVED);

    static boolean allowedFor(ReviewStep step, String user) {
        return switch (step) {
            case SUBMIT, RESUME -> user.equals(ANALYST);
            case APPROVE, REQUEST_CHANGES -> !user.equals(ANALYST);
            case REOPEN -> true;
        };
    }

    @Test
    void everyStepFromEveryStateByEachPerson() {
        int allowed = 0;
        int refused = 0;
        for (ReviewStep step : ReviewStep.values()) {
            for (SetState state : SetState.values()) {
                for (String user : new String[] {ANALYST, REVIEWER}) {
                    boolean ok = ALLOWED_FROM.get(step) == state && allowedFor(step, user);
                    if (ok) {
                        assertEquals(step.to(), ReviewState.next(set(state), step, user, "سبب"), step + " from " + state + " by " + user);
                        allowed++;
                    } else {
                        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                                () -> ReviewState.next(set(state), step, user, "سبب"), step + " from " + state + " by " + user);
                        String m = e.getMessage();
                        assertTrue(m.startsWith(user + " cannot " + step.words()), m);
                        assertTrue(m.contains(ReviewState.words(state)), "names the state: " + m);
                        assertTrue(m.contains(ANALYST), "names the analyst: " + m);
                        refused++;
                    }
                }
            }
        }
        // submit, resume: analyst only; approve, request changes: reviewer only; reopen: both
        assertEquals(6, allowed);
        assertEquals(5 * 4 * 2 - 6, refused);
    }

    @Test
    void theAllowedPathsLeadWhereTheIssueSays() {
        assertEquals(SetState.SUBMITTED, ReviewStep.SUBMIT.to());
        assertEquals(SetState.APPROVED, ReviewStep.APPROVE.to());
        assertEquals(SetState.CHANGES_REQUESTED, ReviewStep.REQUEST_CHANGES.to());
        assertEquals(SetState.IN_PROGRESS, ReviewStep.RESUME.to());
        assertEquals(SetState.IN_PROGRESS, ReviewStep.REOPEN.to());
    }

    @Test
    void selfApprovalIsRefusedSayingWhy() {
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> ReviewState.next(set(SetState.SUBMITTED), ReviewStep.APPROVE, ANALYST, null));
        assertEquals(ANALYST + " cannot approve their own annotation set (submitted): a set must be reviewed by someone "
                + "other than the person who annotated it", e.getMessage());
    }

    @Test
    void anotherPersonCannotSubmitTheAnalystsSet() {
        ReviewRefusedException e = assertThrows(ReviewRefusedException.class,
                () -> ReviewState.next(set(SetState.IN_PROGRESS), ReviewStep.SUBMIT, REVIEWER, null));
        assertTrue(e.getMessage().contains("only " + ANALYST + ", who annotated it, can"), e.getMessage());
    }

    @Test
    void requestChangesAndReopenNeedAComment() {
        assertTrue(assertThrows(ReviewRefusedException.class,
                () -> ReviewState.next(set(SetState.SUBMITTED), ReviewStep.REQUEST_CHANGES, REVIEWER, "  "))
                .getMessage().contains("without a comment"));
        assertTrue(assertThrows(ReviewRefusedException.class,
                () -> ReviewState.next(set(SetState.APPROVED), ReviewStep.REOPEN, REVIEWER, null))
                .getMessage().contains("without a reason"));
    }

    @Test
    void wrongStateMessagesHintAtTheWayOn() {
        assertTrue(assertThrows(ReviewRefusedException.class,
                () -> ReviewState.next(set(SetState.CHANGES_REQUESTED), ReviewStep.SUBMIT, ANALYST, null))
                .getMessage().contains("resume it first"));
        String m = assertThrows(ReviewRefusedException.class,
                () -> ReviewState.next(set(SetState.APPROVED), ReviewStep.APPROVE, REVIEWER, null)).getMessage();
        assertEquals(REVIEWER + " cannot approve the annotation set of " + ANALYST + ": it is approved, and only a set "
                + "that is submitted can be approved (reopen it, with a reason, to change it)", m);
    }

    @Test
    void verdictsOnlyWhileSubmittedAndNotByTheAnalyst() {
        ReviewState.checkCanReview(set(SetState.SUBMITTED), REVIEWER);
        assertThrows(ReviewRefusedException.class, () -> ReviewState.checkCanReview(set(SetState.SUBMITTED), ANALYST));
        for (SetState s : new SetState[] {SetState.IN_PROGRESS, SetState.CHANGES_REQUESTED, SetState.APPROVED}) {
            assertTrue(assertThrows(ReviewRefusedException.class, () -> ReviewState.checkCanReview(set(s), REVIEWER))
                    .getMessage().contains(ReviewState.words(s)));
        }
    }

    @Test
    void aRejectionNeedsAComment() {
        assertThrows(DomainException.class, () -> new Verdict("s", VerdictKind.REJECTED, " ", REVIEWER, Instant.EPOCH));
        assertEquals("wrong speaker", new Verdict("s", VerdictKind.REJECTED, "wrong speaker", REVIEWER, Instant.EPOCH).comment());
        assertEquals(null, new Verdict("s", VerdictKind.ACCEPTED, "", REVIEWER, Instant.EPOCH).comment());
    }

    @Test
    void aSetCountsItsVerdictsAndDropsOneWithItsAnnotation() {
        String text = "قال مارك كيميت";
        AnnotationSet set = new AnnotationSet(set(SetState.SUBMITTED), text);
        Span cue = Span.mark(Layer.CUE, 0, 3);
        Span speaker = Span.mark(Layer.SPEAKER, 4, text.length());
        set.addSpan(cue);
        set.addSpan(speaker);
        assertThrows(DomainException.class, () -> set.putVerdict(new Verdict("nothing", VerdictKind.ACCEPTED, null, REVIEWER, Instant.EPOCH)));
        set.putVerdict(new Verdict(cue.id(), VerdictKind.ACCEPTED, null, REVIEWER, Instant.EPOCH));
        assertEquals(new ReviewProgress(2, 1, 0, 0), set.reviewProgress());
        assertEquals(1, set.reviewProgress().unreviewed());
        assertEquals(speaker, set.unreviewed().get(0));
        set.removeSpan(cue.id());
        assertTrue(set.verdicts().isEmpty());
    }
}
