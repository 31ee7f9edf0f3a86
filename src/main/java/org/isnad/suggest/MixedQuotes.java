package org.isnad.suggest;

import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.QuoteType;

/**
 * A reported clause with a quoted fragment is one mixed quote: «قال إن رئيس المجلس طالب بإقالة
 * الوزير، "وكل من يثبت تقصيره"» (the fragment closes the clause: the two drafts become one) and
 * «قال إنه ما زال يعتبر الأمر “غير مقبول بتاتا” بمقتضى القانون» (the fragment is inside it).
 */
final class MixedQuotes {
    /** Between a clause's end and the fragment's opening mark: a comma, spaces and the mark. */
    private static final int GAP = 4;

    /** «… أن اللقاء سيكون محط الأنظار «وإن كنت أرشح النصر»»: quoted text that opens a clause of its own is a quote of its own. */
    private static final java.util.Set<String> NEW_CLAUSE = FunctionWords.folded("وإن", "فإن", "ولكن", "لكن", "بل",
            "وإذا", "فإذا", "ولو", "وقد", "فقد", "وأنا", "أنا", "ونحن", "نحن", "وإنني", "وإننا");

    private MixedQuotes() {
    }

    static List<Draft> merge(Article a, List<Draft> drafts) {
        drafts = reportedThenQuoted(a, drafts);
        java.util.Set<Draft> parents = parents(drafts);
        List<Draft> out = new ArrayList<>(drafts.size());
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (d.type != QuoteType.INDIRECT || d.impersonal) {
                out.add(d);
                continue;
            }
            Draft next = k + 1 < drafts.size() ? drafts.get(k + 1) : null;
            if (next != null && next.type == QuoteType.DIRECT && next.start > d.start && next.start >= d.end
                    && next.start - d.end <= GAP && onlyPunctuation(a, d.end, next.start)
                    && (next.cue == null || next.cue.equals(d.cue) || next.cue.start() < d.start
                    || next.cue.start() >= d.start && next.cue.end() <= d.end) && !parents.contains(next)) {
                out.add(copy(d, QuoteType.MIXED, d.start, next.end));
                k++;
            } else if (holdsFragment(a, d)) {
                out.add(copy(d, QuoteType.MIXED, d.start, d.end));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * «قال إن الحكومة "لن تتراجع عن قرارها …" مؤكدا …»: direct speech that opens inside a clause its own cue
     * reports (words between «إن» and the mark) is one mixed quote with that clause, from after «إن» through the
     * fragment and whatever of the clause follows it; not a reported clause and a direct quote side by side.
     */
    private static List<Draft> reportedThenQuoted(Article a, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        java.util.Set<Draft> parents = parents(drafts);
        boolean changed = false;
        for (int k = 0; k < out.size(); k++) {
            Draft d = out.get(k);
            if (d.type != QuoteType.DIRECT || d.cue == null || d.postposed || d.cue.firstToken() >= d.firstToken
                    || a.inSpeech[d.cue.firstToken()] || parents.contains(d)) {
                continue;
            }
            CueFrame f = a.frame(d.cue.firstToken());
            if (f.kind() != CueFrame.Opener.COMPLEMENTIZER || f.opener() >= d.firstToken) {
                continue;
            }
            int open = d.firstToken;
            boolean pronoun = FunctionWords.carriesPronoun(a.tok(f.opener()).text());
            if (!sameClause(a, f.opener() + 1, open) || (a.words(f.opener() + 1, open) == 0 && !pronoun)
                    || open + 1 < a.size() && a.tok(open + 1).isWord() && NEW_CLAUSE.contains(a.tok(open + 1).text())) {
                continue;
            }
            Token o = a.tok(f.opener());
            int start = pronoun ? o.start() + (o.text().startsWith("ب") ? 1 : 0) : a.tok(f.opener() + 1).start();
            int end = afterFragment(a, open, d.end);
            Draft m = copy(d, QuoteType.MIXED, start, end);
            out.set(k, m);
            changed = true;
            for (int i = k - 1; i >= 0 && out.get(i).start >= start; i--) {
                Draft e = out.get(i);
                if (e.type == QuoteType.INDIRECT && d.cue.equals(e.cue) && e.start >= start && e.end <= d.start) {
                    out.remove(i); // the reported part is inside the mixed quote now
                    k--;
                }
            }
        }
        if (!changed) {
            return drafts;
        }
        out.sort(java.util.Comparator.comparingInt((Draft d) -> d.start).thenComparingInt(d -> d.firstToken));
        return out;
    }

    /** No sentence end, paragraph or other quotation between the two tokens. */
    private static boolean sameClause(Article a, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = a.tok(i);
            if (t.endsSentence() || t.kind() == Token.Kind.COLON || a.inSpeech[i]) {
                return false;
            }
        }
        return true;
    }

    /** The end of the mixed quote: the rest of the clause after the closing mark, else the fragment's end. */
    private static int afterFragment(Article a, int open, int fragmentEnd) {
        int close = -1;
        for (int i = open + 1; i < a.size(); i++) {
            if (a.tok(i).kind() == Token.Kind.MARK && a.tok(i).start() >= fragmentEnd) {
                close = i;
                break;
            }
            if (a.tok(i).start() >= fragmentEnd && !a.inSpeech[i]) {
                break;
            }
        }
        if (close < 0) {
            return fragmentEnd;
        }
        int withMark = a.tok(close).end(); // the quote does not leave its closing mark out
        int next = close + 1;
        if (next >= a.size() || !a.tok(next).isWord() || a.cues[next] != null) {
            return withMark;
        }
        ContentClause rest = ContentClause.from(a, next, a.tok(next).start(), false);
        return rest == null ? withMark : Math.max(withMark, rest.end());
    }

    /** Only a comma (which must be there: «…، "وكل من …"») and spaces and marks between the two. */
    private static boolean onlyPunctuation(Article a, int from, int to) {
        boolean comma = false;
        for (int i = from; i < to; i++) {
            char c = a.foldedChars[i];
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            comma |= c == '،' || c == ',';
        }
        return comma;
    }

    /** The drafts some other draft is nested in (by identity), found once rather than by a scan per draft. */
    private static java.util.Set<Draft> parents(List<Draft> drafts) {
        java.util.Set<Draft> parents = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Draft d : drafts) {
            if (d.parent != null) {
                parents.add(d.parent);
            }
        }
        return parents;
    }

    /** A quoted fragment of two words or more inside the clause (not at its start: that is direct speech). */
    private static boolean holdsFragment(Article a, Draft d) {
        for (int i = Math.max(0, d.firstToken); i < a.size() && a.tok(i).start() < d.end; i++) {
            int close = a.termClose[i];
            if (close >= 0 && a.tok(i).start() > d.start && a.tok(close).end() <= d.end && close - i >= 3) {
                return true;
            }
        }
        return false;
    }

    private static Draft copy(Draft d, QuoteType type, int start, int end) {
        Draft m = new Draft(type, start, end, d.firstToken, d.cue, d.confidence);
        m.speaker = d.speaker;
        m.actorName = d.actorName;
        m.gender = d.gender;
        m.parent = d.parent;
        m.impersonal = d.impersonal;
        m.postposed = d.postposed;
        return m;
    }
}
