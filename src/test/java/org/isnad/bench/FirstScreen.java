package org.isnad.bench;

import static org.isnad.bench.Figures.median;
import static org.isnad.bench.Figures.ms;
import static org.isnad.bench.Figures.note;
import static org.isnad.bench.Figures.print;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Repositories;
import org.isnad.service.Workspace;
import org.isnad.ui.MainWindow;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editor.ParagraphFlow;

/**
 * first_screen_ms: in the real main window (headless, Monocle, software rendering), from a loaded
 * session of the article to the end of the first layout pulse that shows it: the editor draws the
 * text and highlights, the attributions table, the suggestions and the status line update, as on
 * a click in the library. Each repetition uses a new window and workspace, so nothing is cached
 * from the previous one.
 */
final class FirstScreen {
    private FirstScreen() {
    }

    /** The same settings as the UI tests' surefire argLine (pom.xml), unless given on the command line. */
    static void headless() {
        String[][] settings = {{"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"prism.order", "sw"},
            {"prism.text", "t2k"}, {"headless.geometry", "1600x1200-32"}, {"java.awt.headless", "true"},
            {"testfx.headless", "true"}};
        for (String[] s : settings) {
            if (System.getProperty(s[0]) == null) {
                System.setProperty(s[0], s[1]);
            }
        }
    }

    static void measure(Repositories store, BenchData.StoredArticle article, Clock clock, int warmups, int runs) throws Exception {
        measure("first_screen_ms", store, article, clock, warmups, runs);
    }

    /** The toolkit starts once per program; the harness's System.exit ends it. */
    private static boolean started;

    static void measure(String name, Repositories store, BenchData.StoredArticle article, Clock clock, int warmups, int runs)
            throws Exception {
        if (!started) {
            CompletableFuture<Void> up = new CompletableFuture<>();
            Platform.startup(() -> up.complete(null));
            up.get(30, TimeUnit.SECONDS);
            Platform.setImplicitExit(false);
            started = true;
        }
        double[] times = new double[runs];
        int paragraphs = 0;
        for (int r = 0; r < warmups + runs; r++) {
            Stage stage = fx(Stage::new);
            Workspace workspace = new Workspace(store, clock);
            MainWindow window = fx(() -> {
                MainWindow w = new MainWindow(stage, new UiText(Locale.ENGLISH), workspace, BenchData.ANALYST);
                w.show();
                return w;
            });
            settle();
            AnnotationSession session = workspace.open(article.documentId(), BenchData.ANALYST);
            CompletableFuture<Long> shown = new CompletableFuture<>();
            List<String> opened = new ArrayList<>();
            fx(() -> {
                window.editor().sessionProperty().addListener((o, a, b) -> opened.add(b == null ? "-" : b.document().title()));
                return null;
            });
            long t0 = fx(() -> {
                long start = System.nanoTime();
                window.editor().show(session);
                Parent root = stage.getScene().getRoot();
                root.applyCss();
                root.layout();
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        shown.complete(System.nanoTime());
                    }
                });
                return start;
            });
            long t1 = shown.get(120, TimeUnit.SECONDS);
            paragraphs = fx(() -> checkShown(stage, article.text()));
            if (opened.size() != 1) {
                note("the window opened " + opened.size() + " sessions for one click: " + opened);
            }
            fx(() -> {
                stage.close();
                return null;
            });
            if (r >= warmups) {
                times[r - warmups] = ms(t1 - t0);
            }
        }
        print(name, median(times), "ms");
        note(paragraphs + " paragraphs (or chunks of a long one) laid out on the first screen");
    }

    /** The window shows the article's first paragraphs; returns how many paragraph flows are on screen. */
    private static int checkShown(Stage stage, String text) {
        List<String> shown = new ArrayList<>();
        collect(stage.getScene().getRoot(), shown);
        // the first paragraph, or the first display chunk of a long one
        if (shown.stream().noneMatch(s -> text.startsWith(s) && (text.length() == s.length() || Character.isWhitespace(text.charAt(s.length() - 1))
                || text.charAt(s.length()) == '\n'))) {
            throw new IllegalStateException("the window does not show the article: " + shown);
        }
        return shown.size();
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ParagraphFlow f) {
            if (!f.getText().isEmpty()) {
                out.add(f.getText());
            }
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** Lets the window finish showing whatever it opened at start (two pulses). */
    private static void settle() throws Exception {
        for (int i = 0; i < 2; i++) {
            CompletableFuture<Void> pulse = new CompletableFuture<>();
            fx(() -> {
                Platform.requestNextPulse();
                return null;
            });
            Thread.sleep(50);
            Platform.runLater(() -> pulse.complete(null));
            pulse.get(60, TimeUnit.SECONDS);
        }
    }

    static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(300, TimeUnit.SECONDS);
    }
}
