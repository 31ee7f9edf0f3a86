package org.isnad.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.ui.language.UiText;
import org.isnad.testing.SampleArticles;

/**
 * Not a test: a measurement. Builds a 1 MB Arabic article from the sample articles, imports it,
 * opens it in the real main window and prints how long it took from the open call to the end of the
 * first layout pulse that shows it, and writes a snapshot. Usage: LargeDocumentOpening OUT.png
 */
public final class LargeDocumentOpening {
    private static Path out;

    public static void main(String[] args) {
        out = Path.of(args[0]);
        Application.launch(Opening.class, args);
    }

    static String megabyteArticle() {
        StringBuilder sb = new StringBuilder("مقال طويل للقياس: مليون حرف من مقالات حقيقية\n\n");
        int i = 0;
        while (sb.length() < 1_000_000) {
            sb.append(SampleArticles.text(SampleArticles.ALL.get(i++ % SampleArticles.ALL.size())).strip()).append("\n\n");
        }
        return sb.toString();
    }

    /** Opens the article in the window once everything else is ready, and times it. */
    public static final class Opening extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(Files.createTempDirectory("isnad-large").resolve("isnad"));
            String article = megabyteArticle();
            String id = new Library(store, Clock.systemUTC()).importText(article, "large", ImportOptions.none(), "layla")
                    .document().id();
            MainWindow window = new MainWindow(stage, new UiText(Locale.ENGLISH), new Workspace(store, Clock.systemUTC()), "layla");
            window.show();
            Platform.runLater(() -> {
                long t0 = System.nanoTime();
                window.editor().open(id);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                long opened = System.nanoTime();
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        long shown = System.nanoTime();
                        System.out.printf(Locale.ROOT, "chars: %d%nopen_and_layout_ms: %.1f%nfirst_pulse_ms: %.1f%n",
                                article.length(), (opened - t0) / 1e6, (shown - t0) / 1e6);
                        Platform.runLater(() -> {
                            SnapshotProgram.snapshot(stage, out);
                            store.close();
                            Platform.exit();
                        });
                    }
                });
            });
        }
    }
}
