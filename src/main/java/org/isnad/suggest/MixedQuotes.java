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

    private MixedQuotes() {
    }

    static List<Draft> merge(Article a, List<Draft> drafts) {
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
                    || next.cue.start() >= d.start && next.cue.end() <= d.end) && !isParent(drafts, next)) {
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

    /** Only a comma (which must be there: «…، "وكل من …"») and spaces and marks between the two. */
    private static boolean onlyPunctuation(Article a, int from, int to) {
        boolean comma = false;
        for (int i = from; i < to; i++) {
            char c = a.folded.text().charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            comma |= c == '،' || c == ',';
        }
        return comma;
    }

    private static boolean isParent(List<Draft> drafts, Draft d) {
        return drafts.stream().anyMatch(o -> o.parent == d);
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
