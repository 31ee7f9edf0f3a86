package org.isnad.suggest;

import java.util.Set;

/**
 * Finds the speaker's name around a cue: after it in the usual verb-first order («قال مارك كيميت،
 * …»), before it in subject-first order («مسؤولون أميركيون أقروا …»), leaving out titles that
 * follow the name without a comma («غروس مدرب فريق الأهلي») and adjuncts («خلال مقابلة»).
 */
final class SpeakerFinder {

    /** A name with its titles rarely needs more words than this. */
    private static final int MAX_WORDS = 10;
    private static final Set<String> ASIDES = FunctionWords.folded("أيضا", "كذلك", "بدوره", "بدورها", "بدورهم", "بدورهما");
    private static final Set<String> SIDES = FunctionWords.folded("جهته", "جانبه", "ناحيته", "جهتها", "جانبها",
            "ناحيتها", "جهتهم", "جانبهم", "طرفه", "طرفها");

    private SpeakerFinder() {
    }

    /** The name in tokens [from, to) right after a cue, or null. */
    static SpeakerMention after(Article a, int from, int to, CueMatch cue) {
        int i = skipAsides(a, from, to);
        if (i >= to) {
            return null;
        }
        Token t = a.tok(i);
        if (t.isWord() && FunctionWords.isPreposition(t.text()) && !isNameAli(a, i)) {
            return null; // «قال في بيان إن»: no name here
        }
        if (cue.kind() == CueKind.ACCORDING_TO) {
            i = skipSpeechNouns(a, i, to);
        }
        int first = i;
        int count = 0;
        while (i < to && count < MAX_WORDS) {
            t = a.tok(i);
            if (t.kind() == Token.Kind.MARK && a.termClose[i] >= 0 && a.termClose[i] < to) {
                i = a.termClose[i] + 1;
                count++;
                continue;
            }
            if ((!t.isWord() || FunctionWords.stopsName(t.text()) || a.cues[i] != null
                    || (count > 0 && FunctionWords.isTitle(t.text()))) && !isNameAli(a, i)) {
                break;
            }
            count++;
            i++;
        }
        if (count == 1 && i < a.size() && a.tok(first).isWord() && a.tok(first).text().startsWith("ل")
                && a.tok(first).text().length() > 3 && a.tok(i).isWord() && FunctionWords.isComplementizer(a.tok(i).text())) {
            return null; // «وقالت لوالديها أنها»: the addressee, not the speaker
        }
        return count == 0 ? null : Appositions.extend(a, mention(a, first, i), to, cue);
    }

    /** The name just before a cue with no «و»: «… لمسؤولين أميركيين أقروا بأن». */
    static SpeakerMention before(Article a, int cueToken) {
        int j = cueToken - 1;
        if (a.isWord(j, "قد") || a.isWord(j, "لقد")) {
            j--;
        }
        int end = j + 1;
        int count = 0;
        while (j >= 0 && count < MAX_WORDS) {
            Token t = a.tok(j);
            if (t.kind() == Token.Kind.MARK && a.termOpen[j] >= 0) {
                j = a.termOpen[j] - 1;
                count++;
                continue;
            }
            if ((!t.isWord() || FunctionWords.stopsName(t.text()) || a.cues[j] != null) && !isNameAli(a, j)) {
                break;
            }
            count++;
            j--;
        }
        if (count == 0) {
            return null;
        }
        boolean clauseStart = j < 0 || !a.tok(j).isWord() || a.cues[j] != null
                || FunctionWords.isCopula(a.tok(j).text()); // «وكان الرئيس قد أعلن أن»
        if (!clauseStart || (j >= 0 && a.tok(j).kind() == Token.Kind.MARK)) {
            return null;
        }
        return mention(a, j + 1, end);
    }

    /** Folding makes «على» and the name «علي» the same word; the stored spelling tells them apart. */
    private static boolean isNameAli(Article a, int i) {
        Token t = a.tok(i);
        if (!t.is("علي")) {
            return false;
        }
        int end = a.stored(t.start(), t.end()).end();
        return a.stored.charAt(end - 1) == 'ي' || a.stored.charAt(end - 1) != 'ى' && end >= 2 && a.stored.charAt(end - 2) == 'ي';
    }

    private static int skipAsides(Article a, int i, int to) {
        while (i < to) {
            Token t = a.tok(i);
            if (t.kind() == Token.Kind.COMMA || (t.isWord() && (ASIDES.contains(t.text())
                    || FunctionWords.isPronounPreposition(t.text())))) {
                // «وأشاد به الوزير»، «وقال له المدير»: the pronoun's person is the object, the speaker comes after
                i++;
            } else if (t.is("من") && i + 1 < to && a.tok(i + 1).isWord() && SIDES.contains(a.tok(i + 1).text())) {
                i += 2;
            } else if (t.isWord() && !t.is("ل") && Outlets.at(a, i, to) != null && Outlets.at(a, i, to).endToken() < to) {
                i = Outlets.at(a, i, to).endToken(); // «قال لصحيفة الرأي وزير المالية»: the outlet, then the speaker
            } else if ((t.is("ل") || (t.isWord() && t.text().startsWith("لل") && t.text().length() > 3))
                    && i + 2 < to) {
                // «قال لـ«عكاظ» مدير التعليم»، «قال للصحفيين الوزير»: the addressee comes first
                int after = t.is("ل") && a.tok(i + 1).kind() == Token.Kind.MARK && a.termClose[i + 1] >= 0
                        ? a.termClose[i + 1] + 1 : i + (t.is("ل") ? 2 : 1);
                if (after < to && a.tok(after).isWord() && !FunctionWords.stopsName(a.tok(after).text())
                        && a.cues[after] == null) {
                    i = after;
                } else {
                    return i;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    /** «بحسب تصريحات مسؤولين»، «بحسب ما ذكرت الوزارة»: the speaker is after what they said. */
    private static int skipSpeechNouns(Article a, int i, int to) {
        while (i + 1 < to && a.tok(i).isWord() && FunctionWords.isSpeechNoun(a.tok(i).text())) {
            i++;
            if (a.cues[i] != null && a.cues[i].kind() == CueKind.VERB) {
                i = a.cues[i].endToken();
            }
        }
        if (i < to && a.cues[i] != null && a.cues[i].kind() == CueKind.VERB) {
            i = a.cues[i].endToken(); // «حسبما أفادت مصادر»
        }
        return i;
    }

    private static SpeakerMention mention(Article a, int first, int end) {
        if (end - first > 2 && a.tok(first).kind() == Token.Kind.MARK && a.termClose[first] == end - 1) {
            first++; // «وقال "المسند":»: the name without its marks
            end--;
        }
        return new SpeakerMention(first, end, a.tok(first).start(), a.tok(end - 1).end());
    }
}
