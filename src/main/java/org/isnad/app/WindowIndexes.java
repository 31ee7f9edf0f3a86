package org.isnad.app;

import javafx.application.Platform;
import org.isnad.search.LuceneClaimMatchIndex;
import org.isnad.service.ClaimMatching;
import org.isnad.service.CorpusSearch;
import org.isnad.service.Repositories;
import org.isnad.service.Workspace;

/**
 * The window's search index and claim matching over the database it has open: opened once per database, kept
 * when the window is built again (another language), closed with the database. Without a search index the
 * window only lacks corpus search.
 */
final class WindowIndexes {
    private Repositories database;
    private CorpusSearch search;
    private ClaimMatching claimMatching;
    private boolean opening;
    /** The workspace of the window shown last: the search index joins it once open. */
    private Workspace shown;

    /**
     * Gives the window's workspace the indexes of its database. The search index of a database met for the first
     * time opens {@code inBackground} (the program's start: the window does not wait for Lucene, nor for the index
     * to be rebuilt or caught up, minutes for a large library; until then corpus search says it is still opening),
     * or at once (a window given an open store, in tests).
     */
    void attach(Workspace workspace, Repositories repositories, boolean inBackground) {
        if (database != repositories) {
            close();
            database = repositories;
        }
        shown = workspace;
        if (claimMatching == null) {
            // in memory: filled from the database, off the window's thread, on the first proposal
            claimMatching = new ClaimMatching(repositories, new LuceneClaimMatchIndex());
        }
        workspace.withClaimMatching(claimMatching);
        if (search != null) {
            workspace.withSearch(search);
        } else if (inBackground) {
            openInBackground(repositories);
        } else {
            search = open(repositories);
            if (search != null) {
                workspace.withSearch(search);
            }
        }
    }

    /** On a team server the index also follows what other desktops commit (docs/adr/0009-team-server.md). */
    private static CorpusSearch open(Repositories repositories) {
        try {
            return CorpusSearch.open(repositories, Stores.searchIndex(repositories)).followOtherDesktops();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void openInBackground(Repositories repositories) {
        if (opening) {
            return;
        }
        opening = true;
        Thread opener = new Thread(() -> {
            CorpusSearch ready = open(repositories);
            Platform.runLater(() -> {
                opening = false;
                if (ready == null) {
                    return;
                }
                if (database != repositories || search != null) {
                    ready.close();
                    return;
                }
                search = ready;
                shown.withSearch(ready);
            });
        }, "isnad-search-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** Closes the indexes of the database that is being closed. */
    void close() {
        if (claimMatching != null) {
            claimMatching.close();
            claimMatching = null;
        }
        if (search != null) {
            search.close();
            search = null;
        }
        database = null;
    }
}
