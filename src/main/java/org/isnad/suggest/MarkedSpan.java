package org.isnad.suggest;

/** Text between a pair of quotation marks (token indices); {@code close} is -1 when the mark is never closed. */
record MarkedSpan(int open, int close) {

    boolean closed() {
        return close >= 0;
    }
}
