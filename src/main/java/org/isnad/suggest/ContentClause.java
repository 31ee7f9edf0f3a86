package org.isnad.suggest;

/**
 * The reported content after an opener: from after «أن/إن» (or from «أنه», whose pronoun is the
 * clause's subject) or a colon, to the end of the sentence, stopping early where the next
 * attribution starts («، مضيفاً أن …»، «، وفقاً لـ …») or direct speech begins.
 *
 * @param start folded offset of the first character
 * @param end   folded offset after the last character
 */
record ContentClause(int firstToken, int endToken, int start, int end) {

    /** Content opened by the complementizer or colon at token {@code opener}; null if there is none. */
    static ContentClause after(Article a, int opener, CueFrame.Opener kind) {
        Token o = a.tok(opener);
        int first;
        int startOffset;
        if (kind == CueFrame.Opener.COMPLEMENTIZER && FunctionWords.carriesPronoun(o.text())) {
            first = opener;
            startOffset = o.start() + (o.text().startsWith("ب") ? 1 : 0);
        } else {
            first = opener + 1;
            if (first >= a.size()) {
                return null;
            }
            startOffset = a.tok(first).start();
        }
        return from(a, first, startOffset, kind == CueFrame.Opener.COLON);
    }

    /**
     * Content from token {@code first}. Unmarked speech after a colon («مضيفاً: …») runs to the end
     * of the paragraph unless a new attribution sentence starts.
     */
    static ContentClause from(Article a, int first, int startOffset, boolean toParagraphEnd) {
        if (first >= a.size() || a.speechAt[first] != null || a.inSpeech[first]) {
            return null;
        }
        int j = first;
        while (j < a.size()) {
            Token t = a.tok(j);
            if (t.kind() == Token.Kind.PARAGRAPH) {
                break;
            }
            if (t.kind() == Token.Kind.STOP) {
                if (!toParagraphEnd || startsAttribution(a, j + 1)) {
                    break;
                }
            }
            if (a.speechAt[j] != null || a.inSpeech[j]) {
                break;
            }
            if (t.kind() == Token.Kind.MARK && a.termClose[j] >= 0) {
                j = a.termClose[j] + 1;
                continue;
            }
            if (t.kind() == Token.Kind.COMMA && (nextAttributionAfterComma(a, j + 1) || contrast(a, j + 1))) {
                break;
            }
            if (j > first && t.isWord() && CONTRASTS.contains(t.text()) && j + 1 < a.size() && a.cues[j + 1] != null
                    && a.cues[j + 1].kind() == CueKind.VERB) {
                break; // «… فيما تعهد المدير بإصلاح الخلل»: another report starts, with or without a comma
            }
            if (j > first + 2 && a.cues[j] != null && a.cues[j].kind() == CueKind.PARTICIPLE && !a.cues[j].word().continuation()
                    && a.tok(j - 1).isWord()) {
                break; // «… في التهوية مطالبين إدارة المطار بالتدخل»: the speakers' next act
            }
            if (j > first && a.cues[j] != null
                    && (a.cues[j].kind() == CueKind.VERB || a.cues[j].kind() == CueKind.PARTICIPLE)
                    && (a.cues[j].hasProclitic() || startsClause(a, j - 1)) && a.cueWithContent(j)) {
                if (a.tok(j - 1).isWord() && CLAUSE_LINKS.contains(a.tok(j - 1).text())) {
                    j--;
                }
                break; // «…، فيما حذر آخرون من أن …»: someone else's report starts
            }
            j++;
        }
        int end = j;
        while (end > first && !isContentEdge(a.tok(end - 1))) {
            end--;
        }
        if (a.words(first, end) < 2) {
            return null;
        }
        return new ContentClause(first, end, startOffset, a.tok(end - 1).end());
    }

    private static boolean isContentEdge(Token t) {
        return t.isWord() || t.kind() == Token.Kind.MARK
                || (t.kind() == Token.Kind.OTHER && (t.text().equals(")") || t.text().equals("%")));
    }

    /** «…، فيما رفض مسؤول التعليق»: a clause about something else starts. */
    private static boolean contrast(Article a, int n) {
        return n < a.size() && a.tok(n).isWord() && CONTRASTS.contains(a.tok(n).text())
                || a.isWord(n, "في") && a.isWord(n + 1, "حين");
    }

    private static final java.util.Set<String> CONTRASTS = FunctionWords.folded("فيما", "بينما");

    private static boolean startsClause(Article a, int before) {
        Token t = a.tok(before);
        if (t.kind() == Token.Kind.COMMA) {
            return true;
        }
        if (t.isWord() && CLAUSE_LINKS.contains(t.text())) {
            int b = before - 1;
            return b >= 0 && a.tok(b).kind() == Token.Kind.COMMA || b >= 0 && a.tok(b).isWord() && a.tok(b).is("في");
        }
        return false;
    }

    private static final java.util.Set<String> CLAUSE_LINKS = FunctionWords.folded("فيما", "بينما", "حين", "ثم", "كما", "حيث");

    /** «، مضيفاً»، «، وقال»، «، بحسب»، «، كما قال»: the clause is over. */
    static boolean nextAttributionAfterComma(Article a, int n) {
        if (n >= a.size()) {
            return false;
        }
        int k = a.isWord(n, "كما") ? n + 1 : n;
        if (k >= a.size()) {
            return false;
        }
        CueMatch cue = a.cues[k];
        if (cue == null) {
            return false;
        }
        switch (cue.kind()) {
            case PARTICIPLE:
                return true;
            case ACCORDING_TO:
            case AS_SAID:
                return true;
            case VERB:
            case IMPERSONAL:
            case SOURCE_VERB:
                return cue.hasProclitic() || k > n || a.cueWithContent(k);
            default:
                return false;
        }
    }

    /** A sentence that opens with its own attribution («وأضاف أن …») is not more of the last one. */
    private static boolean startsAttribution(Article a, int k) {
        if (k >= a.size()) {
            return false;
        }
        CueMatch cue = a.cues[k];
        return cue != null && cue.kind() != CueKind.VERBAL_NOUN && a.cueWithContent(k);
    }
}
