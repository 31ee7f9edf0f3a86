package org.isnad.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of the stored text (Unicode word boundaries, so Latin words and digits are words too),
 * folded, and, when {@code stemmed}, lightly stemmed: «الأمنية» and «الأمن» both become «امن».
 * Prefix queries are not analysed by Lucene, only normalised: {@link #normalize} folds them the same way.
 */
final class ArabicSearchAnalyzer extends Analyzer {
    private final boolean stemmed;

    ArabicSearchAnalyzer(boolean stemmed) {
        this.stemmed = stemmed;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new FoldingFilter(words);
        if (stemmed) {
            stream = new ArabicStemFilter(stream);
        }
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(in);
    }
}
