package org.isnad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.isnad.message.Message;
import org.isnad.service.IndexedDocument;
import org.isnad.service.SearchIndex;
import org.isnad.service.SearchPage;
import org.isnad.service.SearchQuery;
import org.isnad.service.StorageException;

/**
 * The Lucene index in its folder. The change counter it has caught up to is kept in each commit's
 * user data, so it is on the disk exactly when the entries it describes are. An index that cannot
 * be opened (files missing or damaged) is emptied and reports counter -1, which makes the service rebuild it.
 */
public final class LuceneSearchIndex implements SearchIndex {
    private static final String COUNTER = "isnad.change.counter";

    private final Path folder;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile long counter;

    private LuceneSearchIndex(Path folder, Analyzer analyzer, IndexWriter writer, long counter) throws IOException {
        this.folder = folder;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.counter = counter;
    }

    /** The index of a database: the folder {@code NAME.index} beside its file {@code NAME.mv.db}. */
    public static Path folderBeside(String databaseFile) {
        String base = databaseFile.endsWith(".mv.db") ? databaseFile.substring(0, databaseFile.length() - ".mv.db".length())
                : databaseFile;
        return Path.of(base + ".index");
    }

    /** Opens the index in {@code folder}, creating it (empty, counter -1) when missing or unreadable. */
    public static LuceneSearchIndex open(Path folder) {
        Analyzer analyzer = analyzer();
        try {
            Files.createDirectories(folder);
            try {
                IndexWriter writer = new IndexWriter(FSDirectory.open(folder), config(analyzer, IndexWriterConfig.OpenMode.APPEND));
                try {
                    // opening a reader reads every segment's header: missing or damaged files show here
                    DirectoryReader.open(writer).close();
                    return new LuceneSearchIndex(folder, analyzer, writer, counterOf(writer));
                } catch (IOException | RuntimeException damaged) {
                    writer.rollback();
                    throw damaged;
                }
            } catch (IOException | RuntimeException missingOrDamaged) {
                wipe(folder);
                IndexWriter fresh = new IndexWriter(FSDirectory.open(folder), config(analyzer, IndexWriterConfig.OpenMode.CREATE));
                return new LuceneSearchIndex(folder, analyzer, fresh, -1);
            }
        } catch (IOException e) {
            throw failed(folder, e);
        }
    }

    @Override
    public long counter() {
        return counter;
    }

    @Override
    public synchronized void update(Collection<IndexedDocument> documents, Collection<String> removedIds, long newCounter) {
        try {
            for (String id : removedIds) {
                writer.deleteDocuments(new Term(IndexFields.DOC, id));
            }
            for (IndexedDocument document : documents) {
                writer.deleteDocuments(new Term(IndexFields.DOC, document.id()));
                writer.addDocuments(IndexEntries.of(document));
            }
            writer.setLiveCommitData(Map.of(COUNTER, Long.toString(newCounter)).entrySet());
            writer.commit();
            counter = newCounter;
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw failed(folder, e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(COUNTER, "0").entrySet());
            writer.commit();
            counter = 0;
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw failed(folder, e);
        }
    }

    @Override
    public SearchPage search(SearchQuery query, int offset, int limit) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                QueryReader reader = new QueryReader(analyzer);
                Query words = reader.words(query.text());
                return new PageReader(searcher).read(reader.withFilters(query, words), words, offset, limit);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw failed(folder, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw failed(folder, e);
        }
    }

    private static long counterOf(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (COUNTER.equals(entry.getKey())) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return -1;
    }

    private static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new ArabicSearchAnalyzer(true),
                Map.of(IndexFields.EXACT, new ArabicSearchAnalyzer(false)));
    }

    private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        config.setCommitOnClose(false);
        return config;
    }

    private static void wipe(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static StorageException failed(Path folder, IOException e) {
        return new StorageException(Message.of("search.index.failed", folder.toString(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
}
