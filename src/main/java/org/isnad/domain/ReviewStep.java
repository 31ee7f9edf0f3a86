package org.isnad.domain;

/**
 * The steps that move an annotation set through review, each from one state to another and taken
 * by the set's analyst, by someone else (a reviewer), or by anyone.
 */
public enum ReviewStep {
    /** The analyst hands the set over for review. */
    SUBMIT(SetState.IN_PROGRESS, SetState.SUBMITTED, Who.ANNOTATOR, false),
    /** A reviewer approves and signs the set. */
    APPROVE(SetState.SUBMITTED, SetState.APPROVED, Who.REVIEWER, false),
    /** A reviewer sends the set back with a comment. */
    REQUEST_CHANGES(SetState.SUBMITTED, SetState.CHANGES_REQUESTED, Who.REVIEWER, true),
    /** The analyst takes a set sent back to them up again. */
    RESUME(SetState.CHANGES_REQUESTED, SetState.IN_PROGRESS, Who.ANNOTATOR, false),
    /** Anyone reopens an approved set, giving a reason; its sign-off is kept, marked superseded. */
    REOPEN(SetState.APPROVED, SetState.IN_PROGRESS, Who.ANYONE, true);

    /** Who may take a step. */
    public enum Who { ANNOTATOR, REVIEWER, ANYONE }

    private final SetState from;
    private final SetState to;
    private final Who who;
    private final boolean needsComment;

    ReviewStep(SetState from, SetState to, Who who, boolean needsComment) {
        this.from = from;
        this.to = to;
        this.who = who;
        this.needsComment = needsComment;
    }

    public SetState from() {
        return from;
    }

    public SetState to() {
        return to;
    }

    public Who who() {
        return who;
    }

    /** A comment (request changes) or reason (reopen) is required. */
    public boolean needsComment() {
        return needsComment;
    }

    /** Lower-case words, e.g. "request changes". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
