package org.isnad.ui;

import org.isnad.ui.editor.HighlightOwner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Layer;
import org.isnad.domain.SetState;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.service.ReviewService;
import org.isnad.store.FileSigningKeys;
import org.isnad.testing.KimmittAnnotations;
import org.isnad.testing.RealWindow;
import org.isnad.ui.review.ReviewWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, driven with the keyboard only: reviewer omar reviews analyst layla's
 * submitted set (A, A, R + comment + Enter), is refused approval while one annotation has no
 * verdict, gives it, approves with Ctrl+Shift+A and sees a valid badge; an annotation changed in
 * the store afterwards turns the badge invalid once checked again (F5).
 */
class ReviewWindowTest extends RealWindow {
    static final String TEXT = KimmittAnnotations.TEXT;
    static final String REJECTION = "the quote ends too early";

    final FileSigningKeys keys = stores.keys();
    Application app;
    final FxRobot robot = new FxRobot();
    String setId;
    Span cue;
    Span speaker;
    Span quote;
    Span claim;

    @BeforeEach
    void annotateAndSubmitAsLayla() {
        KimmittAnnotations layla = new KimmittAnnotations(store, "layla", Clock.systemUTC());
        setId = layla.setId;
        cue = layla.cue;
        speaker = layla.speaker;
        quote = layla.quote;
        claim = layla.claim;
        new ReviewService(store, keys, Clock.systemUTC()).submit(setId, "layla");
    }

    void startAs(String user) throws Exception {
        app = fx.startInFront(() -> new IsnadApp(store, user, Clock.systemUTC(), keys));
    }

    ReviewWindow review() {
        return ((IsnadApp) app).mainWindow().review().orElseThrow();
    }

    String message() {
        return robot.lookup(".status-message").queryAs(Label.class).getText();
    }

    String current() {
        return review().mode().currentSpanIdProperty().get();
    }

    void keys(KeyCode... combination) {
        robot.press(combination).release(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses an item of the Review menu. */
    void fire(String itemId) {
        EditorRobot.fx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            Menu menu = bar.getMenus().stream().filter(m -> "reviewMenu".equals(m.getId())).findFirst().orElseThrow();
            menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    AnnotationSet stored() {
        return new ReviewService(store, keys, Clock.systemUTC()).load(setId);
    }

    @Test
    void aReviewWithTheKeyboardOnlyEndsInAValidSignatureThatAStoreChangeBreaks() throws Exception {
        startAs("omar");
        keys(KeyCode.CONTROL, KeyCode.R);
        assertTrue(review().active(), "Ctrl+R opened review mode on the only other set");
        assertEquals(cue.id(), current(), "review starts at the first annotation in reading order");
        assertEquals(cue.id(), new EditorRobot().view().selectedIdProperty(HighlightOwner.ANNOTATIONS).get(), "the current one is outlined");

        keys(KeyCode.A);
        assertEquals(speaker.id(), current(), "A accepts and moves on");
        keys(KeyCode.N);
        assertEquals(quote.id(), current(), "N steps without a verdict");
        keys(KeyCode.P);
        assertEquals(speaker.id(), current(), "P steps back");
        keys(KeyCode.A);
        assertEquals(quote.id(), current());

        keys(KeyCode.R);
        assertTrue(robot.lookup(".review-comment").query().isFocused(), "R asks for a comment");
        robot.write(REJECTION);
        keys(KeyCode.ENTER);
        assertEquals(claim.id(), current(), "Enter rejects and moves on");
        assertFalse(robot.lookup(".review-comment-box").query().isVisible(), "the comment field is gone");

        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertTrue(message().contains("1 of 4 annotations has no verdict"), message());
        assertEquals(SetState.SUBMITTED, store.annotations().findSet(setId).orElseThrow().state());
        assertTrue(review().bar().badge().getText().isEmpty() || !review().bar().badge().isVisible(), "nothing signed yet");

        keys(KeyCode.A);
        assertTrue(review().mode().progress().complete());
        // the confirmation says what will be signed and with which key; Cancel signs nothing
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        javafx.scene.control.DialogPane confirm = robot.lookup(".signing-confirmation").queryAs(javafx.scene.control.DialogPane.class);
        String shown = EditorRobot.fx(() -> confirm.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(shown.contains("وقال مارك كيميت"), "the document's title: " + shown);
        assertTrue(shown.contains("layla's set") && shown.contains(setId), "the set: " + shown);
        assertTrue(shown.contains("4 annotations"), "the counts: " + shown);
        assertTrue(shown.contains("3 accepted, 1 rejected, 0 fixed"), shown);
        String fingerprint = org.isnad.service.signing.ReviewerKey.fingerprint(keys.publicKeyOf("omar").orElseThrow().publicKey());
        assertTrue(shown.replaceAll("\\s", "").contains(fingerprint), "the key's fingerprint " + fingerprint + " in " + shown);
        robot.clickOn(robot.lookup(".signing-confirmation .button").lookup((javafx.scene.control.Button b) -> b.getText().equals("Cancel"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SetState.SUBMITTED, store.annotations().findSet(setId).orElseThrow().state(), "cancelled: nothing signed");
        assertTrue(store.reviews().signOffsOf(setId).isEmpty());
        assertTrue(message().contains("Not signed"), message());

        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        robot.clickOn(robot.lookup(".signing-confirmation .button").lookup((javafx.scene.control.Button b) -> b.getText().equals("Sign"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(SetState.APPROVED, store.annotations().findSet(setId).orElseThrow().state(), message());

        AnnotationSet set = stored();
        for (Span s : List.of(cue, speaker, claim)) {
            Verdict v = set.verdict(s.id()).orElseThrow();
            assertEquals(VerdictKind.ACCEPTED, v.kind());
            assertEquals("omar", v.reviewer());
        }
        assertEquals(VerdictKind.REJECTED, set.verdict(quote.id()).orElseThrow().kind());
        assertEquals(REJECTION, set.verdict(quote.id()).orElseThrow().comment());

        Label badge = review().bar().badge();
        assertTrue(badge.isVisible());
        assertTrue(badge.getText().contains("signature valid"), badge.getText());
        assertTrue(badge.getStyleClass().contains("signoff-valid"), badge.getStyleClass().toString());

        // someone changes an annotation behind the window's back
        store.annotations().updateSpan(setId, claim.withBounds(claim.start() + "الانسحاب ".length(), claim.end()));
        keys(KeyCode.F5);
        assertTrue(badge.getText().contains("INVALID"), badge.getText());
        assertTrue(badge.getStyleClass().contains("signoff-invalid"), badge.getStyleClass().toString());
    }

    @Test
    void theAnalystSeesHerSetReadOnlyAndTheVerdictsOnHerAnnotations() throws Exception {
        ReviewService service = new ReviewService(store, keys, Clock.systemUTC());
        service.review(setId, "omar").reject(quote.id(), REJECTION);
        service.requestChanges(setId, "omar", "fix the quote");
        startAs("layla");
        Label state = robot.lookup(".status-review-state").queryAs(Label.class);
        assertTrue(state.getText().contains("changes requested"), state.getText());
        assertTrue(EditorRobot.fx(() -> review().status().bannerTextProperty().get()).contains("fix the quote"));

        // the rejected quote carries a verdict mark, and selecting it says who rejected it and why
        assertTrue(new EditorRobot().view().getHighlights(HighlightOwner.VERDICTS).stream().anyMatch(h -> h.id().equals(quote.id())
                && h.layer().equals("verdict-rejected")));
        EditorRobot.fx(() -> {
            ((IsnadApp) app).mainWindow().editor().selectedSpanIdProperty().set(quote.id());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".review-verdict-note").query().isVisible());

        fire("menu-review-resume");
        assertEquals(SetState.IN_PROGRESS, store.annotations().findSet(setId).orElseThrow().state());
        fire("menu-review-submit");
        assertEquals(SetState.SUBMITTED, store.annotations().findSet(setId).orElseThrow().state());
        assertTrue(state.getText().contains("submitted"), state.getText());

        // a read-only set refuses edits with the service's message
        EditorRobot editor = new EditorRobot();
        int at = TEXT.indexOf("مساعد");
        editor.select(at, at + "مساعد".length());
        editor.type(KeyCode.S);
        assertTrue(message().contains("waits for review"), message());
        assertEquals(4, store.annotations().spansOf(setId).size());
    }

    @Test
    void theFiltersUFixAndSendingBackWorkFromTheWindowAndHistoryOpens() throws Exception {
        startAs("omar");
        keys(KeyCode.CONTROL, KeyCode.R);
        @SuppressWarnings("unchecked")
        ComboBox<Object> layers = robot.lookup(".review-layer-filter").queryAs(ComboBox.class);
        EditorRobot.fx(() -> {
            layers.getSelectionModel().select(1 + Layer.QUOTE.ordinal());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quote.id(), current(), "the current annotation follows the layer filter");
        assertEquals(List.of(quote.id()), new EditorRobot().view().getHighlights(HighlightOwner.ANNOTATIONS).stream()
                .map(h -> h.id()).toList(), "only the quote is drawn");

        // F: the quote's bounds move to the selection, quotation marks included
        int start = TEXT.indexOf("“");
        int end = TEXT.indexOf("”") + 1;
        new EditorRobot().select(start, end);
        keys(KeyCode.F);
        Verdict fixed = stored().verdict(quote.id()).orElseThrow();
        assertEquals(VerdictKind.FIXED, fixed.kind(), message());
        assertEquals(start, stored().requireSpan(quote.id()).start());
        assertEquals(end, stored().requireSpan(quote.id()).end());

        EditorRobot.fx(() -> {
            layers.getSelectionModel().select(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        keys(KeyCode.U);
        assertEquals(claim.id(), current(), "U goes on to the next annotation without a verdict");

        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        assertTrue(robot.lookup(".review-comment").query().isFocused(), "Ctrl+Shift+R asks what to change");
        robot.write("mark the second speaker too");
        keys(KeyCode.ENTER);
        assertEquals(SetState.CHANGES_REQUESTED, store.annotations().findSet(setId).orElseThrow().state(), message());

        keys(KeyCode.CONTROL, KeyCode.H);
        assertTrue(robot.lookup(".audit-table").tryQuery().isPresent(), "Ctrl+H shows the document's history");
    }
}
