package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Polarity;
import org.isnad.domain.Span;
import org.isnad.domain.VerdictKind;
import org.isnad.service.ReviewService;
import org.isnad.store.FileSigningKeys;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.KimmittAnnotations;
import org.isnad.testing.RealWindow;
import org.isnad.ui.language.UiText;
import org.isnad.ui.review.ReviewWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reviewer fixes a claim's attributes in review mode (Shift+F, a form filled in as the analyst left
 * it: normalized text, polarity and claimant, OK): the corrected attributes are stored with a "fixed"
 * verdict, and Ctrl+Z takes both back.
 */
class ReviewAttributeFixTest extends RealWindow {
    static final String NORMALIZED = "الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني";

    final FileSigningKeys keys = stores.keys();
    final FxRobot robot = new FxRobot();
    Application app;
    String setId;
    Span cue;
    Span claim;
    final Actor kimmitt = Kimmitt.actor();

    @BeforeEach
    void annotateAndSubmitAsLayla() {
        KimmittAnnotations layla = new KimmittAnnotations(store, "layla", Clock.systemUTC());
        setId = layla.setId;
        cue = layla.cue;
        claim = layla.claim;
        new ReviewService(store, keys, Clock.systemUTC()).submit(setId, "layla");
        store.actors().add(kimmitt);
    }

    @Test
    void shiftFFixesAClaimsAttributesAsAVerdictAndUndoTakesItBack() throws Exception {
        app = fx.startInFront(() -> new IsnadApp(store, "omar", Clock.systemUTC(), keys));
        ClaimDetails before = (ClaimDetails) stored().requireSpan(claim.id()).attributes();
        keys(KeyCode.CONTROL, KeyCode.R);
        assertTrue(review().active());
        assertEquals(cue.id(), current());
        keys(KeyCode.SHIFT, KeyCode.F);
        assertEquals(text("review.fix.attributes.nothing"), message(), "a cue has no attributes");

        while (!claim.id().equals(current())) {
            keys(KeyCode.N);
        }
        keys(KeyCode.SHIFT, KeyCode.F);
        TextField normalized = robot.lookup(".fix-claim-text").queryAs(TextField.class);
        assertEquals(before.normalizedText() == null ? "" : before.normalizedText(), normalized.getText(), "filled in as left");
        robot.clickOn(normalized);
        robot.write(NORMALIZED);
        ComboBox<?> polarity = robot.lookup(".fix-claim-polarity").queryAs(ComboBox.class);
        robot.clickOn(polarity);
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> denies = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && text("inspector.claim.polarity.denies").equals(c.getText()) && c.isVisible())
                .map(n -> (ListCell<?>) n).findFirst().orElseThrow(() -> new AssertionError("no «denies» entry"));
        robot.clickOn(denies);
        // the claimant, among the known actors: typed, Down, Enter (Enter stays in the picker)
        robot.clickOn(robot.lookup(".attribute-fix .actor-search").queryAs(TextField.class));
        robot.write("كيميت").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".attribute-fix").tryQuery().isPresent(), "Enter picked the actor, the form is still open");
        assertTrue(robot.lookup(".attribute-fix .actor-new").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "no new actor is made in a fix");
        shoot(robot.lookup(".attribute-fix").query().getScene(), "review-fix-attributes-en.png");
        robot.clickOn(text("review.fix.attributes.ok"));
        WaitForAsyncUtils.waitForFxEvents();

        AnnotationSet after = stored();
        ClaimDetails fixed = (ClaimDetails) after.requireSpan(claim.id()).attributes();
        assertEquals(new ClaimDetails(NORMALIZED, kimmitt.id(), Polarity.DENIES, before.commitment(),
                before.claimType(), before.checkWorthiness(), before.topic(), before.verdict()), fixed, message());
        assertEquals(VerdictKind.FIXED, after.verdict(claim.id()).orElseThrow().kind());
        assertEquals(claim.start(), after.requireSpan(claim.id()).start(), "bounds untouched");

        keys(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, stored().requireSpan(claim.id()).attributes());
        assertTrue(stored().verdict(claim.id()).isEmpty());

        // the same form in Arabic, for looking at (target/screenshots)
        EditorRobot.fx(() -> {
            javafx.scene.control.Dialog<?> arabic = org.isnad.ui.review.AttributeFixShots.show(new UiText(new Locale("ar")),
                    robot.lookup(".status-message").query().getScene().getWindow(),
                    Kimmitt.CLAIM, stored().requireSpan(claim.id()).attributes(), ((IsnadApp) app).mainWindow().editor().actors());
            shoot(arabic.getDialogPane().getScene(), "review-fix-attributes-ar.png");
            arabic.close();
            return null;
        });
    }

    void shoot(javafx.scene.Scene scene, String name) {
        EditorRobot.fx(() -> {
            java.nio.file.Path file = java.nio.file.Path.of("target/screenshots", name);
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            return null;
        });
    }

    ReviewWindow review() {
        return ((IsnadApp) app).mainWindow().review().orElseThrow();
    }

    String current() {
        return review().mode().currentSpanIdProperty().get();
    }

    String message() {
        return robot.lookup(".status-message").queryAs(Label.class).getText();
    }

    String text(String key) {
        return review().mode().text().get(key);
    }

    void keys(KeyCode... combination) {
        robot.press(combination).release(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }

    AnnotationSet stored() {
        return new ReviewService(store, keys, Clock.systemUTC()).load(setId);
    }
}
