package org.isnad.agreement;

import java.util.List;

/** Agreement over a selection: pooled figures per pair and layer, and the same per document. */
public record AgreementReport(List<String> analysts, List<PairFigures> pairs, List<DocumentAgreement> documents) {
    public AgreementReport {
        analysts = List.copyOf(analysts);
        pairs = List.copyOf(pairs);
        documents = List.copyOf(documents);
    }

    /** Whether any document had two of the analysts on it; when not, every pooled figure is undefined. */
    public boolean anythingCompared() {
        return documents.stream().anyMatch(d -> d.alone() == null);
    }
}
