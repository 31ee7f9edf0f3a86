package org.isnad.suggest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.Test;

/** A long article split over two threads gets the tokens, cues and suggestions one thread gets. */
class BothCoresTest {

    /** The sample articles one after another, with a name that ends in a dot before a break, until 120,000 chars. */
    private static String longArticle() {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (sb.length() < 120_000) {
            sb.append(SampleArticles.text(SampleArticles.ALL.get(i++ % SampleArticles.ALL.size()))).append("\n\n");
            sb.append("وقال د. سالم الحربي إن النمو بلغ 5.6% هذا العام، مضيفاً: «سنواصل العمل».\n");
        }
        return sb.toString();
    }

    @Test
    void aSplitArticleHasTheFoldingTokensAndCuesOfAWholeOne() {
        String text = longArticle();
        Article whole = new Article(text, false);
        Article split = new Article(text, true);
        assertTrue(Tokenizer.splitPoint(whole.foldedChars, whole.foldedLength) > 0, "the article has a place to split");
        assertEquals(whole.folded.text(), split.folded.text());
        assertEquals(whole.tokens, split.tokens);
        assertArrayEquals(whole.cues, split.cues);
        assertArrayEquals(whole.cueTokens, split.cueTokens);
        assertArrayEquals(whole.markTokens, split.markTokens);
    }

    @Test
    void aSplitArticleHasTheSuggestionsOfAWholeOne() {
        String text = longArticle();
        List<Suggestion> one = new QuoteSuggester(false).suggest(text, KnownActors.none());
        List<Suggestion> two = new QuoteSuggester(true).suggest(text, KnownActors.none());
        assertTrue(one.stream().filter(s -> s.layer() == Layer.CLAIM).count() > 10, "claims to compare");
        assertEquals(one, two);
    }
}
