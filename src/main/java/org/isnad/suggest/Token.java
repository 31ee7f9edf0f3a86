package org.isnad.suggest;

/** One word or punctuation mark of the folded text, with its folded offsets [start, end). */
record Token(Kind kind, int start, int end, String text) {

    enum Kind {
        WORD, COMMA, COLON,
        /** . ! ? ؟ that end a sentence */
        STOP,
        /** one or more line breaks */
        PARAGRAPH,
        /** a quotation mark */
        MARK,
        OTHER
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    /** Where a sentence (or its paragraph) ends. */
    boolean endsSentence() {
        return kind == Kind.STOP || kind == Kind.PARAGRAPH;
    }
}
