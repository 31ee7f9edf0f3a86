package org.isnad.search;

/** The fields of the index's entries: one entry per document text, one per annotation. */
final class IndexFields {
    /** "text" for a document's text, "span" for an annotation. */
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String SPAN = "span";
    static final String DOC = "doc";
    static final String SPAN_ID = "span_id";
    static final String TITLE = "title";
    static final String OUTLET = "outlet";
    static final String DATE = "date";
    static final String STATE = "state";
    static final String ANNOTATOR = "annotator";
    static final String LAYER = "layer";
    static final String ACTOR = "actor";
    static final String ACTOR_NAME = "actor_name";
    static final String QUOTE_TYPE = "quote_type";
    /** Where the indexed words begin in the stored text (an annotation's start; 0 for the text). */
    static final String BASE = "base";
    /** The stored text itself, kept with the text's entry so that hits stay readable after a delete. */
    static final String STORED = "stored";
    /** Folded and stemmed words, with their offsets. */
    static final String WORDS = "words";
    /** Folded words only, for prefix* queries (a stem is no prefix of what the analyst types). */
    static final String EXACT = "exact";

    private IndexFields() {
    }
}
