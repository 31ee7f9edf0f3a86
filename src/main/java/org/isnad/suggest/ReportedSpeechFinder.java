package org.isnad.suggest;

import java.util.List;
import org.isnad.domain.QuoteType;

/**
 * Reported speech: a cue whose frame reaches «أن/إن» or a colon, and the content clause after it.
 * An outlet citing a source («نقلت وكالة رويترز عن مصادر قولها إن …») gives two attributions of
 * the same content, the source's nested in the outlet's.
 */
final class ReportedSpeechFinder {

    private ReportedSpeechFinder() {
    }

    static void find(Article a, List<Draft> out) {
        boolean[] used = new boolean[a.size()];
        int reportedUntil = -1;
        for (int i : a.cueTokens) {
            CueMatch cue = a.cues[i];
            // a cue inside reported content («قال إنه يرى أن …») is part of what was reported
            if (cue == null || a.inSpeech[i] || used[i] || i < reportedUntil) {
                continue;
            }
            switch (cue.kind()) {
                case VERB, PARTICIPLE, IMPERSONAL, SOURCE_VERB, VERBAL_NOUN -> { }
                default -> {
                    continue;
                }
            }
            CueFrame f = a.frame(i);
            if (f.kind() != CueFrame.Opener.COMPLEMENTIZER && f.kind() != CueFrame.Opener.COLON) {
                continue;
            }
            ContentClause content = ContentClause.after(a, f.opener(), f.kind());
            if (content == null) {
                continue;
            }
            reportedUntil = content.endToken();
            double confidence = confidence(cue, f);
            Draft outer = new Draft(QuoteType.INDIRECT, content.start(), content.end(), i, cue, confidence);
            outer.impersonal = cue.kind() == CueKind.IMPERSONAL;
            int nameEnd = f.nestedAt() >= 0 ? f.nestedAt() : f.innerCue() != null ? f.innerCue().firstToken() : f.opener();
            outer.speaker = cue.kind() == CueKind.IMPERSONAL ? null : SpeakerFinder.after(a, f.zoneStart(), nameEnd, cue);
            out.add(outer);
            if (f.innerCue() != null) {
                used[f.innerCue().firstToken()] = true;
            }
            if (f.nestedAt() >= 0) {
                int innerEnd = f.innerCue() != null ? f.innerCue().firstToken() : f.opener();
                CueMatch innerCue = f.innerCue() != null ? f.innerCue()
                        : a.isWord(f.nestedAt() - 1, "نقلا") ? a.cues[f.nestedAt() - 1] : null;
                Draft inner = new Draft(QuoteType.INDIRECT, content.start(), content.end(), f.nestedAt() - 1,
                        innerCue, confidence - 0.05);
                inner.speaker = SpeakerFinder.after(a, f.nestedAt() + 1, innerEnd, cue);
                inner.parent = outer;
                if (innerCue == null) {
                    inner.gender = Gender.UNKNOWN;
                }
                out.add(inner);
            }
        }
    }

    private static double confidence(CueMatch cue, CueFrame f) {
        double c = switch (cue.kind()) {
            case VERB -> 0.8;
            case PARTICIPLE -> 0.75;
            case SOURCE_VERB -> 0.7;
            case VERBAL_NOUN -> 0.65;
            default -> 0.6;
        };
        if (cue.word().belief()) {
            c -= 0.15;
        }
        if (f.kind() == CueFrame.Opener.COLON) {
            c -= 0.05;
        }
        return c;
    }
}
