package org.isnad.service;

import java.util.ArrayList;
import java.util.List;
import org.isnad.agreement.Agreement;
import org.isnad.agreement.AgreementReport;
import org.isnad.agreement.AnalystSet;
import org.isnad.agreement.CurationUnit;
import org.isnad.agreement.CurationUnits;
import org.isnad.agreement.UnitState;
import org.isnad.agreement.DocumentSets;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Document;
import org.isnad.domain.DomainException;
import org.isnad.domain.SetKind;
import org.isnad.message.Message;

/**
 * Agreement between the analysts' own sets on a selection of documents, read from storage. Curated sets are
 * left out: they are the result of agreement, not a party to it.
 */
public final class AgreementMeasurement {
    private final Repositories repositories;

    public AgreementMeasurement(Repositories repositories) {
        this.repositories = repositories;
    }

    /** @param analysts whom to compare; empty compares everyone who has a set on the documents */
    public AgreementReport measure(List<String> documentIds, List<String> analysts) {
        if (documentIds.isEmpty()) {
            throw new DomainException(Message.of("agreement.no.documents"));
        }
        List<DocumentSets> documents = new ArrayList<>();
        for (String id : documentIds.stream().distinct().toList()) {
            Document document = repositories.documents().find(id)
                    .orElseThrow(() -> new DomainException(Message.of("service.document.missing", id)));
            documents.add(new DocumentSets(id, document.text().length(), analystSets(id)));
        }
        return Agreement.compare(documents, analysts);
    }

    /** Every document in the library. */
    public AgreementReport measureAll(List<String> analysts) {
        List<String> ids = repositories.documents().summaries().stream().map(DocumentSummary::id).toList();
        return ids.isEmpty() ? Agreement.compare(List.of(), analysts) : measure(ids, analysts);
    }

    /**
     * Every place in the documents where the analysts do not all agree exactly (a unit they marked differently, or
     * only some of them marked), in document and reading order; documents with fewer than two analysts have none.
     */
    public List<Disagreement> disagreements(List<String> documentIds) {
        List<Disagreement> found = new ArrayList<>();
        for (String id : documentIds.stream().distinct().toList()) {
            Document document = repositories.documents().find(id)
                    .orElseThrow(() -> new DomainException(Message.of("service.document.missing", id)));
            List<AnalystSet> sets = analystSets(id);
            if (sets.size() < 2) {
                continue;
            }
            List<String> names = sets.stream().map(AnalystSet::analyst).toList();
            for (CurationUnit unit : CurationUnits.of(sets, new AnalystSet("-", List.of(), List.of()), List.of())) {
                if (unit.state() == UnitState.DISAGREE || unit.state() == UnitState.ONLY_SOME) {
                    found.add(new Disagreement(id, document.title(), names, unit));
                }
            }
        }
        return found;
    }

    /** The disagreements over the whole library. */
    public List<Disagreement> disagreementsInLibrary() {
        return disagreements(repositories.documents().summaries().stream().map(DocumentSummary::id).toList());
    }

    private List<AnalystSet> analystSets(String documentId) {
        List<AnalystSet> sets = new ArrayList<>();
        for (AnnotationSetInfo info : repositories.annotations().setsOf(documentId)) {
            // oldest first: an analyst with two sets on a document is compared on the first, as the window opens it
            if (info.kind() == SetKind.ANALYST && sets.stream().noneMatch(s -> s.analyst().equals(info.annotator()))) {
                sets.add(new AnalystSet(info.annotator(), repositories.annotations().spansOf(info.id()),
                        repositories.annotations().linksOf(info.id())));
            }
        }
        return sets;
    }
}
