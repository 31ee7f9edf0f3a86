package org.isnad.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.testing.Kimmitt;
import org.isnad.text.TextRange;
import org.junit.jupiter.api.Test;

/** The hard cases of Arabic attribution, one sentence (or two) each. */
class QuoteSuggesterTest {

    private final QuoteSuggester suggester = new QuoteSuggester();

    private List<Suggestion> suggest(String text) {
        // quotes only: the claims found inside them are QuoteSuggesterClaimsTest's
        return suggester.suggest(text, KnownActors.none()).stream().filter(s -> s.layer() == org.isnad.domain.Layer.QUOTE).toList();
    }

    private static String text(String t, TextRange r) {
        return t.substring(r.start(), r.end());
    }

    private static String text(String t, Optional<TextRange> r) {
        return r.map(x -> text(t, x)).orElse(null);
    }

    private static Suggestion quote(String t, List<Suggestion> all, String quoteText) {
        return all.stream().filter(s -> text(t, s.quote()).equals(quoteText)).findFirst()
                .orElseGet(() -> fail("no suggestion «" + quoteText + "» among " + all.stream().map(s -> text(t, s.quote())).toList()));
    }

    @Test
    void speakerWithTitleBetweenNameAndContent() {
        String t = Kimmitt.INDIRECT;
        List<Suggestion> all = suggest(t);
        assertEquals(1, all.size());
        Suggestion s = all.get(0);
        assertEquals(Layer.QUOTE, s.layer());
        assertEquals(QuoteType.INDIRECT, s.type());
        assertEquals("الانسحاب لن يؤدي إلى فراغ أمني", text(t, s.quote()));
        assertEquals("قال", text(t, s.cue()));
        assertEquals("مارك كيميت", text(t, s.speaker()));
        assertEquals("مارك كيميت", s.actorName());
        assertNull(s.parentIndex());
        assertTrue(s.confidence() > 0.5 && s.confidence() <= 1);
    }

    @Test
    void continuationCueGoesToThePreviousSpeaker() {
        String t = "قال مارك كيميت إن الوضع مستقر.\n\nوأضاف: “لن ننسحب قبل نهاية العام المقبل”.";
        Suggestion s = quote(t, suggest(t), "لن ننسحب قبل نهاية العام المقبل");
        assertEquals(QuoteType.DIRECT, s.type());
        assertEquals("أضاف", text(t, s.cue()), "the attached و is left out of the cue");
        assertTrue(s.speaker().isEmpty());
        assertEquals("مارك كيميت", s.actorName());
    }

    @Test
    void continuationFollowsGender() {
        String t = "قالت الوزيرة إن الميزانية ستقر قريبا. وقال المدير إن المشروع سيكتمل في موعده. وأضافت أن الحكومة ستدعم المشروع.";
        assertEquals("الوزيرة", quote(t, suggest(t), "الحكومة ستدعم المشروع").actorName());
    }

    @Test
    void outletCitingSourcesIsNested() {
        String t = "نقلت وكالة “رويترز” عن مصادر قولها إن المحادثات ستستأنف الأسبوع المقبل.";
        List<Suggestion> all = suggest(t);
        assertEquals(2, all.size());
        Suggestion outer = all.get(0);
        Suggestion inner = all.get(1);
        assertEquals("المحادثات ستستأنف الأسبوع المقبل", text(t, outer.quote()));
        assertEquals(outer.quote(), inner.quote());
        assertEquals("نقلت", text(t, outer.cue()));
        assertEquals("وكالة “رويترز”", text(t, outer.speaker()));
        assertNull(outer.parentIndex());
        assertEquals("قولها", text(t, inner.cue()));
        assertEquals("مصادر", text(t, inner.speaker()));
        assertEquals(0, inner.parentIndex());
        assertNotEquals(outer.key(), inner.key(), "nested attributions share a span, not a key");
    }

    @Test
    void accordingToBeforeAndAfterTheContent() {
        String front = "وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى 300 حالة.";
        Suggestion f = quote(front, suggest(front), "عدد الإصابات ارتفع إلى 300 حالة");
        assertEquals("بحسب", text(front, f.cue()));
        assertEquals("وزارة الصحة", text(front, f.speaker()));

        String back = "ارتفع عدد الإصابات في المدينة إلى 300 حالة، وفقاً لوزارة الصحة.";
        Suggestion b = quote(back, suggest(back), "ارتفع عدد الإصابات في المدينة إلى 300 حالة");
        assertEquals("وفقاً", text(back, b.cue()));
        assertEquals(QuoteType.INDIRECT, b.type());
    }

    @Test
    void circumstantialParticipleTakesTheSentenceSubject() {
        String t = "وشدد الوزير على ضرورة التهدئة، قائلاً: “لا حل إلا بالحوار بين جميع الأطراف”.";
        Suggestion s = quote(t, suggest(t), "لا حل إلا بالحوار بين جميع الأطراف");
        assertEquals(QuoteType.DIRECT, s.type());
        assertEquals("قائلاً", text(t, s.cue()));
        assertEquals("الوزير", text(t, s.speaker()));
    }

    @Test
    void unvoweledAndVariantSpellingsMatch() {
        String plain = "وقالت الوزيرة ان الحكومه ستعلن خطتها قريبا";
        Suggestion p = quote(plain, suggest(plain), "الحكومه ستعلن خطتها قريبا");
        assertEquals("قالت", text(plain, p.cue()));
        assertEquals("الوزيرة", text(plain, p.speaker()));

        String marked = "أكـــد الرئيسُ أنّ الاقتصادَ يتعافى بسرعة.";
        Suggestion m = quote(marked, suggest(marked), "الاقتصادَ يتعافى بسرعة");
        assertEquals("أكـــد", text(marked, m.cue()), "tatweel stays inside the stored cue span");
        assertEquals("الرئيسُ", text(marked, m.speaker()));
        assertEquals("الرئيس", m.actorName(), "harakat are not part of the actor's name");

        String alef = "وأشار الى ان المفاوضات مستمرة حتى الآن.";
        assertEquals("أشار", text(alef, quote(alef, suggest(alef), "المفاوضات مستمرة حتى الآن").cue()));
    }

    @Test
    void unbalancedQuoteEndsWhereTheNextAttributionStarts() {
        String t = "وقال الوزير: “سنواصل العمل حتى تحقيق أهدافنا كاملة، مشيرا إلى أن الحكومة ستدعم القطاع الخاص.";
        List<Suggestion> all = suggest(t);
        Suggestion direct = quote(t, all, "سنواصل العمل حتى تحقيق أهدافنا كاملة");
        assertEquals(QuoteType.DIRECT, direct.type());
        Suggestion reported = quote(t, all, "الحكومة ستدعم القطاع الخاص");
        assertEquals("مشيرا", text(t, reported.cue()));
        assertEquals("الوزير", reported.actorName());
    }

    @Test
    void scareQuotesAndQuotedNamesAreNotSpeech() {
        assertTrue(suggest("تواصل القوات عملياتها ضد تنظيم “داعش” في المنطقة.").isEmpty());
        assertTrue(suggest("أطلقت الوزارة حملة بعنوان “معا من أجل بيئة نظيفة وآمنة للجميع في كل مكان”.").isEmpty());
        String outlet = "قال مسؤول لـ«عكاظ» إن الطرق ستفتح غدا أمام السيارات.";
        List<Suggestion> all = suggest(outlet);
        assertEquals(1, all.size());
        assertEquals("الطرق ستفتح غدا أمام السيارات", text(outlet, all.get(0).quote()));
        assertEquals("مسؤول", text(outlet, all.get(0).speaker()));
        String name = "وقال \"المسند\": \"درجة الحرارة الفعلية في الظل هي 46 درجة\".";
        List<Suggestion> named = suggest(name);
        assertEquals(1, named.size());
        assertEquals("درجة الحرارة الفعلية في الظل هي 46 درجة", text(name, named.get(0).quote()));
        assertEquals("المسند", text(name, named.get(0).speaker()), "the name without its marks");
    }

    @Test
    void speakerAfterTheQuote() {
        String t = "\"نحن ملتزمون بالاتفاق ولن نتراجع عنه\" كما قالت المتحدثة باسم الوزارة.";
        Suggestion s = quote(t, suggest(t), "نحن ملتزمون بالاتفاق ولن نتراجع عنه");
        assertEquals(QuoteType.DIRECT, s.type());
        assertEquals("قالت", text(t, s.cue()));
        assertEquals("المتحدثة باسم الوزارة", text(t, s.speaker()));
    }

    @Test
    void impersonalAndEditorialForms() {
        String t = "وقيل إن الاجتماع تأجل إلى الأسبوع المقبل.";
        Suggestion s = quote(t, suggest(t), "الاجتماع تأجل إلى الأسبوع المقبل");
        assertNull(s.actorName());
        assertTrue(suggest("ويذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.").isEmpty());
    }

    @Test
    void statementAsSourceAndAsSaid() {
        String t = "وجاء في البيان أن الشركة حققت أرباحا قياسية هذا العام.";
        assertEquals("البيان", text(t, quote(t, suggest(t), "الشركة حققت أرباحا قياسية هذا العام").speaker()));
        String said = "قال الوزير إن الأمور تتحسن. الوضع الأمني مستقر تماما في العاصمة، على حد قوله.";
        Suggestion s = quote(said, suggest(said), "الوضع الأمني مستقر تماما في العاصمة");
        assertEquals("على حد قوله", text(said, s.cue()));
        assertEquals("الوزير", s.actorName());
    }

    @Test
    void complementizerThatJoinsClausesIsNotAQuote() {
        String t = "وقال إنه يرى اللاعب أفضل المدافعين، كما أنه لاعب مميز.";
        List<Suggestion> all = suggest(t);
        assertEquals(1, all.size(), "«كما أنه» is inside the report, not a new one");
    }

    @Test
    void knownActorsGiveTheCanonicalName() {
        String t = "وقال كيميت إن القوات باقية حتى إشعار آخر.";
        KnownActors actors = KnownActors.of(Map.of("Mark Kimmitt", List.of("مارك كيميت", "كيميت")));
        assertEquals("Mark Kimmitt", suggester.suggest(t, actors).get(0).actorName());
    }

    @Test
    void offsetsAreUtf16OfTheStoredTextAndKeysAreStable() {
        String t = "😀 قال الوزير إن الخطة جاهزة للتنفيذ.";
        Suggestion s = suggest(t).get(0);
        assertEquals("الخطة جاهزة للتنفيذ", text(t, s.quote()));
        assertEquals(s.key(), suggest(t).get(0).key());
        assertTrue(s.key().startsWith("QUOTE:INDIRECT:" + s.quote().start() + "-" + s.quote().end()));
    }

    @Test
    void emptyAndQuoteFreeTexts() {
        assertTrue(suggest("").isEmpty());
        assertTrue(suggest("ارتفعت درجات الحرارة في المنطقة أمس.").isEmpty());
        assertTrue(suggest("«").isEmpty());
    }
}
