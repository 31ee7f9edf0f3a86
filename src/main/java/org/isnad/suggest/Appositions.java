package org.isnad.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.text.ArabicFolding;

/**
 * Titles in apposition to a name. «قال رئيس الوزراء، وزير الدفاع، سالم الحربي، إن …» names one person,
 * «سالم الحربي»: the mention is the name, and the titles in front of it, comma-separated or not
 * («وزير التعليم الدكتور عزام الدخيل»), or after it between commas («سالم الحربي، وزير الدفاع، إن»), are
 * that person's roles, not actors of their own.
 */
final class Appositions {
    /** Harakat, tatweel and the superscript alef are not part of a title. */
    private static final java.util.regex.Pattern MARKS = QuoteSuggester.MARKS;

    private Appositions() {
    }

    /**
     * A mention made of titles only, followed by a comma and more of the chain («رئيس الوزراء، وزير الدفاع،
     * سالم الحربي»), becomes the name at the chain's end, with {@code titleFrom} at the first title. Anything
     * else (an adjunct, a clause, titles with no name) leaves the mention as it is.
     */
    static SpeakerMention extend(Article a, SpeakerMention m, int to, CueMatch cue) {
        if (!titlesOnly(a, m)) {
            return m;
        }
        int comma = m.endToken();
        if (comma + 1 >= to || a.tok(comma).kind() != Token.Kind.COMMA) {
            return m;
        }
        SpeakerMention next = SpeakerFinder.after(a, comma + 1, to, cue);
        if (next == null || next.titleFrom() != comma + 1 || titlesOnly(a, next)) {
            return m;
        }
        return new SpeakerMention(next.firstToken(), next.endToken(), next.start(), next.end(), m.titleFrom());
    }

    /** The titles a mention gives its person, as written (harakat and tatweel removed), each once, in order. */
    static List<String> roles(Article a, SpeakerMention m) {
        Map<String, String> byFolded = new LinkedHashMap<>();
        int segment = m.titleFrom();
        for (int i = m.titleFrom(); i < m.firstToken(); i++) {
            if (a.tok(i).kind() == Token.Kind.COMMA) {
                add(a, segment, i, byFolded);
                segment = i + 1;
            }
        }
        add(a, segment, m.firstToken(), byFolded);
        String[] words = words(a, m.firstToken(), m.endToken());
        if (words != null && words.length > 1 && MentionChains.isTitle(words[0])) {
            int start = MentionChains.nameStart(words);
            if (start > 0) {
                add(a, m.firstToken(), m.firstToken() + start, byFolded);
            }
        }
        trailing(a, m.endToken(), byFolded);
        return new ArrayList<>(byFolded.values());
    }

    /** Titles after the name, between commas: «قال سالم الحربي، وزير الدفاع، إن …». */
    private static void trailing(Article a, int j, Map<String, String> byFolded) {
        for (int segments = 0; segments < 3 && j < a.size() && a.tok(j).kind() == Token.Kind.COMMA; segments++) {
            int end = j + 1;
            while (end < a.size() && end - j <= 8 && a.tok(end).isWord() && a.cues[end] == null
                    && !FunctionWords.isComplementizer(a.tok(end).text()) && !FunctionWords.stopsName(a.tok(end).text())) {
                end++;
            }
            String[] w = words(a, j + 1, end);
            if (w == null || !MentionChains.isTitle(w[0]) || MentionChains.nameStart(w) >= 0 || end >= a.size()) {
                return;
            }
            Token stop = a.tok(end);
            if (!(stop.kind() == Token.Kind.COMMA || stop.kind() == Token.Kind.COLON
                    || stop.isWord() && FunctionWords.isComplementizer(stop.text()))) {
                return; // «قال سالم الحربي، وزير الدفاع السابق في …»: not an apposition that closes
            }
            add(a, j + 1, end, byFolded);
            j = end;
        }
    }

    private static void add(Article a, int from, int to, Map<String, String> byFolded) {
        while (to > from && a.tok(to - 1).isWord() && FunctionWords.isHonorific(a.tok(to - 1).text())) {
            to--; // «وزير التعليم الدكتور»: the honorific belongs to the name
        }
        if (to <= from || words(a, from, to) == null) {
            return;
        }
        String shown = a.stored.substring(a.stored(a.tok(from).start(), a.tok(to - 1).end()).start(),
                a.stored(a.tok(from).start(), a.tok(to - 1).end()).end());
        String role = QuoteSuggester.SPACES.matcher(MARKS.matcher(shown).replaceAll("")).replaceAll(" ").strip();
        if (!role.isEmpty()) {
            byFolded.putIfAbsent(ArabicFolding.foldQuery(role), role);
        }
    }

    /** Whether the mention is titles with no name («رئيس الوزراء»، «المتحدث الرسمي»). */
    static boolean titlesOnly(Article a, SpeakerMention m) {
        String[] words = words(a, m.firstToken(), m.endToken());
        return words != null && MentionChains.isTitle(words[0]) && MentionChains.nameStart(words) < 0;
    }

    /** The folded words of tokens [from, to), or null when one of them is not a word. */
    private static String[] words(Article a, int from, int to) {
        if (to <= from) {
            return null;
        }
        String[] w = new String[to - from];
        for (int i = from; i < to; i++) {
            if (!a.tok(i).isWord()) {
                return null;
            }
            w[i - from] = a.tok(i).text();
        }
        return w;
    }
}
