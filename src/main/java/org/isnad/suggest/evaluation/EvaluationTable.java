package org.isnad.suggest.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures as a plain-text table: one row per measure, P / R / F1 and the counts behind them. */
public final class EvaluationTable {
    private EvaluationTable() {
    }

    /** {@code perArticle}: each article's scores by name, in the order to print; {@code total} pooled. */
    public static String of(Map<String, Scores> perArticle, Scores total) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %6s %6s %6s %6s %6s %6s%n", "measure", "P", "R", "F1", "gold", "found", "match"));
        for (Map.Entry<String, Figure> row : rows(total)) {
            Figure f = row.getValue();
            sb.append(String.format(Locale.ROOT, "%-22s %6.2f %6.2f %6.2f %6d %6d %6d%n", row.getKey(), f.precision(), f.recall(),
                    f.f1(), f.gold(), f.found(), f.matched()));
        }
        sb.append(String.format(Locale.ROOT, "%-22s %6.2f  (%d of %d found quotes)%n", "speaker_accuracy", total.speakerAccuracy(),
                total.rightSpeakers(), total.quotes().matched()));
        sb.append(String.format(Locale.ROOT, "%narticles: %d%n", total.articles()));
        sb.append(String.format(Locale.ROOT, "%-40s %9s %9s %9s %7s%n", "article", "quotes F1", "claims F1", "cues F1", "speaker"));
        for (Map.Entry<String, Scores> e : perArticle.entrySet()) {
            Scores s = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-40s %9.2f %9s %9.2f %7.2f%n", e.getKey(), s.quotes().f1(),
                    s.claims().gold() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", s.claims().f1()), s.cues().f1(),
                    s.speakerAccuracy()));
        }
        return sb.toString();
    }

    /** The measures in the order of the table and the JSON: quotes (overlap), quotes_exact, direct, indirect, mixed, cues, claims. */
    public static List<Map.Entry<String, Figure>> rows(Scores s) {
        return List.of(Map.entry("quotes", s.quotes()), Map.entry("quotes_exact", s.quotesExact()),
                Map.entry("direct", s.direct()), Map.entry("indirect", s.indirect()), Map.entry("mixed", s.mixed()),
                Map.entry("cues", s.cues()), Map.entry("claims", s.claims()));
    }
}
