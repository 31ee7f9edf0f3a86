package org.isnad.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts, in the same pass that ranks the entries, every occurrence and every document that has
 * one. A document's entries are one block (its text first, then its annotations: they are added
 * together), so the document of an entry is the nearest text entry at or before it.
 */
final class OccurrenceCollector extends SimpleCollector {
    private final OccurrenceCounter counter;
    private final int[] counts;
    private final Map<Integer, FixedBitSet> texts = new HashMap<>();
    private OccurrenceCounter.Leaf leaf;
    private FixedBitSet leafTexts;
    private int docBase;
    private int lastText;
    private long total;
    private long documents;

    OccurrenceCollector(OccurrenceCounter counter, int maxDoc) {
        this.counter = counter;
        this.counts = new int[maxDoc];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        leaf = counter.leaf(context);
        leafTexts = textEntries(context);
        texts.put(context.ord, leafTexts);
        docBase = context.docBase;
        lastText = -2;
    }

    @Override
    public void collect(int doc) throws IOException {
        int count = leaf.count(doc);
        counts[docBase + doc] = count;
        total += count;
        int text = leafTexts.prevSetBit(doc);
        if (text != lastText && count > 0) {
            documents++;
            lastText = text;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    long documents() {
        return documents;
    }

    /** The occurrences in one entry ({@code doc}: its number in the whole index). */
    int count(int doc) {
        return counts[doc];
    }

    /** The occurrences in every entry of the document that the entry {@code doc} belongs to. */
    long ofDocument(LeafReaderContext context, int doc) {
        FixedBitSet bits = texts.get(context.ord);
        int local = doc - context.docBase;
        int text = bits == null ? -1 : bits.prevSetBit(local);
        if (text < 0) {
            return counts[doc];
        }
        int next = text + 1 >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(text + 1);
        int end = context.docBase + Math.min(next, context.reader().maxDoc());
        long sum = 0;
        for (int d = context.docBase + text; d < end; d++) {
            sum += counts[d];
        }
        return sum;
    }

    private static FixedBitSet textEntries(LeafReaderContext context) throws IOException {
        FixedBitSet bits = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
        PostingsEnum texts = context.reader().postings(new Term(IndexFields.KIND, IndexFields.TEXT), PostingsEnum.NONE);
        if (texts != null) {
            for (int d = texts.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = texts.nextDoc()) {
                bits.set(d);
            }
        }
        return bits;
    }
}
