package org.isnad.agreement;

import java.util.List;

/**
 * The figures of one document. {@code alone} is set when fewer than two of the compared analysts worked on it:
 * the report says so instead of leaving the document out.
 */
public record DocumentAgreement(String documentId, List<String> analysts, List<PairFigures> pairs, Undefined alone) {
    public DocumentAgreement {
        analysts = List.copyOf(analysts);
        pairs = List.copyOf(pairs);
    }
}
