package org.isnad.suggest;

import java.util.Set;

/**
 * The outlet a person spoke to: «قال فلان لوكالة الأنباء الكويتية إن …»، «صرح لصحيفة الرأي بأن …»،
 * «قال لـ«عكاظ» …». The person is the speaker; the outlet is the outer source of a nested attribution
 * (it reports what the person told it), never part of the speaker's name.
 */
final class Outlets {
    /** What an outlet is called, after the «ل» of the addressee (folded). */
    private static final Set<String> NOUNS = FunctionWords.folded("وكالة", "وكالات", "صحيفة", "جريدة", "قناة",
            "موقع", "إذاعة", "مجلة", "تلفزيون", "شبكة", "محطة", "فضائية");
    /** An outlet's name rarely needs more words than this («وكالة الأنباء السعودية الرسمية»). */
    private static final int MAX_WORDS = 6;

    private Outlets() {
    }

    /** The outlet named at token {@code at} (before {@code to}), or null. */
    static SpeakerMention at(Article a, int at, int to) {
        if (at >= to || at >= a.size()) {
            return null;
        }
        Token t = a.tok(at);
        if (t.is("ل") && at + 1 < to && a.tok(at + 1).kind() == Token.Kind.MARK) {
            int close = a.termClose[at + 1];
            if (close > at + 2 && close < to) {
                return new SpeakerMention(at + 2, close, a.tok(at + 2).start(), a.tok(close - 1).end()); // لـ«عكاظ»
            }
            return null;
        }
        if (!t.isWord() || !t.text().startsWith("ل") || !NOUNS.contains(t.text().substring(1))) {
            return null;
        }
        int end = at + 1;
        while (end < to && end - at < MAX_WORDS) {
            Token w = a.tok(end);
            if (w.kind() == Token.Kind.MARK && a.termClose[end] > end && a.termClose[end] < to) {
                end = a.termClose[end] + 1; // «لوكالة “بلومبيرغ”»
                continue;
            }
            if (!w.isWord() || FunctionWords.stopsName(w.text()) || a.cues[end] != null
                    || MentionChains.isTitle(w.text()) || FunctionWords.isHonorific(w.text())) {
                // «لصحيفة الرأي وزير المالية …»: a title starts the speaker's mention
                break;
            }
            end++;
        }
        // the «ل» of the addressee is not part of the outlet's name
        return new SpeakerMention(at, end, t.start() + 1, a.tok(end - 1).end());
    }
}
