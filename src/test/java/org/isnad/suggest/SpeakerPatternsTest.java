package org.isnad.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.text.TextRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, second round: titles in apposition become the person's roles, the outlet a person spoke to is the
 * outer source, prepositions carrying a pronoun are never a speaker, and a reported clause that opens a quotation
 * is one mixed quote. Invented sentences in the patterns of the issue, with harakat, tatweel, Latin names and digits.
 */
class SpeakerPatternsTest {

    private static List<Suggestion> quotes(String text) {
        return new QuoteSuggester().suggest(text, KnownActors.none()).stream().filter(s -> s.layer() == Layer.QUOTE).toList();
    }

    private static String text(String t, Optional<TextRange> r) {
        return r.map(x -> t.substring(x.start(), x.end())).orElse(null);
    }

    private static String text(String t, TextRange r) {
        return t.substring(r.start(), r.end());
    }

    private static Suggestion only(String t) {
        List<Suggestion> all = quotes(t);
        if (all.size() != 1) {
            fail("one quote expected in «" + t + "», found " + all.stream().map(s -> text(t, s.quote())).toList());
        }
        return all.get(0);
    }

    @Test
    void titlesInAppositionAreTheNamedPersonsRoles() {
        String t = "قال رئيس الوزراء، وزير الدفاع، سالم الحربي، إن الحكومة ستخفض الضرائب في العام المقبل.";
        Suggestion s = only(t);
        assertEquals("سالم الحربي", s.actorName());
        assertEquals("سالم الحربي", text(t, s.speaker()));
        assertEquals(List.of("رئيس الوزراء", "وزير الدفاع"), s.roles());
        assertEquals("الحكومة ستخفض الضرائب في العام المقبل", text(t, s.quote()));
    }

    @Test
    void titlesInFrontOfTheNameWithoutACommaAreRolesToo() {
        String t = "وأكد وزير التعليم الدكتور خالد العتيبي أن المدارس ستفتح في موعدها.";
        Suggestion s = only(t);
        assertEquals("خالد العتيبي", s.actorName());
        assertEquals(List.of("وزير التعليم"), s.roles(), "the honorific belongs to the name, not to the role");
    }

    @Test
    void titlesAfterTheNameBetweenCommasAreRolesToo() {
        String t = "وقال سالم الحربي، وزير الدفاع الكويتي، إن الجيش سيتسلم ١٢ طائرة جديدة.";
        Suggestion s = only(t);
        assertEquals("سالم الحربي", s.actorName());
        assertEquals(List.of("وزير الدفاع الكويتي"), s.roles());
        String open = "وقال سالم الحربي، وزير الدفاع السابق في الحكومة الماضية بين عامي 2010 و2014 إن الجيش سيتسلم طائرات.";
        assertEquals(List.of(), only(open).roles(), "no closing comma or «إن» right after: not taken as a title");
    }

    @Test
    void titlesWithHarakatAndTatweelAreStoredPlain() {
        String t = "قـــالَ رئيسُ الوزراءِ، وزيرُ الدفاعِ، سالمُ الحربيُّ، إنّ الحكومةَ ستخفضُ الضرائبَ بنسبة ٥٪ العامَ المقبلَ.";
        Suggestion s = only(t);
        assertEquals(List.of("رئيس الوزراء", "وزير الدفاع"), s.roles());
        assertEquals("سالم الحربي", s.actorName());
        assertTrue(text(t, s.quote()).startsWith("الحكومةَ ستخفضُ"), text(t, s.quote()));
    }

    @Test
    void titlesOnlyWithNoNameAfterThemStayTheSpeaker() {
        String t = "قال رئيس الوزراء، في بيان صدر أمس، إن الحكومة ستخفض الضرائب.";
        Suggestion s = only(t);
        assertEquals("رئيس الوزراء", s.actorName());
        assertEquals(List.of(), s.roles());
    }

    @Test
    void anOutletThePersonSpokeToIsTheOuterSource() {
        String t = "وقال سالم الحربي لوكالة الأنباء الكويتية إن الحكومة ستخفض الضرائب في العام المقبل.";
        Suggestion s = only(t);
        assertEquals("سالم الحربي", s.actorName(), "the person is the speaker, not the outlet");
        assertEquals("سالم الحربي", text(t, s.speaker()));
        assertEquals("وكالة الأنباء الكويتية", s.outerSource().name());
        assertEquals("وكالة الأنباء الكويتية", text(t, s.outerSource().mention()), "the «ل» is left out");
    }

    @Test
    void anOutletInQuotationMarksAndALatinName() {
        String t = "وقال مدير شركة GlassPoint رود ماكجريجور لـ«عكاظ» إن المشروع سينتج 1021 ميجاوات في عام 2017.";
        Suggestion s = only(t);
        assertEquals("عكاظ", s.outerSource().name());
        assertTrue(s.actorName().endsWith("رود ماكجريجور"), s.actorName());
        assertEquals("المشروع سينتج 1021 ميجاوات في عام 2017", text(t, s.quote()));
    }

    @Test
    void anOutletNamedBeforeTheSpeaker() {
        String t = "وقال لصحيفة الرأي وزير المالية سالم الحربي إن العجز سيتراجع إلى النصف.";
        Suggestion s = only(t);
        assertEquals("سالم الحربي", s.actorName());
        assertEquals("صحيفة الرأي", s.outerSource().name());
        assertEquals(List.of("وزير المالية"), s.roles());
    }

    @Test
    void anOutletCitingAPersonNestsThePersonsQuoteInTheOutlets() {
        String t = "نقلت صحيفة الرأي عن الوزير سالم الحربي قوله إن العجز سيتراجع إلى النصف.";
        List<Suggestion> all = quotes(t);
        assertEquals(2, all.size());
        assertEquals("صحيفة الرأي", all.get(0).actorName());
        assertNull(all.get(0).parentIndex());
        assertEquals("سالم الحربي", all.get(1).actorName(), "the person is the quote's speaker");
        assertEquals(0, all.get(1).parentIndex(), "nested in the outlet's attribution");
        assertEquals(List.of("الوزير"), all.get(1).roles());
    }

    @Test
    void aPrepositionWithAnAttachedPronounIsNeverTheSpeaker() {
        String t = "وأشاد به رئيس الوزراء سالم الحربي قائلا إن الفريق قدم أداء مميزا في البطولة.";
        Suggestion s = only(t);
        assertEquals("سالم الحربي", s.actorName());
        assertEquals("رئيس الوزراء سالم الحربي", text(t, s.speaker()));
    }

    @Test
    void aPronounAfterTheCuePointsBackToTheLastSpeaker() {
        String t = "قال الوزير سالم الحربي إن الحكومة ستدعم المزارعين. ونقل عنه أن الدعم سيصل إلى مليون دينار.";
        List<Suggestion> all = quotes(t);
        assertEquals(2, all.size());
        assertTrue(all.get(1).speaker().isEmpty(), "«عنه» is no speaker mention");
        assertEquals("سالم الحربي", all.get(1).actorName());
    }

    @Test
    void theAddresseesPronounIsSkippedForTheSpeakerAfterIt() {
        String t = "قال الوزير سالم الحربي إن الحكومة ستدعم المزارعين. وقالت لها المديرة منى السالم إن الخطة جاهزة منذ أشهر.";
        Suggestion s = quotes(t).get(1);
        assertEquals("منى السالم", s.actorName());
        for (String pronoun : List.of("له", "لها", "عنه", "به", "بها", "عنها", "إليه", "عليه", "منه", "معه", "لهم")) {
            assertTrue(FunctionWords.isPronounPreposition(org.isnad.text.ArabicFolding.foldQuery(pronoun)), pronoun);
            assertTrue(FunctionWords.stopsName(org.isnad.text.ArabicFolding.foldQuery(pronoun)), pronoun);
        }
        assertTrue(!FunctionWords.isPronounPreposition(org.isnad.text.ArabicFolding.foldQuery("منى")), "a given name");
    }

    @Test
    void aReportedClauseThatOpensALongQuotationIsOneMixedQuote() {
        String t = "وقال الحربي إن الحكومة الكويتية \"لن تتراجع عن قرارها ولن تقبل بأي تسوية على حساب المواطنين\" مؤكدا أن الحوار مستمر.";
        List<Suggestion> all = quotes(t);
        assertEquals(2, all.size(), all.toString());
        Suggestion mixed = all.get(0);
        assertEquals(QuoteType.MIXED, mixed.type());
        assertEquals("الحكومة الكويتية \"لن تتراجع عن قرارها ولن تقبل بأي تسوية على حساب المواطنين\"", text(t, mixed.quote()));
        assertEquals("الحربي", mixed.actorName());
        assertEquals(QuoteType.INDIRECT, all.get(1).type());
        assertEquals("الحوار مستمر", text(t, all.get(1).quote()));
    }

    @Test
    void theMixedQuoteRunsOnAfterTheFragment() {
        String t = "قالت الوزيرة منى السالم إن القرار “لن يتغير مهما كانت الضغوط الخارجية على الحكومة” في الأشهر الستة المقبلة.";
        Suggestion s = only(t);
        assertEquals(QuoteType.MIXED, s.type());
        assertEquals("القرار “لن يتغير مهما كانت الضغوط الخارجية على الحكومة” في الأشهر الستة المقبلة", text(t, s.quote()));
        assertEquals(List.of("الوزيرة"), s.roles());
    }

    @Test
    void aQuotationThatOpensAClauseOfItsOwnIsNotMixed() {
        String t = "وقال الحربي إن اللقاء سيكون صعبا على الفريقين «وإن كنت أرشح فريقنا لأن لاعبيه لم يتغيروا كثيرا».";
        List<Suggestion> all = quotes(t);
        assertEquals(2, all.size(), all.toString());
        assertEquals(QuoteType.INDIRECT, all.get(0).type());
        assertEquals(QuoteType.DIRECT, all.get(1).type());
        assertNotEquals(all.get(0).quote(), all.get(1).quote());
    }

    @Test
    void directSpeechRightAfterTheComplementizerStaysDirect() {
        String t = "وقال وزير الخارجية سالم الحربي إن: “بلادنا لن تقبل بأي تدخل في شؤونها الداخلية مهما كان”.";
        Suggestion s = only(t);
        assertEquals(QuoteType.DIRECT, s.type());
        assertEquals(List.of("وزير الخارجية"), s.roles());
    }
}
