package org.isnad.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.isnad.text.ArabicFolding;

/**
 * Folds each token as the rest of the program folds for search (alef forms incl. alef wasla, alef
 * maksura, ta marbuta, harakat, superscript alef, tatweel, Arabic-Indic digits, case): Lucene's own
 * ArabicNormalizer misses some of these. A filter, not a char filter, so offsets stay those of the
 * stored text. A token that folds to nothing (a lone tatweel) is dropped.
 */
final class FoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            String folded = ArabicFolding.foldQuery(term.toString());
            if (!folded.isEmpty()) {
                term.setEmpty().append(folded);
                position.setPositionIncrement(position.getPositionIncrement() + skipped);
                return true;
            }
            skipped += position.getPositionIncrement();
        }
        return false;
    }
}
