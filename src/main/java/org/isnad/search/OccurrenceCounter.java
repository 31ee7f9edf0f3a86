package org.isnad.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * How many occurrences an entry has, without reading them. For a query of plain words and exact
 * phrases over the stemmed words, each word used once, an entry's occurrences are exactly the sum of
 * its terms' and phrases' frequencies, which Lucene's scorers know as they go: a similarity that
 * scores by frequency alone gives it. Any other query (prefix*, a word twice, a sloppy phrase, another
 * field) may have overlapping or offset-less matches, so its occurrences are counted from Lucene's matches.
 */
final class OccurrenceCounter {
    private final Weight frequencies;
    private final Weight matches;

    private OccurrenceCounter(Weight frequencies, Weight matches) {
        this.frequencies = frequencies;
        this.matches = matches;
    }

    /** {@code words}: the rewritten query of the analyst's words alone (no filters); {@code matches}: its weight for matches. */
    static OccurrenceCounter of(IndexSearcher searcher, Query words, Weight matches) throws IOException {
        if (!countableByFrequency(words)) {
            return new OccurrenceCounter(null, matches);
        }
        IndexSearcher counting = new IndexSearcher(searcher.getIndexReader());
        counting.setSimilarity(new FrequencySimilarity());
        counting.setQueryCache(null);
        return new OccurrenceCounter(counting.createWeight(words, ScoreMode.COMPLETE, 1f), matches);
    }

    /** True when the counts come from the scorers' frequencies (cheap), false when from matches. */
    boolean byFrequency() {
        return frequencies != null;
    }

    /** A counter for one segment; {@link Leaf#count} must be asked in increasing document order. */
    Leaf leaf(LeafReaderContext context) throws IOException {
        if (frequencies == null) {
            return doc -> PageReader.occurrences(matches.matches(context, doc)).size();
        }
        Scorer scorer = frequencies.scorer(context);
        if (scorer == null) {
            return doc -> 0;
        }
        DocIdSetIterator it = scorer.iterator();
        return doc -> {
            int at = it.docID() < doc ? it.advance(doc) : it.docID();
            return at == doc ? Math.round(scorer.score()) : 0;
        };
    }

    interface Leaf {
        int count(int doc) throws IOException;
    }

    /** Plain terms and exact phrases, all in the stemmed words, no term twice (prohibited clauses aside). */
    static boolean countableByFrequency(Query words) {
        Set<Term> seen = new HashSet<>();
        boolean[] countable = {true};
        words.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                boolean plain = query instanceof TermQuery || query instanceof PhraseQuery phrase && phrase.getSlop() == 0;
                for (Term term : terms) {
                    plain &= IndexFields.WORDS.equals(term.field()) && seen.add(term);
                }
                countable[0] &= plain;
            }

            @Override
            public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                countable[0] = false;
            }

            @Override
            public void visitLeaf(Query query) {
                countable[0] = false;
            }
        });
        return countable[0];
    }

    /** Scores an entry by the frequency of what matched in it: the number of occurrences of a term or phrase. */
    private static final class FrequencySimilarity extends Similarity {
        @Override
        public long computeNorm(FieldInvertState state) {
            return 1;
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return freq;
                }
            };
        }
    }
}
