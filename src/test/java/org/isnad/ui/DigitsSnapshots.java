package org.isnad.ui;

import java.time.Clock;
import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.testing.SampleArticles;
import org.isnad.ui.language.UiText;

/**
 * Not a test: the library of the five shipped samples, with dates and annotations, widened so that its count and
 * date columns show, in the language given and with Arabic-Indic digits on (or off: a third argument "latn");
 * written as a PNG to look at under xvfb-run. Usage: DigitsSnapshots OUT_DIR [ar|en] [latn]
 */
public final class DigitsSnapshots {
    public static void main(String[] args) {
        digits = !(args.length > 2 && args[2].equals("latn"));
        SnapshotProgram.launch(Snapshotting.class, args, "ar");
    }

    static boolean digits;

    /** The application that fills the library and writes the picture. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
            Clock clock = Clock.systemUTC();
            Library library = new Library(store, clock);
            int day = 1;
            for (String article : SampleArticles.ALL) {
                String id = library.importFile(SampleArticles.bytes(article), SampleArticles.fileName(article),
                        new ImportOptions(null, null, null, LocalDate.of(2024, 9, day += 3)), "layla").document().id();
                AnnotationSession s = AnnotationSession.open(store, id, "layla", clock);
                String t = s.document().text();
                // a few marks on the first words of each paragraph, so that the counts differ
                int at = 0;
                for (int i = 0; i < 3 + day % 5 && at >= 0 && at < t.length() - 20; i++) {
                    int end = t.indexOf(' ', at + 2);
                    if (end < 0) {
                        break;
                    }
                    s.mark(i % 2 == 0 ? Layer.SPEAKER : Layer.QUOTE, at, end);
                    at = t.indexOf('\n', end) + 1;
                }
            }
            UiText text = new UiText(SnapshotProgram.locale, digits);
            MainWindow window = new MainWindow(stage, text, new Workspace(store, clock), "layla");
            window.show();
            PauseTransition settle = new PauseTransition(Duration.millis(800));
            settle.setOnFinished(e -> {
                SplitPane main = (SplitPane) stage.getScene().lookup("#mainSplit");
                main.setDividerPositions(0.52, 0.80);
                PauseTransition shoot = new PauseTransition(Duration.millis(800));
                shoot.setOnFinished(f -> {
                    SnapshotProgram.snapshot(stage, SnapshotProgram.out.resolve("library-digits-"
                            + SnapshotProgram.locale.getLanguage() + (digits ? "" : "-latn") + ".png"));
                    Platform.exit();
                });
                shoot.play();
            });
            settle.play();
        }
    }
}
