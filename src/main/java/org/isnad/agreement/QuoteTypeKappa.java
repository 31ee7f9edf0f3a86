package org.isnad.agreement;

import java.util.List;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.isnad.domain.QuoteType;

/** Cohen's κ on the quote type two analysts gave the same quotes, computed by DKPro Statistics Agreement. */
public final class QuoteTypeKappa {
    private QuoteTypeKappa() {
    }

    /** Each element holds analyst A's type and analyst B's type of one exactly matched quote. */
    public static Figure of(List<QuoteType[]> typePairs) {
        if (typePairs.isEmpty()) {
            return Figure.undefined(Undefined.NO_MATCHED_QUOTES);
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        typePairs.forEach(p -> study.addItem(p[0], p[1]));
        try {
            double kappa = new CohenKappaAgreement(study).calculateAgreement();
            return Double.isFinite(kappa) ? Figure.of(kappa) : Figure.undefined(Undefined.ONE_TYPE_ONLY);
        } catch (InsufficientDataException e) {
            // expected agreement 1: both analysts used a single type throughout, chance explains everything
            return Figure.undefined(Undefined.ONE_TYPE_ONLY);
        }
    }
}
