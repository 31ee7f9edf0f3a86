package org.isnad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.isnad.service.ClaimMatchEntry;
import org.isnad.service.ClaimMatchHit;
import org.isnad.service.ClaimMatchIndex;

/**
 * Claim matching with Lucene, in memory (rebuilt from the database when the window opens): one Lucene
 * document per text (a record's statement, each of its claim spans), words folded and stemmed by
 * {@link ArabicSearchAnalyzer} and scored with BM25; a matching number or named actor adds
 * {@link #FEATURE_BOOST} times a word's weight. A record scores as its best text.
 */
public final class LuceneClaimMatchIndex implements ClaimMatchIndex {
    static final float FEATURE_BOOST = 3f;
    private static final String CLAIM = "claim";
    private static final String TEXT = "text";
    private static final String NUMBER = "number";
    private static final String ACTOR = "actor";
    private final Analyzer analyzer = new ArabicSearchAnalyzer(true);
    /** Made on first use, not with the window: Lucene's first writer costs a tenth of a second at start-up. */
    private IndexWriter writer;
    private SearcherManager searchers;

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        }
        return writer;
    }

    private synchronized SearcherManager searchers() throws IOException {
        writer();
        return searchers;
    }

    @Override
    public synchronized void put(String claimId, List<ClaimMatchEntry> entries) {
        try {
            IndexWriter writer = writer();
            writer.deleteDocuments(new Term(CLAIM, claimId));
            for (ClaimMatchEntry e : entries) {
                Document d = new Document();
                d.add(new StringField(CLAIM, claimId, Field.Store.YES));
                d.add(new TextField(TEXT, e.text(), Field.Store.NO));
                e.numbers().forEach(n -> d.add(new StringField(NUMBER, n, Field.Store.NO)));
                e.actors().forEach(a -> d.add(new StringField(ACTOR, a, Field.Store.NO)));
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void remove(String claimId) {
        try {
            writer().deleteDocuments(new Term(CLAIM, claimId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void clear() {
        try {
            writer().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ClaimMatchHit> match(ClaimMatchEntry query, int max) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> words = words(query.text());
        if (words.isEmpty()) {
            return List.of();
        }
        words.forEach(w -> b.add(new TermQuery(new Term(TEXT, w)), BooleanClause.Occur.SHOULD));
        query.numbers().forEach(n -> b.add(new BoostQuery(new TermQuery(new Term(NUMBER, n)), FEATURE_BOOST), BooleanClause.Occur.SHOULD));
        query.actors().forEach(a -> b.add(new BoostQuery(new TermQuery(new Term(ACTOR, a)), FEATURE_BOOST), BooleanClause.Occur.SHOULD));
        // at least a third of the words in common: a single shared word is no proposal
        b.setMinimumNumberShouldMatch(Math.max(1, (words.size() + 2) / 3));
        try {
            SearcherManager searchers = searchers();
            searchers.maybeRefresh();
            IndexSearcher searcher = searchers.acquire();
            try {
                Map<String, Double> best = new LinkedHashMap<>();
                for (ScoreDoc hit : searcher.search(b.build(), Math.max(50, max * 10)).scoreDocs) {
                    String claimId = searcher.storedFields().document(hit.doc).get(CLAIM);
                    best.putIfAbsent(claimId, (double) hit.score);
                    if (best.size() == max) {
                        break;
                    }
                }
                List<ClaimMatchHit> hits = new ArrayList<>();
                best.forEach((id, score) -> hits.add(new ClaimMatchHit(id, score)));
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    @Override
    public synchronized void close() {
        if (writer == null) {
            return;
        }
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
