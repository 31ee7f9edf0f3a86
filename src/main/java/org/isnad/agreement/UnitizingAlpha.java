package org.isnad.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;

/**
 * Krippendorff's unitizing alpha (αu) for one category between two analysts over a continuum of characters,
 * computed by DKPro Statistics Agreement. αu counts characters: one analyst's overlapping stretches (a quote
 * nested in a quote) are joined into one before counting, since Krippendorff's units of one coder in one
 * category never overlap and a character is either marked in the layer or not.
 */
public final class UnitizingAlpha {
    private static final String CATEGORY = "marked";

    private UnitizingAlpha() {
    }

    public static Figure between(List<Stretch> a, List<Stretch> b, long continuumLength) {
        List<Stretch> ja = joined(a);
        List<Stretch> jb = joined(b);
        if (ja.isEmpty() && jb.isEmpty()) {
            return Figure.undefined(Undefined.NOTHING_MARKED);
        }
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 0, continuumLength);
        ja.forEach(s -> study.addUnit(s.start(), s.end() - s.start(), 0, CATEGORY));
        jb.forEach(s -> study.addUnit(s.start(), s.end() - s.start(), 1, CATEGORY));
        double alpha = new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement(CATEGORY);
        return Double.isFinite(alpha) ? Figure.of(alpha) : Figure.undefined(Undefined.NO_VARIATION);
    }

    /** The union of the stretches, as disjoint stretches in order; touching stretches stay two units. */
    static List<Stretch> joined(List<Stretch> stretches) {
        List<Stretch> sorted = new ArrayList<>(stretches);
        sorted.sort(Comparator.comparingLong(Stretch::start).thenComparingLong(Stretch::end));
        List<Stretch> out = new ArrayList<>();
        for (Stretch s : sorted) {
            Stretch last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() < last.end()) {
                out.set(out.size() - 1, new Stretch(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
