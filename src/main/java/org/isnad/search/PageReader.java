package org.isnad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.isnad.domain.Layer;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;

/**
 * Turns matching entries into hits, one per occurrence, from one point-in-time view of the index:
 * entries best first, occurrences in reading order within each. All occurrences are counted, but
 * only the requested page is read into hits (stored fields are loaded for that page alone).
 */
final class PageReader {
    private static final int CONTEXT = 60;

    private final IndexSearcher searcher;
    private final Map<String, String> texts = new HashMap<>();

    PageReader(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    SearchPage read(Query query, int offset, int limit) throws IOException {
        Query rewritten = searcher.rewrite(query);
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE, 1f);
        int matching = searcher.count(rewritten);
        TopDocs top = searcher.search(rewritten, Math.max(1, matching));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>();
        long total = 0;
        for (ScoreDoc scored : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scored.doc, leaves));
            List<int[]> occurrences = occurrences(weight.matches(leaf, scored.doc - leaf.docBase));
            long first = total;
            total += occurrences.size();
            if (total <= offset || first >= (long) offset + limit) {
                continue;
            }
            Document entry = searcher.storedFields().document(scored.doc);
            for (int i = 0; i < occurrences.size(); i++) {
                long number = first + i;
                if (number >= offset && number < (long) offset + limit) {
                    hits.add(hit(entry, occurrences.get(i), scored.score));
                }
            }
        }
        return new SearchPage(total, hits);
    }

    /** The occurrences' offsets in the indexed words, in reading order, one per place. */
    private static List<int[]> occurrences(Matches matches) throws IOException {
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
                .add(new TermQuery(new Term(IndexFields.DOC, doc)), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.TEXT)), Occur.FILTER).build();
        TopDocs found = searcher.search(text, 1);
        String stored = found.scoreDocs.length == 0 ? ""
                : searcher.storedFields().document(found.scoreDocs[0].doc).get(IndexFields.STORED);
        texts.put(doc, stored);
        return stored;
    }
}
