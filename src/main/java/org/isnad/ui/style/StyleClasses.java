package org.isnad.ui.style;

/**
 * Every style class the window's code sets, named once; the stylesheets in {@code styles/} use the
 * same names. A name ending in "-" is a prefix completed by a key (e.g. {@code layer-quote}).
 */
public final class StyleClasses {
    public static final String ACTOR_CANCEL = "actor-cancel";
    public static final String ACTOR_CLEAR = "actor-clear";
    public static final String ACTOR_CREATE = "actor-create";
    public static final String ACTOR_CURRENT = "actor-current";
    public static final String ACTOR_KIND = "actor-kind";
    public static final String ACTOR_NAME = "actor-name";
    public static final String ACTOR_NEW = "actor-new";
    public static final String ACTOR_PICKER = "actor-picker";
    public static final String ACTOR_RESULTS = "actor-results";
    public static final String ACTOR_ROLE = "actor-role";
    public static final String ACTOR_SEARCH = "actor-search";
    public static final String ACTOR_UNSET = "actor-unset";
    public static final String ARABIC_CELL = "arabic-cell";
    public static final String ARABIC_FIELD = "arabic-field";
    public static final String AUDIT_TABLE = "audit-table";
    public static final String CARET = "caret";
    public static final String CLAIM_COMMITMENT = "claim-commitment";
    public static final String CLAIM_POLARITY = "claim-polarity";
    public static final String CLAIM_TEXT = "claim-text";
    public static final String CLAIM_TOPIC = "claim-topic";
    public static final String CLAIM_TYPE = "claim-type";
    public static final String CLAIM_VERDICT = "claim-verdict";
    public static final String DOCUMENT_TEXT = "document-text";
    public static final String DOCUMENT_VIEW = "document-view";
    public static final String EMPTY_NOTE = "empty-note";
    public static final String FIELD = "field";
    public static final String FIELD_HINT = "field-hint";
    public static final String FIELD_LABEL = "field-label";
    public static final String HIGHLIGHT = "highlight";
    public static final String HIGHLIGHT_SELECTED = "highlight-selected";
    public static final String INSPECTOR_NOTE = "inspector-note";
    public static final String INSPECTOR_SECTION = "inspector-section";
    public static final String INSPECTOR_TEXT = "inspector-text";
    public static final String KWIC_AFTER = "kwic-after";
    public static final String KWIC_BEFORE = "kwic-before";
    public static final String LAYER_PREFIX = "layer-";
    public static final String LAYER_CHIP = "layer-chip";
    public static final String LIBRARY_DESCENDING = "library-descending";
    public static final String LIBRARY_FILTER_ANNOTATOR = "library-filter-annotator";
    public static final String LIBRARY_FILTER_BAR = "library-filter-bar";
    public static final String LIBRARY_FILTER_CLEAR = "library-filter-clear";
    public static final String LIBRARY_FILTER_FROM = "library-filter-from";
    public static final String LIBRARY_FILTER_OUTLET = "library-filter-outlet";
    public static final String LIBRARY_FILTER_STATE = "library-filter-state";
    public static final String LIBRARY_FILTER_TAG = "library-filter-tag";
    public static final String LIBRARY_FILTER_TITLE = "library-filter-title";
    public static final String LIBRARY_FILTER_TO = "library-filter-to";
    public static final String LIBRARY_ORDER = "library-order";
    public static final String LIBRARY_PAGE_LABEL = "library-page-label";
    public static final String LIBRARY_PAGE_NEXT = "library-page-next";
    public static final String LIBRARY_PAGE_PREVIOUS = "library-page-previous";
    public static final String LIBRARY_PAGER = "library-pager";
    public static final String LINK_GOTO = "link-goto";
    public static final String LINK_PREFIX = "link-";
    public static final String LINK_END = "link-end";
    public static final String LINK_HEAD = "link-head";
    public static final String LINK_LINE = "link-line";
    public static final String LINK_LIST = "link-list";
    public static final String LINK_OVERLAY = "link-overlay";
    public static final String LINK_REMOVE = "link-remove";
    public static final String LINK_ROW = "link-row";
    public static final String LINK_TEXT = "link-text";
    public static final String LINK_TYPE = "link-type";
    public static final String NEW_ACTOR = "new-actor";
    public static final String PARAGRAPH_CELL = "paragraph-cell";
    public static final String PARAGRAPH_FLOW = "paragraph-flow";
    public static final String PARAGRAPH_TEXT = "paragraph-text";
    public static final String PARAGRAPH_TEXT_FLOW = "paragraph-text-flow";
    public static final String QUOTE_ADD_CLAIM = "quote-add-claim";
    public static final String QUOTE_CUE = "quote-cue";
    public static final String QUOTE_PARENT = "quote-parent";
    public static final String QUOTE_SPEAKER_GOTO = "quote-speaker-goto";
    public static final String QUOTE_SPEAKER_HINT = "quote-speaker-hint";
    public static final String QUOTE_SPEAKER_CHOICE = "quote-speaker-choice";
    public static final String CLAIM_CLAIMED_BY = "claim-claimed-by";
    public static final String QUOTE_SPEAKER_MENTION = "quote-speaker-mention";
    public static final String QUOTE_SPEAKER_ROW = "quote-speaker-row";
    public static final String QUOTE_TYPE = "quote-type";
    public static final String REVIEW_APPROVE = "review-approve";
    public static final String REVIEW_BANNER = "review-banner";
    public static final String REVIEW_BANNER_TEXT = "review-banner-text";
    public static final String REVIEW_BAR = "review-bar";
    public static final String REVIEW_COMMENT = "review-comment";
    public static final String REVIEW_COMMENT_BOX = "review-comment-box";
    public static final String REVIEW_COMMENT_LABEL = "review-comment-label";
    public static final String REVIEW_CONTENT = "review-content";
    public static final String REVIEW_EXCERPT = "review-excerpt";
    public static final String REVIEW_HEADING = "review-heading";
    public static final String REVIEW_KEYS_HELP = "review-keys-help";
    public static final String REVIEW_LAYER_FILTER = "review-layer-filter";
    public static final String REVIEW_PANE = "review-pane";
    public static final String REVIEW_POSITION = "review-position";
    public static final String REVIEW_PROGRESS = "review-progress";
    public static final String REVIEW_SCROLL = "review-scroll";
    public static final String REVIEW_TITLE = "review-title";
    public static final String REVIEW_VERDICT = "review-verdict";
    public static final String REVIEW_VERDICT_FILTER = "review-verdict-filter";
    public static final String REVIEW_VERDICT_NOTE = "review-verdict-note";
    public static final String SECTION_HEADING = "section-heading";
    public static final String SHORTCUT_GRID = "shortcut-grid";
    public static final String SHORTCUT_KEY = "shortcut-key";
    public static final String SIGNOFF_PREFIX = "signoff-";
    public static final String SIGNOFF_BADGE = "signoff-badge";
    public static final String SMALL_BUTTON = "small-button";
    public static final String SPEAKERS_FILTER = "speakers-filter";
    public static final String SPEAKERS_TABLE = "speakers-table";
    public static final String SPEAKERS_VIEW = "speakers-view";
    public static final String SPEAKER_DETAILS = "speaker-details";
    public static final String SPEAKER_NAME = "speaker-name";
    public static final String SPEAKER_PAGE = "speaker-page";
    public static final String STATUS_REVIEW_STATE = "status-review-state";
    public static final String SUGGESTION = "suggestion";
    public static final String SUGGESTION_CURRENT = "suggestion-current";
    public static final String TEXT_SELECTION = "text-selection";
    public static final String TOKEN = "token";
    public static final String TRANSFER_PROGRESS = "transfer-progress";
    public static final String USER_NAME_FIELD = "user-name-field";
    public static final String VERDICT_PREFIX = "verdict-";
    public static final String WORTHINESS = "worthiness";
    public static final String WORTHINESS_PREFIX = "worthiness-";
    public static final String WRAPPED_TEXT = "wrapped-text";

    // issue 14: the agreement window
    public static final String AGREEMENT_WINDOW = "agreement-window";
    public static final String AGREEMENT_MATRIX = "agreement-matrix";
    public static final String AGREEMENT_MATRIX_HEADER = "agreement-matrix-header";
    public static final String AGREEMENT_MATRIX_CELL = "agreement-matrix-cell";

    private StyleClasses() {
    }

    /** The style class of an annotation layer: {@code layer-speaker}, {@code layer-cue}, {@code layer-quote}, {@code layer-claim}. */
    public static String layer(String layerKey) {
        return LAYER_PREFIX + layerKey;
    }

    // issue 12: corpus search
    public static final String SEARCH_HIT = "search-hit";
    public static final String CORPUS_SEARCH = "corpus-search";
    public static final String CORPUS_SEARCH_FIELD = "corpus-search-field";
    public static final String CORPUS_SEARCH_RESULTS = "corpus-search-results";
    public static final String CORPUS_SEARCH_SUMMARY = "corpus-search-summary";
    public static final String SEARCH_HEADING = "search-heading";
    public static final String SEARCH_LINE = "search-line";
    public static final String SEARCH_MATCH = "search-match";

    // --- editor-draw: emoji pictures, invisible marks and their markers ---
    public static final String EMOJI = "emoji";
    public static final String INVISIBLE_MARK = "invisible-mark";
    public static final String MARK_MARKER = "mark-marker";
    public static final String MARK_MARKER_LABEL = "mark-marker-label";

    // --- claims-ui: the claims window, a record's page, the rating dialog ---
    public static final String CLAIMS_FILTER = "claims-filter";
    public static final String CLAIM_PROPOSALS = "claim-proposals";
    public static final String CLAIM_PROPOSALS_STATE = "claim-proposals-state";
    public static final String CLAIM_PROPOSALS_LIST = "claim-proposals-list";
    public static final String CLAIM_PROPOSALS_STANCE = "claim-proposals-stance";
    public static final String CLAIM_PROPOSALS_ATTACH = "claim-proposals-attach";
    public static final String CLAIM_PROPOSALS_NEW = "claim-proposals-new";
    public static final String CLAIM_PROPOSALS_OPEN = "claim-proposals-open";
    public static final String CLAIMS_MERGE = "claims-merge";
    public static final String CLAIMS_SPLIT = "claims-split";
    public static final String CLAIMS_UNDO = "claims-undo";
    public static final String CLAIMS_UNSOURCED = "claims-unsourced";
    public static final String CLAIMS_REDO = "claims-redo";
    public static final String CLAIMS_TABLE = "claims-table";
    public static final String CLAIM_PAGE = "claim-page";
    public static final String CLAIM_STATEMENT = "claim-statement";
    public static final String CLAIM_HEADING = "claim-heading";
    public static final String CLAIM_TIMELINE = "claim-timeline";
    public static final String CLAIM_APPEARANCES = "claim-appearances";
    public static final String CLAIM_RATING = "claim-rating";
    public static final String CLAIM_RATING_DIALOG = "claim-rating-dialog";
    public static final String CLAIM_RATING_ERROR = "claim-rating-error";

    // --- team-live (issue 15) ---
    /** Why the team server refused, in the connect dialog. */
    public static final String SERVER_CONNECT_PROBLEM = "server-connect-problem";
    /** Where the password comes from, in the connect dialog. */
    public static final String SERVER_CONNECT_HINT = "server-connect-hint";
}
