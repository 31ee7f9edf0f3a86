package org.isnad.agreement;

import org.isnad.domain.Layer;

/**
 * The figures for one pair of analysts in one layer, on one document or pooled over several. The three quote
 * figures are {@code null} (not applicable) for the other layers.
 */
public record PairFigures(String a, String b, Layer layer, int documents, int aCount, int bCount, int exactMatches,
                          Figure exactF1, Figure overlapF1, Figure alphaU,
                          Figure kappaQuoteType, Figure speakerAgreement, Figure cueAgreement) {
}
