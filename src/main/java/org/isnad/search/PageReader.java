package org.isnad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.Weight;
import org.isnad.domain.Layer;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;

/**
 * Turns matching entries into hits, one per occurrence, from one point-in-time view of the index:
 * entries best first, occurrences in reading order within each. One pass over the matching entries
 * counts every occurrence (cheaply, see {@link OccurrenceCounter}) and every document, and keeps
 * only the best entries up to the end of the requested page; the offsets, stored fields and
 * context lines are read for that page alone.
 */
final class PageReader {
    private static final int CONTEXT = 60;

    private final IndexSearcher searcher;
    private final Map<String, String> texts = new HashMap<>();

    PageReader(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** {@code query}: the words with the filters; {@code words}: the words alone (where the occurrences are). */
    SearchPage read(Query query, Query words, int offset, int limit) throws IOException {
        Query rewritten = searcher.rewrite(query);
        Query rewrittenWords = searcher.rewrite(words);
        Weight matches = searcher.createWeight(rewrittenWords, ScoreMode.COMPLETE_NO_SCORES, 1f);
        OccurrenceCounter counter = OccurrenceCounter.of(searcher, rewrittenWords, matches);
        // each entry has at least one occurrence when counted by frequency: the page lies within the first offset+limit entries
        int wanted = counter.byFrequency() ? (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1L, (long) offset + limit))
                : Math.max(1, searcher.count(rewritten));
        TopScoreDocCollector top = TopScoreDocCollector.create(wanted, Integer.MAX_VALUE);
        OccurrenceCollector counts = new OccurrenceCollector(counter, searcher.getIndexReader().maxDoc());
        searcher.search(rewritten, MultiCollector.wrap(top, counts));

        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>();
        Map<String, Long> perDocument = new LinkedHashMap<>();
        long before = 0;
        for (ScoreDoc scored : top.topDocs().scoreDocs) {
            long first = before;
            int count = counts.count(scored.doc);
            before += count;
            if (before <= offset) {
                continue;
            }
            if (first >= (long) offset + limit) {
                break;
            }
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scored.doc, leaves));
            List<int[]> occurrences = occurrences(matches.matches(leaf, scored.doc - leaf.docBase));
            Document entry = searcher.storedFields().document(scored.doc);
            String doc = entry.get(IndexFields.DOC);
            perDocument.computeIfAbsent(doc, d -> counts.ofDocument(leaf, scored.doc));
            for (int i = 0; i < Math.min(count, occurrences.size()); i++) {
                long number = first + i;
                if (number >= offset && number < (long) offset + limit) {
                    hits.add(hit(entry, occurrences.get(i), scored.score));
                }
            }
        }
        return new SearchPage(counts.total(), counts.documents(), perDocument, hits);
    }

    /** The occurrences' offsets in the indexed words, in reading order, one per place. */
    static List<int[]> occurrences(Matches matches) throws IOException {
        List<int[]> found = new ArrayList<>();
        if (matches == null) {
            return found;
        }
        for (String field : new String[] {IndexFields.WORDS, IndexFields.EXACT}) {
            MatchesIterator it = matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.startOffset() >= 0) {
                    found.add(new int[] {it.startOffset(), it.endOffset()});
                }
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> distinct = new ArrayList<>();
        for (int[] o : found) {
            if (distinct.isEmpty() || o[0] >= distinct.get(distinct.size() - 1)[1]) {
                distinct.add(o);
            }
        }
        return distinct;
    }

    private SearchHit hit(Document entry, int[] occurrence, float score) throws IOException {
        String doc = entry.get(IndexFields.DOC);
        String stored = storedText(doc);
        int base = entry.getField(IndexFields.BASE).numericValue().intValue();
        int start = Math.min(base + occurrence[0], stored.length());
        int end = Math.min(base + occurrence[1], stored.length());
        int contextFrom = Math.max(0, start - CONTEXT);
        int contextTo = Math.min(stored.length(), end + CONTEXT);
        String context = stored.substring(contextFrom, contextTo).replace('\n', ' ');
        String layer = entry.get(IndexFields.LAYER);
        return new SearchHit(doc, entry.get(IndexFields.TITLE), layer == null ? null : Layer.valueOf(layer),
                entry.get(IndexFields.SPAN_ID), start, end, stored.substring(start, end), context, start - contextFrom,
                entry.get(IndexFields.ACTOR_NAME), score);
    }

    /** The stored text of a document, from this same view of the index (the database may have moved on). */
    private String storedText(String doc) throws IOException {
        String known = texts.get(doc);
        if (known != null) {
            return known;
        }
        Query text = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.DOC, doc)),
                        Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.TEXT)),
                        Occur.FILTER).build();
        TopDocs found = searcher.search(text, 1);
        String stored = found.scoreDocs.length == 0 ? ""
                : searcher.storedFields().document(found.scoreDocs[0].doc).get(IndexFields.STORED);
        texts.put(doc, stored);
        return stored;
    }
}
