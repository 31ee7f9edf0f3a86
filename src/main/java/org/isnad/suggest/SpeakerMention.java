package org.isnad.suggest;

/**
 * Who is speaking, as named in the text: tokens [firstToken, endToken) and folded [start, end).
 * {@code titleFrom} is where an apposition chain of titles in front of it begins («رئيس الوزراء، وزير
 * الدفاع، سالم الحربي»: the token of «رئيس»); {@code firstToken} when there is none.
 */
record SpeakerMention(int firstToken, int endToken, int start, int end, int titleFrom) {

    SpeakerMention(int firstToken, int endToken, int start, int end) {
        this(firstToken, endToken, start, end, firstToken);
    }
}
