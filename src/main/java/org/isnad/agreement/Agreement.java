package org.isnad.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.isnad.domain.Layer;

/** Compares every pair of analysts in every layer, per document and pooled over the documents given. */
public final class Agreement {
    private Agreement() {
    }

    /**
     * @param analysts whom to compare, in the order pairs are formed; empty means everyone with a set, by name
     */
    public static AgreementReport compare(List<DocumentSets> documents, List<String> analysts) {
        List<String> who = analysts.isEmpty() ? everyone(documents) : List.copyOf(analysts);
        List<PairTally> pooled = tallies(who);
        List<DocumentAgreement> perDocument = new ArrayList<>();
        for (DocumentSets doc : documents) {
            List<String> present = who.stream().filter(w -> doc.of(w).isPresent()).toList();
            List<PairTally> own = new ArrayList<>();
            for (PairTally overall : pooled) {
                Optional<AnalystSet> a = doc.of(overall.a());
                Optional<AnalystSet> b = doc.of(overall.b());
                if (a.isPresent() && b.isPresent()) {
                    PairTally mine = new PairTally(overall.a(), overall.b(), overall.layer());
                    mine.add(a.get(), b.get(), doc.textLength());
                    overall.absorb(mine);
                    own.add(mine);
                }
            }
            perDocument.add(new DocumentAgreement(doc.documentId(), present,
                    own.stream().map(PairTally::figures).toList(),
                    present.size() < 2 ? Undefined.ONE_ANALYST_ONLY : null));
        }
        return new AgreementReport(who, pooled.stream().map(PairTally::figures).toList(), perDocument);
    }

    private static List<PairTally> tallies(List<String> who) {
        List<PairTally> list = new ArrayList<>();
        for (int i = 0; i < who.size(); i++) {
            for (int j = i + 1; j < who.size(); j++) {
                for (Layer layer : Layer.values()) {
                    list.add(new PairTally(who.get(i), who.get(j), layer));
                }
            }
        }
        return list;
    }

    private static List<String> everyone(List<DocumentSets> documents) {
        TreeSet<String> names = new TreeSet<>();
        documents.forEach(d -> names.addAll(d.analysts()));
        return List.copyOf(names);
    }
}
