package org.isnad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;
import org.isnad.service.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The totals are counted without reading every occurrence, yet they are exact: paging through all
 * the hits of a query, in small pages, gives each occurrence once, as many as the total says, in as
 * many documents as it says, with each document's count in all. Checked for queries counted by
 * frequency and for those counted from Lucene's matches (prefix*, a stem twice).
 */
class SearchCountsTest {
    static final List<String> QUERIES = List.of("الامن", "\"الفراغ الامني\"", "الامن الفراغ", "الامن OR المتحدث",
            "الامن -ايران", "الامن*", "الامن الأمنية", "\"الامن مستتب\" الامن");

    @TempDir
    Path dir;
    SearchFixture fixture;
    final List<String> docs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new SearchFixture(dir);
        docs.add(fixture.importText(SearchFixture.SECURITY, "الجزيرة", null));
        docs.add(fixture.importText(SearchFixture.ECONOMY, "Reuters", null));
        docs.add(fixture.importText(SearchFixture.SECURITY.repeat(5) + " والأمنُ أولاً.", null, null));
        docs.add(fixture.importText("قال المتحدث: لا شيء عن ذلك.", null, null));
        AnnotationSession session = AnnotationSession.open(fixture.store, docs.get(0), "layla", SearchFixture.CLOCK);
        String quoted = "الفراغ الأمني لن يتكرر";
        int at = SearchFixture.SECURITY.indexOf(quoted);
        session.mark(Layer.QUOTE, at, at + quoted.length());
        String claim = "الأمن مستتب في العاصمة";
        int from = SearchFixture.SECURITY.indexOf(claim);
        session.mark(Layer.CLAIM, from, from + claim.length());
        fixture.search.awaitCaughtUp();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void pagingThroughEveryHitAgreesWithTheCounts() {
        for (String text : QUERIES) {
            for (SearchQuery query : List.of(SearchQuery.of(text), SearchQuery.of(text).withLayer(Layer.QUOTE))) {
                SearchPage first = fixture.search.search(query, 0, 3);
                List<SearchHit> all = new ArrayList<>();
                Map<String, Long> perDocument = new HashMap<>();
                for (int offset = 0; offset < first.total() + 3; offset += 3) {
                    SearchPage page = fixture.search.search(query, offset, 3);
                    assertEquals(first.total(), page.total(), text);
                    all.addAll(page.hits());
                    perDocument.putAll(page.perDocument());
                }
                assertEquals(first.total(), all.size(), "every hit once: " + text);
                Set<String> places = new HashSet<>();
                Map<String, Long> counted = new HashMap<>();
                for (SearchHit hit : all) {
                    assertEquals(fixture.stored(hit.doc()).substring(hit.start(), hit.end()), hit.text(), text);
                    assertTrue(places.add(hit.doc() + "/" + hit.spanId() + "/" + hit.start()), "no hit twice: " + text);
                    counted.merge(hit.doc(), 1L, Long::sum);
                }
                assertEquals(counted.size(), first.documents(), "documents: " + text);
                assertEquals(counted, perDocument, "hits per document: " + text);
            }
        }
    }

    @Test
    void theTotalsAreRightForKnownCounts() {
        SearchPage page = fixture.search.search(SearchQuery.of("الامن"), 0, 2);
        // SECURITY has الأمن, الأمنية, الأمني: 3 in the first, 5 × 3 + والأمنُ = 16 in the third
        assertEquals(19, page.total());
        assertEquals(2, page.documents());
        assertEquals(2, page.hits().size());
        String shown = page.hits().get(0).doc();
        assertEquals(shown.equals(docs.get(2)) ? 16 : 3, page.hitsIn(shown));
        SearchPage prefixed = fixture.search.search(SearchQuery.of("الامن*"), 0, 100);
        assertEquals(prefixed.total(), prefixed.hits().size());
        assertEquals(List.of("الأمن", "الأمنية", "الأمني"), prefixed.hits().stream()
                .filter(h -> h.doc().equals(docs.get(0))).map(SearchHit::text).toList());
    }

    @Test
    void onlyPlainWordsAndExactPhrasesAreCountedByFrequency() {
        QueryReader reader = new QueryReader(new ArabicSearchAnalyzerForTest().analyzer);
        assertTrue(OccurrenceCounter.countableByFrequency(reader.words("الامن")));
        assertTrue(OccurrenceCounter.countableByFrequency(reader.words("\"الفراغ الامني\" المتحدث -ايران")));
        assertTrue(OccurrenceCounter.countableByFrequency(reader.words("الامن OR ايران")));
        assertFalse(OccurrenceCounter.countableByFrequency(reader.words("الامن*")), "a prefix");
        assertFalse(OccurrenceCounter.countableByFrequency(reader.words("الامن الأمنية")), "one stem twice");
        assertFalse(OccurrenceCounter.countableByFrequency(reader.words("\"الفراغ الامني\"~2")), "a sloppy phrase");
        assertFalse(OccurrenceCounter.countableByFrequency(reader.words("\"الامن مستتب\" الامن")), "a word in a phrase and alone");
    }

    /** The index's analyzer, as {@link LuceneSearchIndex} builds it. */
    static final class ArabicSearchAnalyzerForTest {
        final org.apache.lucene.analysis.Analyzer analyzer = new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
                new ArabicSearchAnalyzer(true), Map.of(IndexFields.EXACT, new ArabicSearchAnalyzer(false)));
    }
}
