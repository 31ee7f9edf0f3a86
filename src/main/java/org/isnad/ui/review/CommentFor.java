package org.isnad.ui.review;

/** What the comment being typed in review mode is for: Enter gives it, Esc drops it. */
public enum CommentFor {
    NONE, REJECT, REQUEST_CHANGES
}
