package org.isnad.domain;

/**
 * The rules of review: which step may be taken from which state and by whom. Every refusal names
 * the set's state, its analyst and the person who tried.
 */
public final class ReviewState {
    private ReviewState() {
    }

    /**
     * The state after {@code user} takes {@code step} on {@code set}.
     *
     * @throws ReviewRefusedException when the step is not allowed, saying why
     */
    public static SetState next(AnnotationSetInfo set, ReviewStep step, String user, String comment) {
        if (user == null || user.isBlank()) {
            throw new ReviewRefusedException("cannot " + step.words() + " without knowing who is acting");
        }
        SetState state = set.state();
        if (state != step.from()) {
            throw new ReviewRefusedException(user + " cannot " + step.words() + " the annotation set of "
                    + set.annotator() + ": it is " + words(state) + ", and only a set that is " + words(step.from())
                    + " can be " + past(step) + hint(state, step));
        }
        boolean isAnnotator = set.annotator().equals(user);
        if (step.who() == ReviewStep.Who.ANNOTATOR && !isAnnotator) {
            throw new ReviewRefusedException(user + " cannot " + step.words() + " the annotation set of "
                    + set.annotator() + " (" + words(state) + "): only " + set.annotator() + ", who annotated it, can");
        }
        if (step.who() == ReviewStep.Who.REVIEWER && isAnnotator) {
            throw new ReviewRefusedException(user + " cannot " + step.words() + " their own annotation set ("
                    + words(state) + "): a set must be reviewed by someone other than the person who annotated it");
        }
        if (step.needsComment() && (comment == null || comment.isBlank())) {
            throw new ReviewRefusedException(user + " cannot " + step.words() + " the annotation set of "
                    + set.annotator() + " (" + words(state) + ") without "
                    + (step == ReviewStep.REOPEN ? "a reason" : "a comment saying what to change"));
        }
        return step.to();
    }

    /** Whether a reviewer (anyone but the analyst) may give verdicts on the set now. */
    public static void checkCanReview(AnnotationSetInfo set, String user) {
        if (set.state() != SetState.SUBMITTED) {
            throw new ReviewRefusedException(user + " cannot review the annotation set of " + set.annotator()
                    + ": it is " + words(set.state()) + "; verdicts are given while a set is submitted");
        }
        if (set.annotator().equals(user)) {
            throw new ReviewRefusedException(user + " cannot review their own annotation set: "
                    + "a set must be reviewed by someone other than the person who annotated it");
        }
    }

    /** "in progress", "changes requested" … */
    public static String words(SetState state) {
        return state.key().replace('_', ' ');
    }

    private static String past(ReviewStep step) {
        return switch (step) {
            case SUBMIT -> "submitted";
            case APPROVE -> "approved";
            case REQUEST_CHANGES -> "sent back";
            case RESUME -> "resumed";
            case REOPEN -> "reopened";
        };
    }

    private static String hint(SetState state, ReviewStep step) {
        if (step == ReviewStep.SUBMIT && state == SetState.CHANGES_REQUESTED) {
            return " (resume it first, then submit it again)";
        }
        if (state == SetState.APPROVED) {
            return " (reopen it, with a reason, to change it)";
        }
        return "";
    }
}
