package org.isnad.ui.editor;

/**
 * Who draws a set of highlights on the document. Each owner has its own layer: a plain list it replaces
 * whole ({@link DocumentCanvas#setHighlights}); the view merges the layers in this order, the first at the
 * bottom. Ids need only be unique within one owner's layer.
 */
public enum HighlightOwner {
    /** The annotations of the open set (or, in review mode, the ones the filters let through). */
    ANNOTATIONS(true),
    /** Reviewers' verdicts, outlined over their annotations; a click goes to the annotation beneath. */
    VERDICTS(false),
    /**
     * Curation mode: the analysts' versions, each analyst outlined in its own way, and the unit at hand; a click
     * goes to the curated annotation beneath.
     */
    ANALYST_VERSIONS(false),
    /** Proposed annotations, dashed; a click selects the proposal. */
    SUGGESTIONS(true),
    /** Search hits in the open document. */
    SEARCH_HITS(false);

    private final boolean selectable;

    HighlightOwner(boolean selectable) {
        this.selectable = selectable;
    }

    /** Whether a click on one of this owner's highlights selects it (else the click goes to what lies beneath). */
    public boolean selectable() {
        return selectable;
    }
}
