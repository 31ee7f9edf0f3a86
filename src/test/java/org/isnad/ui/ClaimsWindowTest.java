package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimRecords;
import org.isnad.store.FileSigningKeys;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.RealWindow;
import org.isnad.ui.claims.ClaimsWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claims window in the real window: opened by its shortcut, a record found by typing Arabic words, its
 * page (timeline by stance, appearances), an appearance opening its article, and a signed rating.
 */
class ClaimsWindowTest extends RealWindow {
    final FxRobot robot = new FxRobot();
    final FileSigningKeys keys = stores.keys();
    IsnadApp app;
    ClaimArticles articles;
    String claimId;

    @BeforeEach
    void start() throws Exception {
        articles = new ClaimArticles(store, "layla", Clock.systemUTC());
        ClaimRecords records = new ClaimRecords(store, Clock.systemUTC());
        claimId = records.createFrom(articles.kimmittClaim.spanId(), ClaimArticles.STATEMENT, null, Stance.ASSERTS,
                "layla").id();
        records.attach(articles.amiriClaim.spanId(), claimId, Stance.DENIES, "layla");
        records.attach(articles.kimmittLaterClaim.spanId(), claimId, Stance.DENIES, "layla");
        records.create("ارتفاع أسعار النفط بعد الانسحاب", "Oil prices rise after the withdrawal", "layla");
        app = fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC(), keys));
    }

    @Test
    void aRecordIsFoundItsPageOpensAnAppearanceAndItIsRated() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> claims().stage().isShowing()));
        assertEquals(2, EditorRobot.fx(() -> claims().table().getItems().size()));

        robot.clickOn(".claims-filter").write("فراغا امنيا");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, EditorRobot.fx(() -> claims().table().getItems().size()), "the folded filter, without hamza or tanween");
        assertEquals(3, EditorRobot.fx(() -> claims().table().getItems().get(0).appearances()));
        assertEquals(2, EditorRobot.fx(() -> claims().table().getItems().get(0).speakers()));

        robot.clickOn(EditorRobot.fx(() -> claims().table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, EditorRobot.fx(() -> claims().appearances().getItems().size()), "the record's page");
        assertEquals(1, EditorRobot.fx(() -> claims().timelinePoints(Stance.ASSERTS)));
        assertEquals(2, EditorRobot.fx(() -> claims().timelinePoints(Stance.DENIES)));
        assertEquals(articles.kimmittClaim.documentId(), EditorRobot.fx(() ->
                claims().appearances().getItems().get(0).documentId()), "oldest first");

        EditorRobot.fx(() -> {
            claims().appearances().requestFocus();
            claims().appearances().getSelectionModel().select(1);
            return null;
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> app.mainWindow().editor().session()
                .map(s -> s.document().id().equals(articles.amiriClaim.documentId())).orElse(false)));
        assertEquals(articles.amiriClaim.spanId(), EditorRobot.fx(() ->
                app.mainWindow().editor().selectedSpanIdProperty().get()), "the claim is selected in its article");

        EditorRobot.fx(() -> {
            claims().stage().toFront();
            return null;
        });
        assertTrue(EditorRobot.fx(() -> claims().ratingLabel().getText()).contains("Not rated"));
        robot.clickOn(button(claims().stage().getScene().getRoot(), "Rate…"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> claims().ratingDialog() != null
                && claims().ratingDialog().isShowing()));
        Node pane = EditorRobot.fx(() -> claims().ratingDialog().getDialogPane());
        robot.clickOn(button(pane, "Sign and save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(EditorRobot.fx(() -> claims().ratingDialog().isShowing()), "no level chosen: the dialog stays");
        EditorRobot.fx(() -> {
            claims().chooseLevel(2);
            return null;
        });
        robot.clickOn(pane.lookup(".text-area")).write("تصريحات لاحقة لكيميت نفسه تناقض الادعاء");
        robot.clickOn(button(pane, "Sign and save"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> !claims().ratingDialog().isShowing()));
        ClaimRating rating = store.claims().rating(claimId).orElseThrow();
        assertEquals(2, rating.value());
        assertEquals("غير صحيح في معظمه", rating.label());
        assertEquals("تصريحات لاحقة لكيميت نفسه تناقض الادعاء", rating.explanation());
        String shown = EditorRobot.fx(() -> claims().ratingLabel().getText());
        assertTrue(shown.contains("Mostly false") && shown.endsWith("Signature: valid"), shown);
    }

    private static Button button(Node root, String label) {
        return EditorRobot.fx(() -> root.lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> label.equals(b.getText())).findFirst().orElseThrow());
    }

    private ClaimsWindow claims() {
        return app.mainWindow().claims();
    }
}
