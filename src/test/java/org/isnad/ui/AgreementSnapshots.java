package org.isnad.ui;

import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.ui.agreement.AgreementWindow;
import org.isnad.ui.language.UiText;

/**
 * Not a test: three analysts (layla, omar, huda) annotate the shipped sample, each a little differently, and
 * layla alone a second article; the agreement window is opened and written as a PNG, to look at under
 * xvfb-run. Usage: AgreementSnapshots OUT_DIR [ar|en]
 */
public final class AgreementSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that builds the annotated library and opens the agreement window. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
            Clock clock = Clock.systemUTC();
            String docId = SnapshotProgram.importSample(store, clock);
            String other = new Library(store, clock).importText("قال المتحدث باسم الوزارة إن «الاجتماع مستمر حتى المساء».",
                    "note.txt", ImportOptions.none(), "layla").document().id();
            annotate(store, docId, "layla", clock, 0, true);
            annotate(store, docId, "omar", clock, 1, true);
            annotate(store, docId, "huda", clock, 0, false);
            AnnotationSession alone = AnnotationSession.open(store, other, "layla", clock);
            String t2 = alone.document().text();
            alone.mark(Layer.QUOTE, t2.indexOf("الاجتماع"), t2.indexOf("»"));

            UiText text = new UiText(SnapshotProgram.locale);
            MainWindow window = new MainWindow(stage, text, new Workspace(store, clock), "layla");
            window.show();
            AgreementWindow measuring = new AgreementWindow(stage, text, new Workspace(store, clock));
            Stage agreement = measuring.open();
            PauseTransition settle = new PauseTransition(Duration.millis(900));
            settle.setOnFinished(e -> {
                SnapshotProgram.snapshot(agreement, SnapshotProgram.out.resolve(
                        "agreement-matrix-" + SnapshotProgram.locale.getLanguage() + ".png"));
                Platform.exit();
            });
            // once measured (off the window's thread), and laid out
            measuring.measured().addListener((o, was, now) -> {
                if (now) {
                    settle.play();
                }
            });
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
