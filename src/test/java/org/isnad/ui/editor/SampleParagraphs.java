package org.isnad.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.isnad.testing.SampleArticles;

/** Paragraphs of the Arabic sample articles, as the document view splits them. */
final class SampleParagraphs {

    private SampleParagraphs() {
    }

    /** The first paragraph of a sample article that contains {@code needle}. */
    static String paragraphWith(String article, String needle) {
        TextParagraphs ps = TextParagraphs.of(SampleArticles.text(article));
        for (int i = 0; i < ps.size(); i++) {
            String p = ps.paragraphText(i);
            if (p.contains(needle)) {
                return p;
            }
        }
        throw new IllegalStateException(needle + " not in " + article);
    }

    /** All paragraphs of all samples, repeated until the text exceeds {@code minChars}. */
    static String repeatedArticle(int minChars) {
        List<String> paragraphs = new ArrayList<>();
        for (String article : SampleArticles.ALL) {
            TextParagraphs ps = TextParagraphs.of(SampleArticles.text(article));
            for (int i = 0; i < ps.size(); i++) {
                paragraphs.add(ps.paragraphText(i));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() <= minChars; i++) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(paragraphs.get(i % paragraphs.size()));
        }
        return sb.toString();
    }

    /** The same paragraphs joined by spaces into one paragraph without a line break, as scraped text comes. */
    static String oneParagraphArticle(int minChars) {
        return repeatedArticle(minChars).replace("\n\n", " ");
    }
}
