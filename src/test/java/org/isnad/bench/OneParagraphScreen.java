package org.isnad.bench;

import static org.isnad.bench.Figures.note;

import java.nio.file.Path;
import java.time.Clock;
import org.isnad.store.H2Store;

/**
 * first_screen_one_paragraph_ms: as first_screen_ms, on an article of about 200,000 characters with no
 * line break at all (scraped text, transcripts), with 2,000 annotations and 600 links; the document view
 * lays it out in display chunks. Its own database, so that the window opens this article only.
 */
final class OneParagraphScreen {
    private OneParagraphScreen() {
    }

    static void measure(Path dir, Clock clock, int warmups, int runs) throws Exception {
        String text = BenchData.oneParagraphArticle();
        if (text.indexOf('\n') >= 0) {
            throw new IllegalStateException("the one-paragraph article has a line break");
        }
        BenchData.StoredArticle article = BenchData.article(text, 2_000, 600);
        note(String.format("one-paragraph article of %,d chars, %,d spans", text.length(), article.spans().size()));
        try (H2Store store = H2Store.open(dir.resolve("one-paragraph/isnad"))) {
            BenchData.storeArticle(store, article, BenchData.T0);
            FirstScreen.measure("first_screen_one_paragraph_ms", store, article, clock, warmups, runs);
        }
    }
}
