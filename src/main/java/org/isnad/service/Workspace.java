package org.isnad.service;

import org.isnad.service.signing.SigningKeys;
import java.time.Clock;

/** Everything the window may do with the data, in one place: the library, actors, and editing sessions. */
public final class Workspace {
    private final Repositories repositories;
    private final Clock clock;
    private final Library library;
    private final ActorRegistry actors;
    private final Suggestions suggestions;
    private final CorpusChanges changes = new CorpusChanges();
    private final Catalog catalog;
    private final SpeakerDirectory speakers;
    private final ActorMerges merges;
    private final ActorEdits edits;
    private final Assignments assignments;
    private final AgreementMeasurement agreement;

    private final Interchange interchange;
    private final ReviewService review;
    private final ClaimRecords claims;
    private final ClaimRatings claimRatings;
    private CorpusSearch search;
    private ClaimMatching claimMatching;

    /** A workspace without import and export of bundles and other formats, and without review. */
    public Workspace(Repositories repositories, Clock clock) {
        this(repositories, clock, null, null);
    }

    /**
     * {@code interchange} may be null: the window then offers no bundle import or export;
     * {@code keys} (the signing keys for sign-offs) may be null when this workspace does no review.
     */
    public Workspace(Repositories repositories, Clock clock, InterchangeFactory interchange, SigningKeys keys) {
        this(repositories, clock, interchange, keys, null);
    }

    /** {@code backups} takes a backup before documents are deleted; without it, deleting is refused. */
    public Workspace(Repositories repositories, Clock clock, InterchangeFactory interchange, SigningKeys keys,
                     BackupTaker backups) {
        this.interchange = interchange == null ? null : interchange.over(() -> repositories, clock);
        this.review = keys == null ? null : new ReviewService(repositories, keys, clock);
        this.repositories = repositories;
        this.clock = clock;
        this.library = new Library(repositories, clock);
        this.actors = new ActorRegistry(repositories);
        this.suggestions = new Suggestions(repositories, actors, clock);
        this.catalog = new Catalog(repositories, clock, backups, changes);
        this.speakers = new SpeakerDirectory(repositories, clock, changes);
        this.merges = new ActorMerges(repositories, clock, changes);
        this.edits = new ActorEdits(repositories, clock, changes);
        this.assignments = new Assignments(repositories, clock);
        this.agreement = new AgreementMeasurement(repositories);
        this.claims = new ClaimRecords(repositories, clock);
        this.claimRatings = keys == null ? null : new ClaimRatings(repositories, claims, keys, clock);
    }

    /** Claim records across the corpus: the claims view's list, a record's page, merges and undo. */
    public ClaimRecords claims() {
        return claims;
    }

    /** Rating claim records, signed with the reviewer's key: only when this workspace has signing keys. */
    public java.util.Optional<ClaimRatings> claimRatings() {
        return java.util.Optional.ofNullable(claimRatings);
    }

    /** Managing the library: filtered pages, metadata, deleting articles. */
    public Catalog catalog() {
        return catalog;
    }

    /** The speaker directory: counts, records, renames and splits. */
    /** Edits of an actor's record (kind, Wikidata id, aliases, roles), undoable. */
    public ActorEdits actorEdits() {
        return edits;
    }

    public SpeakerDirectory speakers() {
        return speakers;
    }

    /** Merging actors, and undoing a merge. */
    public ActorMerges merges() {
        return merges;
    }

    /** Where views (and the search index) hear of committed corpus-wide changes. */
    public CorpusChanges changes() {
        return changes;
    }

    public Library library() {
        return library;
    }

    public ActorRegistry actors() {
        return actors;
    }

    /** Review, verdicts and sign-offs, when this workspace has signing keys. */
    public java.util.Optional<ReviewService> review() {
        return java.util.Optional.ofNullable(review);
    }

    /** Search across the corpus, when this program keeps a search index. */
    public java.util.Optional<CorpusSearch> search() {
        return java.util.Optional.ofNullable(search);
    }

    /** Gives this workspace its search index (kept up to date from the database by {@link CorpusSearch}). */
    public Workspace withSearch(CorpusSearch corpusSearch) {
        this.search = corpusSearch;
        return this;
    }

    /** Proposing existing claim records for a newly marked claim, when this program keeps a match index. */
    public java.util.Optional<ClaimMatching> claimMatching() {
        return java.util.Optional.ofNullable(claimMatching);
    }

    /** Gives this workspace its claim match index (filled from the database on the first proposal). */
    public Workspace withClaimMatching(ClaimMatching matching) {
        this.claimMatching = matching;
        return this;
    }

    /** Import and export in the interchange formats, when this program has them. */
    public java.util.Optional<Interchange> interchange() {
        return java.util.Optional.ofNullable(interchange);
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    /** Who works on which document. */
    public Assignments assignments() {
        return assignments;
    }

    /** Agreement between the analysts' sets. */
    public AgreementMeasurement agreement() {
        return agreement;
    }

    /** Curating the analysts' sets on a document into one curated set. */
    public Curation curation() {
        return new Curation(repositories, clock);
    }

    /** Opens a user's annotation session on a document. */
    public AnnotationSession open(String documentId, String user) {
        return AnnotationSession.open(repositories, documentId, user, clock);
    }

    /** On a team server, the database login: the acting user (empty on a file). */
    public java.util.Optional<String> serverLogin() {
        return repositories.serverLogin();
    }

    /** Other users' committed work as it happens (a team server); nothing is ever told on a file. */
    public SharedChanges sharedChanges() {
        return repositories.sharedChanges();
    }

    /** Where the data is kept, for the status line. */
    public String location() {
        return repositories.location();
    }

    public Clock clock() {
        return clock;
    }
}
