package org.isnad.suggest;

/**
 * A cue found in the text: tokens [firstToken, endToken) and the folded range of the cue itself
 * (an attached «و» or «ف» is left out, as analysts do).
 */
record CueMatch(int firstToken, int endToken, int start, int end, CueWord word, boolean hasProclitic) {

    CueKind kind() {
        return word.kind();
    }

    /** The same cue found in a list of tokens that has {@code tokens} more tokens in front. */
    CueMatch shifted(int tokens) {
        return new CueMatch(firstToken + tokens, endToken + tokens, start, end, word, hasProclitic);
    }
}
