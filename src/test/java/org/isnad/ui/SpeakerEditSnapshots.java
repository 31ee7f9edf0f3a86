package org.isnad.ui;

import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.testing.Kimmitt;
import org.isnad.ui.language.UiText;

/**
 * Not a test: the speaker directory's Edit… form on Mark Kimmitt's record, with a malformed Wikidata
 * id refused in the form, written as speaker-edit-LANG.png. Usage: SpeakerEditSnapshots OUT_DIR [ar|en]
 */
public final class SpeakerEditSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that shows the directory and opens the form. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
            Clock clock = Clock.systemUTC();
            Actor kimmitt = new Actor(org.isnad.domain.Ids.newId(), Kimmitt.SPEAKER, "Mark Kimmitt",
                    List.of("الجنرال كيميت", "مارك كيمت"), ActorKind.PERSON, Kimmitt.ROLE, null);
            store.actors().add(kimmitt);
            store.actors().add(Actor.create("نوري المالكي", ActorKind.PERSON, "رئيس الوزراء العراقي"));
            UiText text = new UiText(SnapshotProgram.locale);
            MainWindow window = new MainWindow(stage, text, new Workspace(store, clock), "layla");
            window.show();
            window.speakers().show();
            window.speakers().model().choose(kimmitt.id());
            PauseTransition typed = new PauseTransition(Duration.millis(1200));
            typed.setOnFinished(e -> {
                Stage form = (Stage) Window.getWindows().stream()
                        .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
                DialogPane pane = (DialogPane) form.getScene().getRoot();
                ((TextField) pane.lookup("#actor-edit-wikidata")).setText("Q-1351575");
                ((TextField) pane.lookup("#actor-edit-role")).setText("الناطق باسم قوات التحالف في العراق");
                ((TextField) pane.lookup("#actor-edit-since")).setText("2004-04-01");
                ButtonType save = pane.getButtonTypes().stream()
                        .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
                ((Button) pane.lookupButton(save)).fire();
                PauseTransition shown = new PauseTransition(Duration.millis(600));
                shown.setOnFinished(f -> {
                    SnapshotProgram.snapshot(form, SnapshotProgram.out.resolve(
                            "speaker-edit-" + SnapshotProgram.locale.getLanguage() + ".png"));
                    Platform.exit();
                });
                shown.play();
            });
            typed.play();
            Platform.runLater(() -> window.speakers().view().lookupAll(".button").stream()
                    .filter(n -> ((Button) n).getText().equals(text.get("speakers.edit"))).map(n -> (Button) n)
                    .findFirst().orElseThrow().fire());
        }
    }

}
