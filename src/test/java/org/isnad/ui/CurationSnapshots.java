package org.isnad.ui;

import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.ui.language.UiText;

/**
 * Not a test: three analysts (layla, omar, huda) annotate the shipped sample, each a little differently; curator
 * rania opens curation mode on it and steps to the quote they disagree on; the main window is written as a PNG, to
 * look at under xvfb-run. Usage: CurationSnapshots OUT_DIR [ar|en]
 */
public final class CurationSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that builds the analysts' sets and opens curation mode. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
            Clock clock = Clock.systemUTC();
            String docId = SnapshotProgram.importSample(store, clock);
            annotate(store, docId, "layla", clock, 0, true);
            annotate(store, docId, "omar", clock, 1, true);
            annotate(store, docId, "huda", clock, 0, false);
            Workspace workspace = new Workspace(store, clock);
            workspace.assignments().assign(List.of(docId), List.of("layla", "omar", "huda"), "rania", "lead");

            UiText text = new UiText(SnapshotProgram.locale);
            MainWindow window = new MainWindow(stage, text, workspace, "rania");
            window.show();
            window.curation().start(docId);
            String t = store.documents().find(docId).orElseThrow().text();
            int quote = t.indexOf("لا أعتقد أن الانسحاب");
            for (int i = 0; i < 20 && window.curation().current().map(u -> u.layer() != Layer.QUOTE || u.end() < quote
                    || u.start() > quote + 3).orElse(false); i++) {
                window.curation().next();
            }
            PauseTransition layout = new PauseTransition(Duration.millis(600));
            layout.setOnFinished(e -> window.documentView().scrollToOffset(Math.max(0, quote - 300)));
            layout.play();
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(e -> {
                SnapshotProgram.snapshot(stage, SnapshotProgram.out.resolve(
                        "curation-mode-" + SnapshotProgram.locale.getLanguage() + ".png"));
                Platform.exit();
            });
            settle.play();
        }

        /** Kimmitt's quote with its speaker and cue; {@code shift} moves the quote's start, {@code claim} adds a claim. */
        private static void annotate(H2Store store, String docId, String analyst, Clock clock, int shift, boolean claim) {
            AnnotationSession s = AnnotationSession.open(store, docId, analyst, clock);
            String t = s.document().text();
            int speakerAt = t.indexOf("مارك كيميت");
            var speaker = s.mark(Layer.SPEAKER, speakerAt, speakerAt + "مارك كيميت".length());
            s.mark(Layer.CUE, t.indexOf("قال مارك"), t.indexOf("قال مارك") + 3);
            int q = t.indexOf("لا أعتقد أن الانسحاب");
            s.markQuoteOf(speaker.id(), q + (shift == 0 ? 0 : 3), t.indexOf("”.", q));
            int r = t.indexOf("إن", t.indexOf("رويترز")) + 3;
            s.mark(Layer.QUOTE, r, t.indexOf(".", r));
            if (claim) {
                int c = t.indexOf("الانسحاب الأميركي", q);
                s.mark(Layer.CLAIM, c, t.indexOf(". القوات", c));
            }
        }
    }
}
