package org.isnad.domain;

import org.isnad.message.Message;

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
            throw new ReviewRefusedException(Message.of("domain.review.no.user", verb(step)));
        }
        SetState state = set.state();
        if (state != step.from()) {
            Message hint = hint(state, step);
            throw new ReviewRefusedException(hint == null
                    ? Message.of("domain.review.wrong.state", user, verb(step), set.annotator(), state, step.from(), past(step))
                    : Message.of("domain.review.wrong.state.hint", user, verb(step), set.annotator(), state, step.from(), past(step),
                            hint));
        }
        boolean isAnnotator = set.annotator().equals(user);
        if (step.who() == ReviewStep.Who.ANNOTATOR && !isAnnotator) {
            throw new ReviewRefusedException(Message.of("domain.review.only.annotator",
                    user, verb(step), set.annotator(), state));
        }
        if (step.who() == ReviewStep.Who.REVIEWER && isAnnotator) {
            throw new ReviewRefusedException(Message.of("domain.review.own.set", user, verb(step), state));
        }
        if (step.needsComment() && (comment == null || comment.isBlank())) {
            throw new ReviewRefusedException(Message.of(step == ReviewStep.REOPEN ? "domain.review.needs.reason"
                    : "domain.review.needs.comment", user, verb(step), set.annotator(), state));
        }
        return step.to();
    }

    /** Whether a reviewer (anyone but the analyst) may give verdicts on the set now. */
    public static void checkCanReview(AnnotationSetInfo set, String user) {
        if (set.state() != SetState.SUBMITTED) {
            throw new ReviewRefusedException(Message.of("domain.review.not.submitted", user, set.annotator(), set.state()));
        }
        if (set.annotator().equals(user)) {
            throw new ReviewRefusedException(Message.of("domain.review.own.verdicts", user));
        }
    }

    /** "in progress", "changes requested" … */
    public static String words(SetState state) {
        return state.key().replace('_', ' ');
    }

    /** The step as a verb taking the set as its object: "submit", "request changes on" … */
    private static Message verb(ReviewStep step) {
        return Message.of(switch (step) {
            case SUBMIT -> "domain.review.verb.submit";
            case APPROVE -> "domain.review.verb.approve";
            case REQUEST_CHANGES -> "domain.review.verb.request.changes";
            case RESUME -> "domain.review.verb.resume";
            case REOPEN -> "domain.review.verb.reopen";
        });
    }

    private static Message past(ReviewStep step) {
        return Message.of(switch (step) {
            case SUBMIT -> "domain.review.past.submit";
            case APPROVE -> "domain.review.past.approve";
            case REQUEST_CHANGES -> "domain.review.past.request.changes";
            case RESUME -> "domain.review.past.resume";
            case REOPEN -> "domain.review.past.reopen";
        });
    }

    private static Message hint(SetState state, ReviewStep step) {
        if (step == ReviewStep.SUBMIT && state == SetState.CHANGES_REQUESTED) {
            return Message.of("domain.review.hint.resume.first");
        }
        if (state == SetState.APPROVED) {
            return Message.of("domain.review.hint.reopen");
        }
        return null;
    }
}
