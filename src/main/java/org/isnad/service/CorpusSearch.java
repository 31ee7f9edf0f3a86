package org.isnad.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Search across the corpus, and the upkeep of the index it reads. The database is the truth: after
 * each commit the index catches up in the background, in batches (all the changes since the
 * counter it holds); at start it is checked and caught up, or rebuilt when it is missing, damaged
 * or ahead of the database (a database restored from a backup).
 */
public final class CorpusSearch implements AutoCloseable {
    private static final int BATCH = 500;

    private final Repositories repositories;
    private final SearchIndex index;
    private final IndexedDocuments documents;
    private final ExecutorService updater;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile RuntimeException lastFailure;
    private SharedChanges.Subscription othersWork;

    private CorpusSearch(Repositories repositories, SearchIndex index) {
        this.repositories = repositories;
        this.index = index;
        this.documents = new IndexedDocuments(repositories);
        this.updater = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "search-index-updater");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Checks the index against the database and brings it up to date (this may take a while on a
     * rebuild), then follows every commit.
     */
    public static CorpusSearch open(Repositories repositories, SearchIndex index) {
        CorpusSearch search = new CorpusSearch(repositories, index);
        // listening first: a commit made while the index is checked (the window opens it in the background) is
        // caught up after the check, which holds the same lock
        repositories.transactions().afterCommit(search::changed);
        try {
            search.checkAtStart();
        } catch (RuntimeException e) {
            // the listener left behind does nothing once the updater is shut down
            search.close();
            throw e;
        }
        return search;
    }

    /**
     * Also follows what other desktops commit to a shared store (a team server): each change they make, and
     * the server coming back after a lost connection, makes the index catch up from its counter as after
     * a commit of this program's (docs/adr/0009-team-server.md). On a file, nothing else writes.
     */
    public CorpusSearch followOtherDesktops() {
        if (othersWork == null) {
            othersWork = repositories.sharedChanges().listen(change -> changed());
        }
        return this;
    }

    /** The hits {@code offset} to {@code offset + limit}; see {@link SearchIndex#search}. */
    public SearchPage search(SearchQuery query, int offset, int limit) {
        return index.search(query, offset, limit);
    }

    /** Rebuilds the index from the database; returns the number of documents indexed. */
    public synchronized int rebuild() {
        long counter = repositories.changes().latest();
        index.clear();
        List<String> ids = repositories.documents().summaries().stream().map(DocumentSummary::id).toList();
        Function<String, String> names = documents.actorNames();
        List<IndexedDocument> batch = new ArrayList<>();
        for (String id : ids) {
            documents.read(id, names).ifPresent(batch::add);
            if (batch.size() == BATCH) {
                index.update(batch, List.of(), 0);
                batch.clear();
            }
        }
        // the counter read before the first document: a change made during the rebuild is caught up after it;
        // the batches before are committed as counter 0, so a rebuild cut short is caught up from the start
        index.update(batch, List.of(), counter);
        return ids.size();
    }

    /** Waits until every change committed so far is in the index (tests, the CLI before it exits). */
    public void awaitCaughtUp() {
        try {
            updater.submit(this::catchUp).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The failure of the latest background update, if it failed (it is tried again at the next change). */
    public Optional<RuntimeException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The database's change counter and the index's, for {@code index} status and tests. */
    public long indexCounter() {
        return index.counter();
    }

    synchronized void checkAtStart() {
        long held = index.counter();
        long latest = repositories.changes().latest();
        if (held < 0 || held > latest) {
            rebuild();
        } else {
            catchUp();
        }
    }

    private void changed() {
        // batches: while one update is waiting to run, further commits join it; after close, the database is its own
        if (updater.isShutdown() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            updater.execute(() -> {
                pending.set(false);
                try {
                    catchUp();
                    lastFailure = null;
                } catch (RuntimeException e) {
                    lastFailure = e;
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            // closed between the check and now: the next start catches up from the counter
        }
    }

    private synchronized void catchUp() {
        long held = index.counter();
        long latest = repositories.changes().latest();
        if (held < 0) {
            rebuild();
            return;
        }
        if (held > latest) {
            return;
        }
        // asked even when the counter has not moved: on a team server the counter is a horizon of transactions, and
        // changes committed above it (while an older transaction is still open) are already there to be read
        Set<String> changed = repositories.changes().changedSince(held);
        if (changed.isEmpty() && held == latest) {
            return;
        }
        Function<String, String> names = documents.actorNames();
        List<IndexedDocument> present = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (String id : changed) {
            documents.read(id, names).ifPresentOrElse(present::add, () -> removed.add(id));
        }
        index.update(present, removed, latest);
    }

    @Override
    public void close() {
        if (othersWork != null) {
            othersWork.close();
        }
        updater.shutdown();
        try {
            if (!updater.awaitTermination(30, TimeUnit.SECONDS)) {
                updater.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
    }
}
