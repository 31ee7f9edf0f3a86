package org.isnad.suggest;

/**
 * What follows a cue up to the start of what was said: the speaker's zone, perhaps a nested
 * source («عن مصادر قولها»), and the opener (أن/إن، a colon, or a quotation mark of direct speech).
 *
 * @param zoneStart first token after the cue
 * @param opener    token of the opener, or -1 when the cue introduces nothing here
 * @param nestedAt  token of «عن» that introduces a source the speaker cites, or -1
 * @param innerCue  the cited source's own cue («قولها»), or null
 */
record CueFrame(CueMatch cue, int zoneStart, int opener, Opener kind, int nestedAt, CueMatch innerCue) {

    enum Opener { NONE, COMPLEMENTIZER, COLON, DIRECT_SPEECH }

    /** How far after the cue its content may start: names, titles and appositions fit in this. */
    static final int REACH = 25;

    boolean hasOpener() {
        return kind != Opener.NONE;
    }

    static CueFrame read(Article a, CueMatch cue) {
        int zoneStart = cue.endToken();
        if (cue.kind() == CueKind.SOURCE_VERB) {
            zoneStart++; // «جاء في» + the document
        }
        int nestedAt = -1;
        CueMatch inner = null;
        int j = zoneStart;
        int limit = Math.min(a.size(), zoneStart + REACH);
        while (j < limit) {
            Token t = a.tok(j);
            if (t.endsSentence()) {
                break;
            }
            if (a.speechAt[j] != null) {
                return new CueFrame(cue, zoneStart, j, Opener.DIRECT_SPEECH, nestedAt, inner);
            }
            if (a.inSpeech[j]) {
                break;
            }
            if (t.kind() == Token.Kind.MARK) {
                if (a.termClose[j] < 0) {
                    break;
                }
                j = a.termClose[j] + 1;
                continue;
            }
            if (t.kind() == Token.Kind.COLON) {
                return new CueFrame(cue, zoneStart, j, Opener.COLON, nestedAt, inner);
            }
            if (t.isWord()) {
                if (FunctionWords.isComplementizer(t.text())) {
                    Token prev = a.tok(j - 1);
                    if (prev.isWord() && (FunctionWords.blocksComplementizer(prev.text())
                            || FunctionWords.isPreposition(prev.text())
                            && !cue.word().prepositions().contains(prev.text()))) {
                        break; // «على أن»، «بعد أن»: not what the cue introduces
                    }
                    return new CueFrame(cue, zoneStart, j, Opener.COMPLEMENTIZER, nestedAt, inner);
                }
                if (t.is("عن") && nestedAt < 0 && (cue.word().lemma().equals("نقل") || a.isWord(j - 1, "نقلا"))) {
                    nestedAt = j;
                }
                CueMatch other = a.cues[j];
                if (other != null) {
                    if (other.kind() == CueKind.VERBAL_NOUN) {
                        inner = other;
                        j = other.endToken();
                        continue;
                    }
                    if (!(other.kind() == CueKind.ACCORDING_TO && other.word().lemma().equals("نقلا"))) {
                        break; // another cue takes over from here
                    }
                }
            }
            j++;
        }
        return new CueFrame(cue, zoneStart, -1, Opener.NONE, nestedAt, inner);
    }
}
