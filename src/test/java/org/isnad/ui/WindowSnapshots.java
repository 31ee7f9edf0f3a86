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
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.ui.language.UiText;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.testing.Kimmitt;

/**
 * Not a test: opens the real main window on the shipped sample, annotates it through the editor's
 * view model (several layers, a selected quote with its links) and writes PNG snapshots, to look at
 * under xvfb-run. Usage: WindowSnapshots OUT_DIR [ar|en]
 */
public final class WindowSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that builds the annotated window. */
    public static final class Snapshotting extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
        Workspace workspace = new Workspace(store, Clock.systemUTC());
        SnapshotProgram.importSample(store, Clock.systemUTC());
        UiText text = new UiText(locale);
        MainWindow window = new MainWindow(stage, text, workspace, "layla");
        window.show();
        EditorViewModel editor = window.editor();
        AnnotationSession s = editor.session().orElseThrow();
        String t = s.document().text();
        Span speaker = mark(editor, Layer.SPEAKER, t, Kimmitt.SPEAKER);
        int q = t.indexOf("لا أعتقد أن الانسحاب");
        editor.mark(Layer.QUOTE, q, t.indexOf("”.", q));
        Span quote = editor.selectedSpan().orElseThrow();
        editor.perform(() -> s.createActorFor(speaker.id(), Kimmitt.SPEAKER, ActorKind.PERSON, Kimmitt.ROLE));
        Span cue = mark(editor, Layer.CUE, t, "قال مارك".substring(0, 3));
        editor.perform(() -> s.link(LinkType.CUED_BY, quote.id(), cue.id()));
        editor.reveal(quote.id());
        int c = t.indexOf("الانسحاب الأميركي", q);
        editor.mark(Layer.CLAIM, c, t.indexOf(". القوات", c));
        Span reuters = mark(editor, Layer.SPEAKER, t, "رويترز");
        int r = t.indexOf("إن", t.indexOf("رويترز")) + 3;
        editor.mark(Layer.QUOTE, r, t.indexOf(".", r));
        // wait for the first layout passes before scrolling, then for the scroll before the snapshot
        PauseTransition settle = new PauseTransition(Duration.millis(600));
        settle.setOnFinished(e -> {
            editor.reveal(quote.id());
            PauseTransition shoot = new PauseTransition(Duration.millis(600));
            shoot.setOnFinished(f -> {
                snapshot(stage, out.resolve("main-window-" + locale.getLanguage() + ".png"));
                window.suggestions().next();
                PauseTransition again = new PauseTransition(Duration.millis(600));
                again.setOnFinished(g -> {
                    snapshot(stage, out.resolve("suggestions-" + locale.getLanguage() + ".png"));
                    Platform.exit();
                });
                again.play();
            });
            shoot.play();
        });
        settle.play();
    }
    }

    private static Span mark(EditorViewModel editor, Layer layer, String text, String words) {
        int at = text.indexOf(words);
        editor.selectedSpanIdProperty().set(null);
        editor.mark(layer, at, at + words.length());
        return editor.selectedSpan().orElseThrow();
    }
}
