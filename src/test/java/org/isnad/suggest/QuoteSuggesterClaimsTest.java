package org.isnad.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.domain.Layer;
import org.junit.jupiter.api.Test;

/** Claim suggestions: check-worthy sentences inside quotes, with the quote's speaker as claimant. */
class QuoteSuggesterClaimsTest {
    private final QuoteSuggester suggester = new QuoteSuggester();

    @Test
    void numbersAndPredictionsAreClaimsOpinionsAndGreetingsAreNot() {
        String t = "وقال وزير المالية سالم الحربي: \"ارتفعت الإيرادات 12% هذا العام. نشكر الجميع على جهودهم. "
                + "وسوف تنخفض البطالة إلى النصف خلال عامين\".";
        List<Suggestion> all = suggester.suggest(t, KnownActors.none());
        List<Suggestion> claims = all.stream().filter(s -> s.layer() == Layer.CLAIM).toList();
        assertEquals(List.of("ارتفعت الإيرادات 12% هذا العام", "وسوف تنخفض البطالة إلى النصف خلال عامين"),
                claims.stream().map(c -> t.substring(c.quote().start(), c.quote().end())).toList());
        for (Suggestion c : claims) {
            Suggestion quote = all.get(c.parentIndex());
            assertEquals(Layer.QUOTE, quote.layer());
            assertTrue(quote.quote().start() <= c.quote().start() && c.quote().end() <= quote.quote().end());
            assertEquals("سالم الحربي", c.actorName(), "the quote's speaker is the claimant");
            assertEquals(quote.speaker(), c.speaker());
        }
    }

    @Test
    void anOpinionWithoutFactsIsNoClaim() {
        String t = "وقال المدرب: \"أنا سعيد جدا بأداء اللاعبين وأتمنى لهم التوفيق\".";
        assertTrue(suggester.suggest(t, KnownActors.none()).stream().noneMatch(s -> s.layer() == Layer.CLAIM));
    }
}
