package org.isnad.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.CorpusSearch;
import org.isnad.service.IndexedDocument;
import org.isnad.service.SearchIndex;
import org.isnad.service.SearchPage;
import org.isnad.service.SearchQuery;

/**
 * The child program of {@link SearchRecoveryTest}: indexes one article, then commits an edit and a new
 * article and holds the index update back, saying "BLOCKED" when the update is about to be written,
 * so that the test can kill it right between the commits and the index update.
 */
public final class SearchCrashProcess {
    private SearchCrashProcess() {
    }

    public static void main(String[] args) throws Exception {
        SearchFixture fixture = new SearchFixture(Path.of(args[0]));
        fixture.search.close();
        HeldBackIndex held = new HeldBackIndex(LuceneSearchIndex.open(LuceneSearchIndex.folderBeside(fixture.store.location())));
        fixture.search = CorpusSearch.open(fixture.store, held);
        String security = fixture.importText(SearchFixture.SECURITY, "الجزيرة", LocalDate.of(2024, 3, 1));
        fixture.search.awaitCaughtUp();
        held.holdBack = true;
        AnnotationSession session = AnnotationSession.open(fixture.store, security, "layla", SearchFixture.CLOCK);
        String quoted = "الفراغ الأمني لن يتكرر";
        int at = SearchFixture.SECURITY.indexOf(quoted);
        session.mark(Layer.QUOTE, at, at + quoted.length());
        fixture.importText(SearchFixture.ECONOMY, "Reuters", LocalDate.of(2024, 5, 9));
        System.out.println("COMMITTED");
        new CountDownLatch(1).await();
    }

    /** The real index, whose updates stop (forever) once {@link #holdBack} is set. */
    static final class HeldBackIndex implements SearchIndex {
        private final SearchIndex real;
        volatile boolean holdBack;

        HeldBackIndex(SearchIndex real) {
            this.real = real;
        }

        @Override
        public long counter() {
            return real.counter();
        }

        @Override
        public void update(Collection<IndexedDocument> documents, Collection<String> removedIds, long counter) {
            if (holdBack) {
                System.out.println("BLOCKED");
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            real.update(documents, removedIds, counter);
        }

        @Override
        public void clear() {
            real.clear();
        }

        @Override
        public SearchPage search(SearchQuery query, int offset, int limit) {
            return real.search(query, offset, limit);
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
