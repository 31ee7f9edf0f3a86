package org.isnad.suggest;

import org.isnad.domain.QuoteType;

/** A quote being put together by the finders, in folded offsets; becomes a {@link Suggestion}. */
final class Draft {
    final QuoteType type;
    final int start;
    final int end;
    /** Token where the quote (or, for nested ones, its frame) begins: document order. */
    final int firstToken;
    final CueMatch cue;
    SpeakerMention speaker;
    String actorName;
    Gender gender;
    Draft parent;
    double confidence;
    /** «قيل إن»: nobody is named and nobody should be guessed. */
    boolean impersonal;
    /** The titles the speaker's mention gives its person («رئيس الوزراء، وزير الدفاع، …»). */
    java.util.List<String> roles = java.util.List.of();
    /** The outlet the speaker spoke to («لوكالة …»): the outer source; null when none. */
    SpeakerMention outlet;
    /** The cue and speaker come after the quote («"…" كما قالت …»). */
    boolean postposed;

    Draft(QuoteType type, int start, int end, int firstToken, CueMatch cue, double confidence) {
        this.type = type;
        this.start = start;
        this.end = end;
        this.firstToken = firstToken;
        this.cue = cue;
        this.confidence = confidence;
        this.gender = cue == null ? Gender.UNKNOWN : cue.word().gender();
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
