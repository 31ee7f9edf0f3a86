package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.service.ActorRole;
import org.isnad.service.SpeakerDirectory;
import org.isnad.service.CorpusChanges;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.RealWindow;
import org.isnad.ui.speakers.SpeakersWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing an actor's record in the speaker directory, by mouse and keys, in Arabic: kind, Wikidata
 * id (a malformed one is refused in the form, nothing saved), aliases, a role from a day on; undone
 * by «Undo edit»; an edit over someone else's change is refused.
 */
class SpeakerEditWindowTest extends RealWindow {
    static final String ROLE = "الناطق باسم قوات التحالف";
    final FxRobot robot = new FxRobot();
    IsnadApp app;
    Actor kimmitt;

    @BeforeEach
    void start() throws Exception {
        kimmitt = Actor.create(Kimmitt.SPEAKER, ActorKind.PERSON, Kimmitt.ROLE);
        store.actors().add(kimmitt);
        store.actors().add(Actor.create("وكالة رويترز", ActorKind.MEDIA_OUTLET, null));
        app = fx.start(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
    }

    @Test
    void anActorsRecordIsEditedByHandThenUndone() throws Exception {
        openDirectoryOn(Kimmitt.SPEAKER);
        robot.clickOn(button("Edit…"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#actor-edit-kind").queryAll().isEmpty());

        robot.clickOn("#actor-edit-kind");
        robot.clickOn("organization");
        replace("#actor-edit-wikidata", "X12");
        robot.clickOn("#actor-edit-aliases").write("كيميت");
        robot.type(KeyCode.ENTER).write("الجنرال كيميت");
        replace("#actor-edit-role", ROLE);
        replace("#actor-edit-since", "2004-04-01");
        robot.clickOn(formButton("Save"));
        WaitForAsyncUtils.waitForFxEvents();
        String refusal = EditorRobot.fx(() -> ((javafx.scene.text.Text) robot.lookup(".actor-edit-error").query()).getText());
        assertTrue(refusal.contains("Q followed by digits") && refusal.contains("X12"), refusal);
        assertEquals(kimmitt, store.actors().find(kimmitt.id()).orElseThrow(), "nothing saved on a refusal");

        replace("#actor-edit-wikidata", "Q42");
        robot.clickOn(formButton("Save"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actor-edit-kind").queryAll().isEmpty());
        Actor edited = store.actors().find(kimmitt.id()).orElseThrow();
        assertEquals(ActorKind.ORGANIZATION, edited.kind());
        assertEquals("Q42", edited.wikidataId());
        assertEquals(List.of("كيميت", "الجنرال كيميت"), edited.aliases());
        assertEquals(ROLE, edited.role());
        assertEquals(List.of(new ActorRole(LocalDate.of(2004, 4, 1), ROLE)), store.directory().roles(kimmitt.id()));
        assertTrue(store.audit().corpusEvents().stream().anyMatch(e -> e.action().equals("edit actor")
                && e.user().equals("layla")), "the edit is in the audit trail");
        assertTrue(EditorRobot.fx(() -> speakers().view().lookupAll(".label").stream()
                .anyMatch(n -> ((Label) n).getText().contains("Q42"))), "the page shows the new record");

        robot.clickOn(button("Undo edit"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kimmitt, store.actors().find(kimmitt.id()).orElseThrow(), "undo puts the record back");
        assertEquals(List.of(), store.directory().roles(kimmitt.id()));
        assertTrue(store.audit().corpusEvents().stream().anyMatch(e -> e.action().equals("undo edit actor")));
    }

    @Test
    void anEditOverSomeoneElsesChangeIsRefused() throws Exception {
        openDirectoryOn(Kimmitt.SPEAKER);
        // another analyst (another program) adds the Wikidata id meanwhile
        new SpeakerDirectory(store, Clock.systemUTC(), new CorpusChanges()).update(new Actor(kimmitt.id(),
                kimmitt.canonicalName(), null, List.of(), ActorKind.PERSON, kimmitt.role(), "Q7"), "omar");
        robot.clickOn(button("Edit…"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#actor-edit-kind").queryAll().isEmpty());
        replace("#actor-edit-wikidata", "Q42");
        robot.clickOn(formButton("Save"));
        WaitForAsyncUtils.waitForFxEvents();
        String refusal = EditorRobot.fx(() -> ((javafx.scene.text.Text) robot.lookup(".actor-edit-error").query()).getText());
        assertFalse(refusal.isBlank(), "the refusal is shown in the form");
        assertEquals("Q7", store.actors().find(kimmitt.id()).orElseThrow().wikidataId(), "the other change stays");
        // the form's own Cancel (a window another test left open may have one too)
        robot.clickOn(formButton("Cancel"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#actor-edit-kind").queryAll().isEmpty());
        robot.clickOn(button("Undo edit"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q7", store.actors().find(kimmitt.id()).orElseThrow().wikidataId(), "nothing of mine to undo");
        assertNull(store.actors().find(kimmitt.id()).orElseThrow().latinName());
    }

    private void openDirectoryOn(String name) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> speakers().stage().isShowing()));
        robot.clickOn(robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && name.equals(c.getText())).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kimmitt.id(), EditorRobot.fx(() -> speakers().model().chosenProperty().get().actor().id()));
    }

    private void replace(String field, String text) {
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    /** A button of the edit form itself. */
    private Button formButton(String label) {
        Node field = robot.lookup("#actor-edit-kind").query();
        Node pane = field;
        while (!(pane instanceof javafx.scene.control.DialogPane)) {
            pane = pane.getParent();
        }
        return (Button) pane.lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && label.equals(b.getText())).findFirst().orElseThrow();
    }

    private Button button(String label) {
        return robot.lookup((Node n) -> n instanceof Button b && label.equals(b.getText()) && b.isVisible()).query();
    }

    private SpeakersWindow speakers() {
        return app.mainWindow().speakers();
    }
}
