package org.isnad.suggest;

/** Who is speaking, as named in the text: tokens [firstToken, endToken) and folded [start, end). */
record SpeakerMention(int firstToken, int endToken, int start, int end) {
}
