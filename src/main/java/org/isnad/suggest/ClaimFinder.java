package org.isnad.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.Layer;
import org.isnad.text.TextRange;

/**
 * Proposes the check-worthy claims inside the suggested quotes: each sentence of a quote (to . ! ? ؟ ؛
 * or the quote's end) that holds a number or quantity, a comparison, a cause or a prediction, or a
 * fact about a named body or an event, and is not an opinion, a wish or a greeting. The claimant is
 * the quote's speaker; the claim's {@code parentIndex} is its quote.
 */
final class ClaimFinder {
    private static final int MIN_WORDS = 4;

    private static final Set<String> QUANTITIES = FunctionWords.folded(
            "واحد", "اثنين", "اثنان", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة",
            "ثمان", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرين", "عشرون", "ثلاثين", "ثلاثون", "أربعين", "خمسين",
            "مئة", "مائة", "مئات", "ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "نصف", "ثلث", "ربع",
            "مرتين", "مرات", "ضعف", "أضعاف", "نسبة", "بالمئة", "بالمائة", "عدد", "عددا", "أعداد", "معظم", "غالبية",
            "السادس", "الخامس", "الرابع", "الثالث", "الثاني", "الأول", "سنة", "عاما", "يوما", "ساعة", "أسبوع", "شهر",
            "درجة", "كيلومتر", "متر", "طن", "دولار", "ريال", "يورو", "جنيه", "دينار");
    private static final Set<String> COMPARISONS = FunctionWords.folded(
            "أكثر", "أقل", "أكبر", "أصغر", "أعلى", "أدنى", "أفضل", "أسوأ", "الأسوأ", "الأكبر", "الأعلى", "الأقل",
            "الأكثر", "الأفضل", "أسرع", "أبطأ", "أطول", "أقصر", "مقارنة", "بمقارنة", "يفوق", "تفوق", "يتجاوز",
            "تتجاوز", "تجاوز", "ارتفاع", "انخفاض", "زيادة", "تراجع", "ارتفع", "ارتفعت", "انخفض", "انخفضت", "تضاعف");
    private static final Set<String> CAUSES = FunctionWords.folded(
            "بسبب", "لأن", "لان", "نتيجة", "أدى", "أدت", "يؤدي", "تؤدي", "دفع", "بفضل", "جراء", "لذلك", "لذا",
            "بالتالي", "يتسبب", "تسبب", "تسببت", "لتورطها", "إذا", "وإلا", "سوف", "سيتم", "سيكون", "ستكون",
            "المتوقع", "متوقع", "يتوقع", "نتوقع", "قريبا", "المقبل", "المقبلة", "القادم", "القادمة");
    private static final Set<String> FACTS = FunctionWords.folded(
            "تم", "قتل", "قتلوا", "قتلى", "مقتل", "جرح", "اعتقل", "اعتقلوا", "أصيب", "إصابة", "وقع", "وقعت",
            "اختفت", "اختفى", "أنقذ", "أنقذته", "فروا", "هجوم", "هجمات", "انتهاك", "ضبط", "تعيين", "نظام",
            "قانون", "قرار", "مشروع", "وزارة", "مجلس", "حكومة", "الحكومة", "تنظيم", "حزب", "شركة", "وكالة",
            "منظمة", "الجيش", "قوات", "محكمة", "البرلمان", "الوزارة", "المطار", "توجد", "يوجد", "موجودة",
            "موجود", "حامل", "يحتجز", "احتجاز", "دخلت", "دخل", "واصل", "شن", "تطارد", "استهدفت", "أعيد", "أعادوا",
            "إعادة", "استحضرت", "تقوم", "يبدأ", "تبدأ", "بدأ", "بدأت", "يمنع", "تمنع", "طالب", "طالبنا", "إعلان");
    private static final Set<String> OPINIONS = FunctionWords.folded(
            "أعتقد", "نعتقد", "أظن", "نأمل", "آمل", "أتمنى", "نتمنى", "أشكر", "نشكر", "شكرا", "مرحبا", "أهلا",
            "نهنئ", "أهنئ", "تهانينا", "رائع", "سعيد", "سعداء", "أحب", "نحب", "أرجو", "نرجو", "يجب", "ينبغي",
            "أنصح", "ننصح", "يسعدني", "بالتوفيق");
    private static final int STRONG = 1;
    private static final int FACT = 2;
    private static final int OPINION = 4;
    /** Every word above with its classes, looked up in the article's folded text. */
    private static final WordClasses WORDS = classes();

    private ClaimFinder() {
    }

    /** Claim suggestions for {@code quotes} (in order), each pointing at its quote's index. */
    static List<Suggestion> find(Article a, List<Suggestion> quotes) {
        return find(a, quotes, 0, quotes.size());
    }

    /** The same, the second half of the quotes on a helper thread ({@link BothCores}) when {@code bothCores}. */
    static List<Suggestion> find(Article a, List<Suggestion> quotes, boolean bothCores) {
        if (!BothCores.split(bothCores, a.storedChars.length)) {
            return find(a, quotes);
        }
        int half = quotes.size() / 2;
        java.util.concurrent.Future<List<Suggestion>> second = BothCores.start(() -> find(a, quotes, half, quotes.size()));
        List<Suggestion> claims = find(a, quotes, 0, half);
        claims.addAll(BothCores.join(second));
        return claims;
    }

    /** The claims of quotes [from, to), in order: each quote's claims depend on that quote alone. */
    private static List<Suggestion> find(Article a, List<Suggestion> quotes, int from, int to) {
        List<Suggestion> claims = new ArrayList<>();
        for (int q = from; q < to; q++) {
            Suggestion quote = quotes.get(q);
            if (quote.layer() != Layer.QUOTE || sharesSpanWithNext(quotes, q)) {
                continue; // an outlet's quote and the source's share a span: one claim, the source's
            }
            for (TextRange sentence : sentences(a.storedChars, quote.quote())) {
                // the article is folded already: the sentence's folded words are read where they stand
                double worth = worth(a.foldedChars, a.folded.foldedIndex(sentence.start()),
                        a.folded.foldedIndex(sentence.end()));
                if (worth > 0) {
                    claims.add(new Suggestion(Layer.CLAIM, quote.type(), sentence, Optional.empty(), quote.speaker(),
                            quote.actorName(), q, Math.round(Math.min(0.9, quote.confidence() * worth) * 100) / 100.0));
                }
            }
        }
        return claims;
    }

    /** An outlet's quote followed by the nested source's quote with the same span. */
    private static boolean sharesSpanWithNext(List<Suggestion> quotes, int q) {
        return q + 1 < quotes.size() && quotes.get(q + 1).quote().equals(quotes.get(q).quote())
                && Integer.valueOf(q).equals(quotes.get(q + 1).parentIndex());
    }

    /**
     * 0 when the folded sentence {@code folded[from, to)} is not check-worthy; else how sure (0.6 for a named fact
     * only, 0.8 with a number, cause or comparison).
     */
    static double worth(char[] folded, int from, int to) {
        int count = 0;
        boolean strong = false;
        boolean fact = false;
        boolean opinion = false;
        for (int i = from; i < to; ) {
            while (i < to && !Chars.isLetterOrDigit(folded[i])) {
                i++;
            }
            int start = i;
            boolean digit = false;
            while (i < to && (Chars.isLetterOrDigit(folded[i]) || folded[i] == '%')) {
                digit |= Chars.isDigit(folded[i]);
                i++;
            }
            if (i == start) {
                break;
            }
            count++;
            char c = folded[start];
            int classes = WORDS.of(folded, start, i);
            if (i - start > 3 && (c == 'و' || c == 'ف' || c == 'ب' || c == 'ل')) {
                classes |= WORDS.of(folded, start + 1, i); // the word without its proclitic
            }
            if (digit || (classes & STRONG) != 0) {
                strong = true;
            } else if ((classes & FACT) != 0) {
                fact = true;
            }
            opinion |= (classes & OPINION) != 0;
        }
        if (count < MIN_WORDS || opinion && !strong) {
            return 0;
        }
        return strong ? 0.8 : fact ? 0.6 : 0;
    }

    private static WordClasses classes() {
        Map<String, Integer> bits = new HashMap<>();
        QUANTITIES.forEach(w -> bits.merge(w, STRONG, (x, y) -> x | y));
        COMPARISONS.forEach(w -> bits.merge(w, STRONG, (x, y) -> x | y));
        CAUSES.forEach(w -> bits.merge(w, STRONG, (x, y) -> x | y));
        FACTS.forEach(w -> bits.merge(w, FACT, (x, y) -> x | y));
        OPINIONS.forEach(w -> bits.merge(w, OPINION, (x, y) -> x | y));
        return new WordClasses(bits);
    }

    /** The sentences of a quote, without surrounding spaces and their final mark. */
    static List<TextRange> sentences(char[] text, TextRange quote) {
        List<TextRange> out = new ArrayList<>();
        int start = quote.start();
        for (int i = quote.start(); i <= quote.end(); i++) {
            boolean end = i == quote.end();
            if (!end) {
                char c = text[i];
                boolean stop = c == '!' || c == '?' || c == '؟' || c == '؛' || c == '\n'
                        || c == '.' && !(i > 0 && Chars.isDigit(text[i - 1]) && i + 1 < text.length
                        && Chars.isDigit(text[i + 1]));
                if (!stop) {
                    continue;
                }
            }
            int s = start;
            int e = i;
            while (s < e && Chars.isWhitespace(text[s])) {
                s++;
            }
            while (e > s && (Chars.isWhitespace(text[e - 1]) || ".!?؟؛".indexOf(text[e - 1]) >= 0)) {
                e--;
            }
            if (e > s) {
                out.add(new TextRange(s, e));
            }
            start = i + 1;
        }
        return out;
    }
}
