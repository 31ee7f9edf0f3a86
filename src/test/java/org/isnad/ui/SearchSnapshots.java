package org.isnad.ui;

import static org.isnad.ui.SnapshotProgram.locale;
import static org.isnad.ui.SnapshotProgram.out;
import static org.isnad.ui.SnapshotProgram.snapshot;

import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.search.LuceneSearchIndex;
import org.isnad.service.CorpusSearch;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.testing.SampleArticles;
import org.isnad.ui.language.UiText;
import org.isnad.ui.search.CorpusSearchWindow;

/**
 * Not a test: the corpus search (issue 12) over the shipped sample articles, a query run and its
 * first hit opened; writes search-results-LANG.png (the results) and search-hit-LANG.png (the main
 * window on the hit). Usage, under xvfb-run: SearchSnapshots OUT_DIR [ar|en]
 */
public final class SearchSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that runs the search and shoots. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
            SnapshotProgram.importSample(store, Clock.systemUTC());
            Library library = new Library(store, Clock.systemUTC());
            for (String name : new String[] {SampleArticles.AAWSAT, SampleArticles.SABQ, SampleArticles.OKAZ, SampleArticles.ALEQT}) {
                library.importFile(SampleArticles.bytes(name), SampleArticles.fileName(name), ImportOptions.none(), "layla");
            }
            CorpusSearch search = CorpusSearch.open(store, LuceneSearchIndex.open(LuceneSearchIndex.folderBeside(store.location())));
            Workspace workspace = new Workspace(store, Clock.systemUTC()).withSearch(search);
            MainWindow window = new MainWindow(stage, new UiText(locale), workspace, "layla");
            window.show();
            CorpusSearchWindow results = window.corpusSearch().orElseThrow();
            results.show();
            results.pane().field().setText("في");
            results.pane().run("في");
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(e -> {
                results.pane().openNext(1);
                PauseTransition shoot = new PauseTransition(Duration.millis(800));
                shoot.setOnFinished(f -> {
                    snapshot(results.stage(), out.resolve("search-results-" + locale.getLanguage() + ".png"));
                    snapshot(stage, out.resolve("search-hit-" + locale.getLanguage() + ".png"));
                    Platform.exit();
                });
                shoot.play();
            });
            settle.play();
        }
    }
}
