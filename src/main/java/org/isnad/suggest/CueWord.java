package org.isnad.suggest;

import java.util.Set;

/**
 * What the lexicon knows about one inflected cue form.
 *
 * @param lemma          the dictionary form, e.g. «قال» for «وقالت»
 * @param prepositions   prepositions the verb governs before its content («أشار إلى أن»، «حذر من أن»)
 * @param belief         a verb of belief or expectation rather than of saying («يعتقد»، «توقع»)
 * @param continuation   a verb that typically continues the previous speaker («أضاف»، «تابع»)
 * @param needsProclitic ambiguous without «و»/«ف» in front («بين» is also "between")
 */
record CueWord(String lemma, CueKind kind, Gender gender, Set<String> prepositions,
               boolean belief, boolean continuation, boolean needsProclitic) {

    CueWord withGender(Gender g) {
        return new CueWord(lemma, kind, g, prepositions, belief, continuation, needsProclitic);
    }
}
