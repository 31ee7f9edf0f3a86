package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.ActorStatement;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.RealWindow;
import org.isnad.ui.speakers.SpeakersWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The speaker directory in the real window: opened by its shortcut, an actor's page, a jump to a quote, a merge undone. */
class SpeakersWindowTest extends RealWindow {
    static final String SECOND = "وأضاف كيميت: “القوات العراقية قادرة على حفظ الأمن”.";
    final FxRobot robot = new FxRobot();
    IsnadApp app;
    Actor kimmitt;
    Actor variant;
    String older;
    String newer;
    Span newerQuote;

    @BeforeEach
    void start() throws Exception {
        Library library = new Library(store, Clock.systemUTC());
        older = library.importText(Kimmitt.SENTENCE, "a", new ImportOptions("كيميت والانسحاب", null, "الحرة",
                LocalDate.of(2025, 3, 1)), "layla").document().id();
        newer = library.importText(SECOND, "b", new ImportOptions("كيميت والأمن", null, "الجزيرة",
                LocalDate.of(2026, 1, 5)), "layla").document().id();
        kimmitt = Actor.create(Kimmitt.SPEAKER, ActorKind.PERSON, Kimmitt.ROLE);
        variant = Actor.create("مارك كيمت", ActorKind.PERSON, null);
        store.actors().add(kimmitt);
        store.actors().add(variant);
        quote(older, Kimmitt.SPEAKER, kimmitt);
        newerQuote = quote(newer, "كيميت", kimmitt);
        quote(older, Kimmitt.SPEAKER, variant);
        app = fx.start(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
    }

    private Span quote(String doc, String name, Actor actor) {
        AnnotationSession s = AnnotationSession.open(store, doc, actor == variant ? "omar" : "layla", Clock.systemUTC());
        String text = s.document().text();
        Span mention = s.mark(Layer.SPEAKER, text.indexOf(name), text.indexOf(name) + name.length());
        s.assignActor(mention.id(), actor.id());
        return s.markQuoteOf(mention.id(), text.indexOf('“') + 1, text.indexOf('”'));
    }

    @Test
    void anActorsPageJumpsToItsQuoteAndAMergeIsUndone() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> speakers().stage().isShowing()));
        assertEquals(2, EditorRobot.fx(() -> speakers().view().actorTable().getItems().size()));

        robot.clickOn(".speakers-filter").write("كيمت");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, EditorRobot.fx(() -> speakers().view().actorTable().getItems().size()), "the folded filter");
        EditorRobot.fx(() -> {
            speakers().model().filterProperty().set("");
            speakers().model().choose(kimmitt.id());
            return null;
        });
        TableView<ActorStatement> page = EditorRobot.fx(() -> speakers().view().page());
        assertEquals(2, EditorRobot.fx(() -> page.getItems().size()));
        assertEquals(newer, EditorRobot.fx(() -> page.getItems().get(0).documentId()), "newest first");

        EditorRobot.fx(() -> {
            page.requestFocus();
            page.getSelectionModel().select(0);
            return null;
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() ->
                app.mainWindow().editor().session().map(s -> s.document().id().equals(newer)).orElse(false)));
        assertEquals(newerQuote.id(), EditorRobot.fx(() -> app.mainWindow().editor().selectedSpanIdProperty().get()),
                "the quote is selected in its article");

        EditorRobot.fx(() -> {
            speakers().stage().toFront();
            return speakers().model().mergeInto(kimmitt.id(), variant.id());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, EditorRobot.fx(() -> speakers().view().actorTable().getItems().size()));
        assertEquals(3, EditorRobot.fx(() -> page.getItems().size()), "omar's quote moved to Kimmitt");
        robot.clickOn(EditorRobot.fx(() -> speakers().view().lookupAll(".button").stream()
                .filter(n -> ((javafx.scene.control.Button) n).getText().equals("Undo merge")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, EditorRobot.fx(() -> speakers().view().actorTable().getItems().size()));
        assertEquals(2, EditorRobot.fx(() -> page.getItems().size()));
        assertTrue(store.actors().find(variant.id()).isPresent());
    }

    private SpeakersWindow speakers() {
        return app.mainWindow().speakers();
    }
}
