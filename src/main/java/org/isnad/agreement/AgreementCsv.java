package org.isnad.agreement;

import java.util.ArrayList;
import java.util.List;

/**
 * An agreement report as CSV, one row per pair and layer: first the pooled rows (scope {@code all}), then each
 * document's. An undefined figure is an empty cell and its reason is named in the last column, so that a
 * spreadsheet never averages a made-up 0. Documents with one analyst get a row saying so.
 */
public final class AgreementCsv {
    static final List<String> HEADER = List.of("scope", "document", "a", "b", "layer", "documents", "a_count",
            "b_count", "exact_matches", "exact_f1", "overlap_f1", "alpha_u", "kappa_quote_type",
            "speaker_agreement", "cue_agreement", "undefined");

    private AgreementCsv() {
    }

    public static String of(AgreementReport report) {
        StringBuilder sb = new StringBuilder();
        line(sb, HEADER);
        report.pairs().forEach(p -> line(sb, row("all", "", p)));
        for (DocumentAgreement d : report.documents()) {
            if (d.alone() != null) {
                List<String> cells = new ArrayList<>(java.util.Collections.nCopies(HEADER.size(), ""));
                cells.set(0, "document");
                cells.set(1, d.documentId());
                cells.set(2, String.join(" ", d.analysts()));
                cells.set(HEADER.size() - 1, d.alone().key());
                line(sb, cells);
            }
            d.pairs().forEach(p -> line(sb, row("document", d.documentId(), p)));
        }
        return sb.toString();
    }

    private static List<String> row(String scope, String document, PairFigures p) {
        List<String> cells = new ArrayList<>(List.of(scope, document, p.a(), p.b(), p.layer().name(),
                String.valueOf(p.documents()), String.valueOf(p.aCount()), String.valueOf(p.bCount()),
                String.valueOf(p.exactMatches())));
        List<String> reasons = new ArrayList<>();
        Figure[] figures = {p.exactF1(), p.overlapF1(), p.alphaU(), p.kappaQuoteType(), p.speakerAgreement(),
            p.cueAgreement()};
        for (int i = 0; i < figures.length; i++) {
            Figure f = figures[i];
            cells.add(f == null || !f.defined() ? "" : String.valueOf(f.value()));
            if (f != null && !f.defined()) {
                reasons.add(HEADER.get(9 + i) + ": " + f.reason().key());
            }
        }
        cells.add(String.join("; ", reasons));
        return cells;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0;
            sb.append(quote ? '"' + c.replace("\"", "\"\"") + '"' : c);
        }
        sb.append("\r\n");
    }
}
