package org.isnad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.agreement.AgreementReport;
import org.isnad.agreement.DocumentAgreement;
import org.isnad.agreement.Figure;
import org.isnad.agreement.PairFigures;
import org.isnad.domain.Layer;

/**
 * The JSON {@code isnad agreement} prints: {@code pairs} pooled over the selection and {@code documents} with the
 * same figures each. An undefined figure is {@code null} and its reason is under {@code undefined}.
 */
final class AgreementJson {
    private AgreementJson() {
    }

    static ObjectNode of(AgreementReport report, ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        ArrayNode analysts = o.putArray("analysts");
        report.analysts().forEach(analysts::add);
        if (!report.anythingCompared()) {
            o.put("note", "no document of the selection was annotated by two of these analysts: nothing to compare");
        }
        ArrayNode pairs = o.putArray("pairs");
        report.pairs().forEach(p -> pair(pairs.addObject(), p));
        ArrayNode documents = o.putArray("documents");
        for (DocumentAgreement d : report.documents()) {
            ObjectNode doc = documents.addObject();
            doc.put("id", d.documentId());
            ArrayNode who = doc.putArray("analysts");
            d.analysts().forEach(who::add);
            if (d.alone() != null) {
                doc.put("note", d.analysts().isEmpty() ? "no analyst annotated this document: nothing to compare"
                        : "only one analyst (" + d.analysts().get(0) + ") annotated this document: nothing to compare");
            }
            ArrayNode own = doc.putArray("pairs");
            d.pairs().forEach(p -> pair(own.addObject(), p));
        }
        return o;
    }

    private static void pair(ObjectNode o, PairFigures p) {
        o.put("a", p.a());
        o.put("b", p.b());
        o.put("layer", p.layer().name());
        o.put("documents", p.documents());
        o.put("a_count", p.aCount());
        o.put("b_count", p.bCount());
        o.put("exact_matches", p.exactMatches());
        ObjectNode undefined = o.objectNode();
        figure(o, undefined, "exact_f1", p.exactF1());
        figure(o, undefined, "overlap_f1", p.overlapF1());
        figure(o, undefined, "alpha_u", p.alphaU());
        if (p.layer() == Layer.QUOTE) {
            figure(o, undefined, "kappa_quote_type", p.kappaQuoteType());
            figure(o, undefined, "speaker_agreement", p.speakerAgreement());
            figure(o, undefined, "cue_agreement", p.cueAgreement());
        }
        if (!undefined.isEmpty()) {
            o.set("undefined", undefined);
        }
    }

    private static void figure(ObjectNode o, ObjectNode undefined, String name, Figure f) {
        if (f.defined()) {
            o.put(name, f.value());
        } else {
            o.putNull(name);
            undefined.put(name, f.reason().key());
        }
    }
}
