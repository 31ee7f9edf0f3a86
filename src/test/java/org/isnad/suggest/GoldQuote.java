package org.isnad.suggest;

import org.isnad.text.TextRange;

/** One quote as annotated by hand: its span, cue, speaker mention (null for a continuation) and actor. */
record GoldQuote(String type, TextRange quote, TextRange cue, TextRange speaker, String actor, Integer parent) {
}
