package org.isnad.suggest;

import java.util.List;
import org.isnad.domain.QuoteType;

/**
 * Attributions by a phrase rather than a verb: «بحسب …»، «وفقاً لـ …»، «نقلاً عن …»، «حسبما
 * أفادت …»، «كما قال …»، «على حد قوله». In front of the sentence the content follows the source
 * («وبحسب المصادر، فإن …»); after it, the content is what came before («…، بحسب مسؤولين»).
 * Content some verb cue already attributes is not attributed twice.
 */
final class AccordingToFinder {

    private AccordingToFinder() {
    }

    static void find(Article a, List<Draft> out) {
        DraftSpans spans = new DraftSpans(out);
        for (int i : a.cueTokens) {
            CueMatch cue = a.cues[i];
            if (cue == null || a.inSpeech[i]) {
                continue;
            }
            boolean phrase = cue.kind() == CueKind.ACCORDING_TO || cue.kind() == CueKind.AS_SAID;
            boolean asVerb = (cue.kind() == CueKind.VERB || cue.kind() == CueKind.SOURCE_VERB)
                    && a.isWord(i - 1, "كما") && !a.frame(i).hasOpener(); // «…، كما جاء في البيان»
            if (!phrase && !asVerb) {
                continue;
            }
            int lead = leadingEnd(a, a.sentenceStart(i));
            Draft d = lead >= i ? front(a, cue) : back(a, cue, lead, spans);
            if (d != null) {
                out.add(d);
                spans.add(d);
            }
        }
    }

    /** «وبحسب المصادر، فإن الخطة …»: the source, a comma (or «فإن»), then the content. */
    private static Draft front(Article a, CueMatch cue) {
        if (cue.kind() == CueKind.AS_SAID) {
            return null;
        }
        int j = cue.endToken();
        int limit = Math.min(a.size(), j + CueFrame.REACH);
        while (j < limit) {
            Token t = a.tok(j);
            if (t.endsSentence() || a.inSpeech[j]) {
                return null;
            }
            if (t.kind() == Token.Kind.COMMA || t.kind() == Token.Kind.COLON || t.isWord() && isThen(t.text())) {
                break;
            }
            if (t.kind() == Token.Kind.MARK && a.termClose[j] >= 0) {
                j = a.termClose[j] + 1;
                continue;
            }
            j++;
        }
        if (j >= limit) {
            return null;
        }
        SpeakerMention speaker = SpeakerFinder.after(a, cue.endToken(), j, cue);
        if (speaker == null) {
            return null;
        }
        int first = j;
        Token t = a.tok(j);
        if (!t.isWord()) {
            first++;
        }
        while (first < a.size() && a.tok(first).isWord() && isThen(a.tok(first).text())
                && !FunctionWords.carriesPronoun(a.tok(first).text().substring(1))) {
            first++; // «فإن» itself is not said
        }
        if (first >= a.size()) {
            return null;
        }
        Token f = a.tok(first);
        int startOffset = f.start() + (f.isWord() && isThen(f.text()) ? 1 : 0);
        ContentClause content = ContentClause.from(a, first, startOffset, false);
        if (content == null) {
            return null;
        }
        Draft d = new Draft(QuoteType.INDIRECT, content.start(), content.end(), cue.firstToken(), cue, 0.7);
        d.speaker = speaker;
        return d;
    }

    /** «…، بحسب تأكيدات مسؤولين أميركيين»: the content is the sentence before the cue. */
    private static Draft back(Article a, CueMatch cue, int lead, DraftSpans spans) {
        boolean verb = cue.kind() == CueKind.VERB || cue.kind() == CueKind.SOURCE_VERB;
        int first = verb ? cue.firstToken() - 1 : cue.firstToken();
        int end = first;
        while (end > lead && !isEdge(a.tok(end - 1))) {
            end--;
        }
        if (a.words(lead, end) < 3) {
            return null;
        }
        for (int k = lead; k < end; k++) {
            if (a.inSpeech[k] || (a.cues[k] != null && a.cueWithContent(k))) {
                return null; // already someone's quote
            }
        }
        int start = a.tok(lead).start();
        int stop = a.tok(end - 1).end();
        if (spans.overlap(start, stop)) {
            return null;
        }
        Draft d = new Draft(QuoteType.INDIRECT, start, stop, lead, cue, 0.6);
        d.postposed = true;
        if (cue.kind() != CueKind.AS_SAID) {
            int from = cue.endToken() + (cue.kind() == CueKind.SOURCE_VERB ? 1 : 0); // «جاء في» + the document
            int nameEnd = Math.min(a.size(), from + CueFrame.REACH);
            d.speaker = SpeakerFinder.after(a, from, nameEnd, cue);
            if (d.speaker == null) {
                return null;
            }
        }
        return d;
    }

    /** After the sentence's opening connectives and punctuation («لكن»، «وفي المقابل،» is not skipped). */
    private static int leadingEnd(Article a, int s) {
        int j = s;
        while (j < a.size()) {
            Token t = a.tok(j);
            if (t.kind() == Token.Kind.COMMA || t.kind() == Token.Kind.OTHER
                    || (t.isWord() && FunctionWords.isConnective(t.text()))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isThen(String w) {
        return w.equals("فان") || w.equals("فانه") || w.equals("فانها") || w.equals("فانهم");
    }

    private static boolean isEdge(Token t) {
        return t.isWord() || t.kind() == Token.Kind.MARK;
    }
}
