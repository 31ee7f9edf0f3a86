package org.isnad.service;

import java.time.Clock;

/** Everything the window may do with the data, in one place: the library, actors, and editing sessions. */
public final class Workspace {
    private final Repositories repositories;
    private final Clock clock;
    private final Library library;
    private final ActorRegistry actors;
    private final Suggestions suggestions;

    private final Interchange interchange;

    /** A workspace without import and export of bundles and other formats. */
    public Workspace(Repositories repositories, Clock clock) {
        this(repositories, clock, null);
    }

    /** {@code interchange} may be null: the window then offers no bundle import or export. */
    public Workspace(Repositories repositories, Clock clock, InterchangeFactory interchange) {
        this.interchange = interchange == null ? null : interchange.over(() -> repositories, clock);
        this.repositories = repositories;
        this.clock = clock;
        this.library = new Library(repositories, clock);
        this.actors = new ActorRegistry(repositories);
        this.suggestions = new Suggestions(repositories, actors, clock);
    }

    public Library library() {
        return library;
    }

    public ActorRegistry actors() {
        return actors;
    }

    /** Import and export in the interchange formats, when this program has them. */
    public java.util.Optional<Interchange> interchange() {
        return java.util.Optional.ofNullable(interchange);
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    /** Opens a user's annotation session on a document. */
    public AnnotationSession open(String documentId, String user) {
        return AnnotationSession.open(repositories, documentId, user, clock);
    }

    /** Where the data is kept, for the status line. */
    public String location() {
        return repositories.location();
    }

    public Clock clock() {
        return clock;
    }
}
