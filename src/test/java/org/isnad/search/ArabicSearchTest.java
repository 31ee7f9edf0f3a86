package org.isnad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.message.Messages;
import org.isnad.service.AnnotationSession;
import org.isnad.service.QuerySyntaxException;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;
import org.isnad.service.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search with real Arabic, over a real store and a real Lucene index: folding, stemming, phrases, offsets. */
class ArabicSearchTest {
    @TempDir
    Path dir;
    SearchFixture fixture;
    String security;
    String economy;

    @BeforeEach
    void setUp() {
        fixture = new SearchFixture(dir);
        security = fixture.importText(SearchFixture.SECURITY, "الجزيرة", LocalDate.of(2024, 3, 1));
        economy = fixture.importText(SearchFixture.ECONOMY, "Reuters", LocalDate.of(2024, 5, 9));
        fixture.search.awaitCaughtUp();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    List<SearchHit> hits(SearchQuery query) {
        SearchPage page = fixture.search.search(query, 0, 100);
        for (SearchHit hit : page.hits()) {
            assertEquals(fixture.stored(hit.doc()).substring(hit.start(), hit.end()), hit.text(),
                    "a hit's text is the stored text at its offsets");
            assertEquals(hit.text(), hit.context().substring(hit.contextStart(), hit.contextStart() + hit.text().length()));
        }
        assertEquals(page.total(), page.hits().size());
        return page.hits();
    }

    List<String> texts(String query) {
        return hits(SearchQuery.of(query)).stream().map(SearchHit::text).toList();
    }

    @Test
    void theBareDefiniteFormFindsTheHamzaFormAndItsDerivedAdjective() {
        List<String> found = texts("الامن");
        assertTrue(found.contains("الأمن"), found.toString());
        assertTrue(found.contains("الأمنية"), found.toString());
    }

    @Test
    void aWordWithoutHamzaFindsItWithHamza() {
        assertEquals(List.of("إيران"), texts("ايران"));
    }

    @Test
    void harakatAndTatweelAreFoundByTheBareForm() {
        assertEquals(List.of("الاقـتـصـاد"), texts("الاقتصاد"));
        assertEquals(List.of("قَالَ"), texts("قال").stream().filter(t -> fixture.stored(economy).contains(t)).toList());
        assertEquals(List.of("الوَزِيرُ"), texts("الوزير"));
    }

    @Test
    void aPhraseIsOneHitFromItsFirstToItsLastWord() {
        assertEquals(List.of("الفراغ الأمني"), texts("\"الفراغ الامني\""));
    }

    @Test
    void aPrefixFindsTheWordsThatBeginSo() {
        List<String> found = texts("الأمني*");
        assertEquals(List.of("الأمنية", "الأمني"), found);
    }

    @Test
    void latinWordsAndDigitsInEitherScript() {
        assertEquals(List.of("Reuters"), texts("reuters"));
        assertEquals(List.of("٢٠٢٤"), texts("2024"));
    }

    @Test
    void filtersByOutletAndDate() {
        SearchQuery query = SearchQuery.of("قال");
        assertEquals(2, hits(query).size());
        assertEquals(List.of(economy), hits(new SearchQuery("قال", null, null, "reuters", null, null, null, null, null))
                .stream().map(SearchHit::doc).toList());
        assertEquals(List.of(security), hits(new SearchQuery("قال", null, null, null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 31), null, null, null)).stream().map(SearchHit::doc).toList());
    }

    @Test
    void findInOneArticleKeepsToIt() {
        assertEquals(2, hits(SearchQuery.of("قال")).size());
        assertEquals(List.of(economy), hits(SearchQuery.of("قال").inDocument(economy)).stream().map(SearchHit::doc).toList());
    }

    @Test
    void quoteHitsLieInsideQuotes() {
        AnnotationSession session = AnnotationSession.open(fixture.store, security, "layla", SearchFixture.CLOCK);
        String quoted = "الفراغ الأمني لن يتكرر";
        int at = SearchFixture.SECURITY.indexOf(quoted);
        Span quote = session.mark(Layer.QUOTE, at, at + quoted.length());
        fixture.search.awaitCaughtUp();

        List<SearchHit> inQuotes = hits(SearchQuery.of("الامن").withLayer(Layer.QUOTE));
        assertEquals(List.of("الأمني"), inQuotes.stream().map(SearchHit::text).toList());
        for (SearchHit hit : inQuotes) {
            assertEquals(Layer.QUOTE, hit.layer());
            assertTrue(hit.start() >= quote.start() && hit.end() <= quote.end(), "inside the quote");
            assertEquals(quote.id(), hit.spanId());
        }
        assertTrue(hits(SearchQuery.of("الامن").withLayer(Layer.CLAIM)).isEmpty());
        assertEquals(3, hits(SearchQuery.of("الامن")).size(), "the plain text still has all three");
    }

    @Test
    void aMalformedQuerySaysWhereAndWhatWasExpected() {
        QuerySyntaxException unclosed = assertThrows(QuerySyntaxException.class,
                () -> fixture.search.search(SearchQuery.of("\"الفراغ الامني"), 0, 10));
        assertTrue(unclosed.getMessage().contains("quotation mark"), unclosed.getMessage());
        QuerySyntaxException dangling = assertThrows(QuerySyntaxException.class,
                () -> fixture.search.search(SearchQuery.of("الامن AND"), 0, 10));
        assertEquals(10, dangling.position(), dangling.getMessage());
        String arabic = Messages.describe(dangling, java.util.Locale.forLanguageTag("ar"));
        assertFalse(arabic.contains("expected"), arabic);
    }

    @Test
    void pagesCoverEveryHitOnceInOrder() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            many.append("أعلن المتحدث باسم الحكومة بيانًا. ");
        }
        fixture.importText(many.toString(), null, null);
        fixture.search.awaitCaughtUp();
        SearchPage first = fixture.search.search(SearchQuery.of("المتحدث"), 0, 50);
        SearchPage second = fixture.search.search(SearchQuery.of("المتحدث"), 50, 50);
        SearchPage last = fixture.search.search(SearchQuery.of("المتحدث"), 100, 50);
        assertEquals(121, first.total());
        assertEquals(50, first.hits().size());
        assertEquals(50, second.hits().size());
        assertEquals(21, last.hits().size());
        assertTrue(first.hits().get(49).start() < second.hits().get(0).start()
                || !first.hits().get(49).doc().equals(second.hits().get(0).doc()));
    }
}
