package org.isnad.suggest;

import java.util.List;
import java.util.Set;
import org.isnad.domain.QuoteType;

/**
 * Direct speech: text in quotation marks that someone says. A name or term in quotes («داعش»،
 * لـ«عكاظ»، وقال "المسند":) is not speech: short marked text counts only right after a cue and a
 * colon; middling text needs a cue or colon next to it; long text is speech unless it is a title.
 * A mark left open ends where the next attribution or quotation starts, else at the paragraph end.
 */
final class DirectQuoteFinder {

    /** Up to this many words, quoted text is a name or a term unless a cue and colon introduce it. */
    private static final int TERM_WORDS = 3;
    /** From this many words on, quoted text is speech even without a cue next to it. */
    private static final int SPEECH_WORDS = 7;
    /** How far back a cue may stand from the opening mark. */
    private static final int CUE_REACH = 30;
    private static final Set<String> TITLE_WORDS = FunctionWords.folded("بعنوان", "عنوان", "شعار", "وسم", "هاشتاغ",
            "هاشتاق", "كتاب", "كتابه", "رواية", "فيلم", "مسلسل", "برنامج", "عملية", "حملة", "مبادرة", "اسم", "مسمى",
            "تسمية", "لقب", "مصطلح", "عبارة", "كلمة", "قانون", "مشروع", "مؤتمر", "منتدى", "تحت", "شعارها", "شعاره",
            "أغنية", "قصيدة", "مقال", "مقالة", "صحيفة", "وكالة", "قناة", "موقع", "مجلة", "حزب", "حركة", "تنظيم",
            "جماعة", "تحالف", "ائتلاف", "منظمة", "جمعية");

    private DirectQuoteFinder() {
    }

    static void find(Article a, List<Draft> out) {
        List<MarkedSpan> spans = QuotationMarks.pair(a.tokens, a.markTokens, a.foldedChars, a.foldedLength);
        boolean[] opens = new boolean[a.size()];
        for (MarkedSpan s : spans) {
            opens[s.open()] = true;
        }
        int speechEnd = -1;
        for (MarkedSpan s : spans) {
            if (s.open() < speechEnd) {
                continue; // inside direct speech already
            }
            int contentEnd = s.closed() ? s.close() : openEnd(a, s.open(), opens);
            int words = a.words(s.open() + 1, contentEnd);
            if (words == 0) {
                continue;
            }
            int preCue = cueBefore(a, s.open());
            int postCue = s.closed() ? cueAfter(a, s.close()) : -1;
            boolean colon = s.open() > 0 && a.tok(s.open() - 1).kind() == Token.Kind.COLON;
            boolean adjacent = preCue >= 0 && opensDirectly(a, preCue, s.open());
            boolean speech;
            if (titled(a, s.open())) {
                speech = false;
            } else if (words <= TERM_WORDS) {
                // «"نحن مستعدون"، قال الوزير»: a short quote that opens the sentence and is attributed after it
                speech = colon && adjacent || postCue >= 0 && a.sentenceStart(s.open()) == s.open();
            } else if (words < SPEECH_WORDS) {
                speech = colon || adjacent || postCue >= 0;
            } else {
                speech = true;
            }
            int last = s.closed() ? s.close() : contentEnd - 1;
            if (!speech) {
                if (s.closed()) {
                    a.termClose[s.open()] = s.close();
                    a.termOpen[s.close()] = s.open();
                }
                continue;
            }
            a.speechAt[s.open()] = s;
            for (int i = s.open(); i <= last; i++) {
                a.inSpeech[i] = true;
            }
            speechEnd = last + 1;
            int end = contentEnd;
            while (end > s.open() + 1 && !s.closed() && a.tok(end - 1).kind() == Token.Kind.COMMA) {
                end--;
            }
            // the quote excludes its marks and any space just inside them
            int start = a.tok(s.open() + 1).start();
            int stop = a.tok(end - 1).end();
            CueMatch cue = preCue >= 0 ? a.cues[preCue] : postCue >= 0 ? a.cues[postCue] : null;
            double confidence = preCue >= 0 ? (colon || adjacent ? 0.95 : 0.85) : postCue >= 0 ? 0.85 : 0.6;
            if (!s.closed()) {
                confidence -= 0.15;
            }
            Draft d = new Draft(QuoteType.DIRECT, start, stop, s.open(), cue, confidence);
            d.postposed = preCue < 0 && postCue >= 0;
            out.add(d);
        }
        a.forgetFrames();
    }

    /** Where an unclosed quotation ends: before «، مشيراً إلى …», at the next opening mark, or at the paragraph end. */
    private static int openEnd(Article a, int open, boolean[] opens) {
        int j = open + 1;
        while (j < a.size()) {
            Token t = a.tok(j);
            if (t.kind() == Token.Kind.PARAGRAPH || opens[j]) {
                break;
            }
            if (t.kind() == Token.Kind.COMMA && ContentClause.nextAttributionAfterComma(a, j + 1)) {
                break;
            }
            j++;
        }
        return j;
    }

    /** The nearest cue before the opening mark in the same sentence, names in quotes skipped. */
    private static int cueBefore(Article a, int open) {
        int verbalNoun = -1;
        for (int j = open - 1, steps = 0; j >= 0 && steps < CUE_REACH; j--, steps++) {
            Token t = a.tok(j);
            if (t.endsSentence() || a.inSpeech[j]) {
                break;
            }
            if (t.kind() == Token.Kind.MARK) {
                if (a.termOpen[j] < 0) {
                    break;
                }
                j = a.termOpen[j];
                continue;
            }
            CueMatch c = a.cues[j];
            if (c != null && c.kind() != CueKind.AS_SAID) {
                if (c.kind() != CueKind.VERBAL_NOUN) {
                    return j;
                }
                if (verbalNoun < 0) {
                    verbalNoun = j;
                }
            }
        }
        return verbalNoun;
    }

    /** «"…" كما قالت …»، «"…"، قال …»، «"…"، بحسب …»: the speaker named after the quote. */
    private static int cueAfter(Article a, int close) {
        int j = close + 1;
        while (j < a.size() && (a.tok(j).kind() == Token.Kind.COMMA || a.tok(j).kind() == Token.Kind.OTHER)) {
            j++;
        }
        if (a.isWord(j, "كما")) {
            j++;
        }
        if (j >= a.size() || a.cues[j] == null) {
            return -1;
        }
        CueMatch c = a.cues[j];
        boolean fits = switch (c.kind()) {
            case VERB, ACCORDING_TO, AS_SAID -> true;
            default -> false;
        };
        return fits && !a.frame(j).hasOpener() ? j : -1;
    }

    /** Whether the cue's own frame reaches this mark (possibly through a colon or «إن»). */
    private static boolean opensDirectly(Article a, int cue, int open) {
        a.speechAt[open] = new MarkedSpan(open, -1); // let the frame see the mark as speech
        CueFrame f = CueFrame.read(a, a.cues[cue]);
        a.speechAt[open] = null;
        if (!f.hasOpener()) {
            return false;
        }
        return f.opener() == open || f.opener() == open - 1;
    }

    private static boolean titled(Article a, int open) {
        int j = open - 1;
        if (a.isWord(j, "ل") || a.isWord(j, "ب")) {
            j--;
        }
        return j >= 0 && a.tok(j).isWord() && TITLE_WORDS.contains(a.tok(j).text());
    }
}
