package org.isnad.domain;

/** Direct speech in quotation marks, reported speech, or a mix of both. */
public enum QuoteType {
    DIRECT, INDIRECT, MIXED
}
