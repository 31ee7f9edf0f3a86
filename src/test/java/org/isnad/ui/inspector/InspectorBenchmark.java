package org.isnad.ui.inspector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.store.H2Store;
import org.isnad.ui.editor.TextParagraphs;

/**
 * Prints how long the inspector takes to follow the selection on a document with many annotations
 * (default 10,000: quotes, each with a speaker mention, a cue and a claim, all linked). A harness
 * that prints figures, not a timed test. Run it with the test classpath and the headless flags
 * of the surefire argLine.
 */
public final class InspectorBenchmark {
    private InspectorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int annotations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("isnad-inspector-bench");
        try (H2Store store = H2Store.open(dir.resolve("isnad"))) {
            Article article = new Article(store, Locale.ENGLISH);
            String text = article.editor.session().orElseThrow().document().text();
            seed(article.store, article.documentId, text, annotations);
            article.editor.open(article.documentId);
            List<Span> spans = article.editor.session().orElseThrow().set().spans();
            System.out.printf("%d annotations, %d links%n", spans.size(),
                    article.editor.session().orElseThrow().set().links().size());

            InspectorModel model = new InspectorModel(article.editor);
            Random random = new Random(7);
            long t0 = System.nanoTime();
            int rounds = 2_000;
            for (int i = 0; i < rounds; i++) {
                article.editor.selectedSpanIdProperty().set(spans.get(random.nextInt(spans.size())).id());
                model.state();
            }
            System.out.printf("state() of a random selection: %.3f ms on average%n", (System.nanoTime() - t0) / 1e6 / rounds);

            Platform.startup(() -> { });
            AtomicReference<String> report = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                InspectorPane pane = new InspectorPane(model);
                new Scene(pane, 420, 900);
                pane.applyCss();
                long start = System.nanoTime();
                int n = 500;
                for (int i = 0; i < n; i++) {
                    article.editor.selectedSpanIdProperty().set(spans.get(random.nextInt(spans.size())).id());
                    pane.applyCss();
                    pane.layout();
                }
                double select = (System.nanoTime() - start) / 1e6 / n;
                Span quote = spans.stream().filter(s -> s.layer() == Layer.QUOTE).findFirst().orElseThrow();
                article.editor.selectedSpanIdProperty().set(quote.id());
                long c0 = System.nanoTime();
                List<Choice<String>> parents = model.parentChoices(quote.id());
                double choices = (System.nanoTime() - c0) / 1e6;
                report.set(String.format("select + inspector redraw and layout: %.2f ms on average%n"
                        + "the %d parent-quote choices, read when the list opens: %.1f ms", select, parents.size(), choices));
                done.countDown();
            });
            done.await();
            System.out.println(report.get());
            Platform.exit();
        }
    }

    /** Stores quotes with mention, cue and claim over the text's tokens, in one transaction. */
    private static void seed(H2Store store, String documentId, String text, int annotations) {
        AnnotationSetInfo info = store.annotations().setsOf(documentId).stream().findFirst()
                .orElseGet(() -> {
                    AnnotationSetInfo created = AnnotationSetInfo.start(documentId, "layla", java.time.Instant.now());
                    store.annotations().addSet(created);
                    return created;
                });
        List<TextParagraphs.Token> words = new ArrayList<>();
        for (TextParagraphs.Token t : TextParagraphs.tokens(text)) {
            int end = t.end();
            while (end > t.start() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > t.start()) {
                words.add(new TextParagraphs.Token(t.start(), end));
            }
        }
        store.transactions().run(() -> {
            for (int i = 0; i < annotations / 4; i++) {
                TextParagraphs.Token w = words.get(i % words.size());
                Span speaker = Span.mark(Layer.SPEAKER, w.start(), w.end());
                Span cue = Span.mark(Layer.CUE, w.start(), w.end());
                Span quote = Span.mark(Layer.QUOTE, w.start(), w.end());
                Span claim = Span.mark(Layer.CLAIM, w.start(), w.end());
                for (Span s : List.of(speaker, cue, quote, claim)) {
                    store.annotations().addSpan(info.id(), s);
                }
                store.annotations().addLink(info.id(), Link.of(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
                store.annotations().addLink(info.id(), Link.of(LinkType.CUED_BY, quote.id(), cue.id()));
                store.annotations().addLink(info.id(), Link.of(LinkType.EXPRESSES, quote.id(), claim.id()));
            }
        });
    }
}
