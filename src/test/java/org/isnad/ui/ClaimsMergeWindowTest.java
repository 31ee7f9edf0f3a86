package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimRecords;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.RealWindow;
import org.isnad.ui.claims.ClaimsWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Merge and split in the claims window, driven by mouse and keys: two records chosen with Ctrl+click are
 * merged after the confirmation that names them, Undo brings them back; an appearance chosen on a record's
 * page is split off into a new record, Ctrl+Z takes that back. Each step is in the audit trail.
 */
class ClaimsMergeWindowTest extends RealWindow {
    static final String TWIN = "الانسحاب الأمريكي سيخلق فراغًا أمنيًا في العراق";
    static final String OIL = "ارتفاع أسعار النفط بعد الانسحاب";
    static final String OIL_TEXT = "سترتفع أسعار النفط بعد انسحاب القوات.";
    final FxRobot robot = new FxRobot();
    IsnadApp app;
    ClaimArticles articles;
    String vacuumId;
    String twinId;

    @BeforeEach
    void start() throws Exception {
        articles = new ClaimArticles(store, "layla", Clock.systemUTC());
        ClaimRecords records = new ClaimRecords(store, Clock.systemUTC());
        vacuumId = records.createFrom(articles.kimmittClaim.spanId(), ClaimArticles.STATEMENT, null, Stance.ASSERTS,
                "layla").id();
        records.attach(articles.amiriClaim.spanId(), vacuumId, Stance.DENIES, "layla");
        twinId = records.createFrom(articles.kimmittLaterClaim.spanId(), TWIN, null, Stance.DENIES, "layla").id();
        String oilId = records.create(OIL, null, "layla").id();
        // an article pasted without its details: no web address, no outlet
        String bare = new org.isnad.service.Library(store, Clock.systemUTC()).importText(OIL_TEXT, "نفط.txt",
                new org.isnad.service.ImportOptions("نفط.txt", null, null, null), "layla").document().id();
        org.isnad.domain.Span oil = org.isnad.service.AnnotationSession.open(store, bare, "layla", Clock.systemUTC())
                .mark(org.isnad.domain.Layer.CLAIM, 0, OIL_TEXT.length() - 1);
        records.attach(oil.id(), oilId, Stance.ASSERTS, "layla");
        app = fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K).release(KeyCode.K, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> claims().stage().isShowing()));
    }

    @Test
    void twoRecordsAreMergedAfterTheConfirmationAndUndoBringsThemBack() throws Exception {
        robot.clickOn(row(ClaimArticles.STATEMENT));
        robot.press(KeyCode.CONTROL).clickOn(row(TWIN)).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(EditorRobot.fx(() -> claims().mergeButton()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> claims().mergeConfirmation() != null
                && claims().mergeConfirmation().isShowing()));
        String asked = EditorRobot.fx(() -> claims().mergeConfirmation().getHeaderText()
                + claims().mergeConfirmation().getContentText());
        assertTrue(asked.contains("Keep «" + ClaimArticles.STATEMENT + "»") && asked.contains("«" + TWIN + "»"), asked);
        robot.clickOn(button(EditorRobot.fx(() -> claims().mergeConfirmation().getDialogPane()), "Merge"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(store.claims().find(twinId).isEmpty(), "the record with fewer appearances is merged away");
        assertEquals(List.of(vacuumId, vacuumId, vacuumId), spansOf(articles.kimmittClaim, articles.amiriClaim,
                articles.kimmittLaterClaim));
        assertEquals(Stance.DENIES, store.claims().stanceOfSpan(articles.kimmittLaterClaim.spanId()).orElseThrow().stance(),
                "each appearance keeps its stance");
        assertEquals(2, EditorRobot.fx(() -> claims().table().getItems().size()));
        assertEquals(3, EditorRobot.fx(() -> claims().appearances().getItems().size()), "the kept record's page");
        assertTrue(lastAudit().description().startsWith("Merge claim record «" + TWIN + "» into"));

        robot.clickOn(button(EditorRobot.fx(() -> claims().stage().getScene().getRoot()), "Undo"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TWIN, store.claims().find(twinId).orElseThrow().statement(), "Undo brings the record back");
        assertEquals(List.of(vacuumId, vacuumId, twinId), spansOf(articles.kimmittClaim, articles.amiriClaim,
                articles.kimmittLaterClaim));
        assertEquals(3, EditorRobot.fx(() -> claims().table().getItems().size()));
        assertTrue(lastAudit().action().equals("undo"));
    }

    @Test
    void anAppearanceIsSplitOffIntoANewRecordAndCtrlZTakesItBack() throws Exception {
        robot.clickOn(row(ClaimArticles.STATEMENT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, EditorRobot.fx(() -> claims().appearances().getItems().size()));
        Node amiri = EditorRobot.fx(() -> claims().appearances().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null
                        && ((org.isnad.domain.ClaimAppearance) r.getItem()).spanId().equals(articles.amiriClaim.spanId()))
                .findFirst().orElseThrow());
        robot.clickOn(amiri);
        robot.clickOn(EditorRobot.fx(() -> claims().splitButton()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> claims().splitDialog() != null
                && claims().splitDialog().isShowing()));
        robot.clickOn(EditorRobot.fx(() -> claims().splitDialog().getEditor()));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("انسحاب القوات الأميركية سيترك فراغاً أمنياً خطيراً");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        ClaimStance moved = store.claims().stanceOfSpan(articles.amiriClaim.spanId()).orElseThrow();
        assertEquals("انسحاب القوات الأميركية سيترك فراغاً أمنياً خطيراً",
                store.claims().find(moved.claimId()).orElseThrow().statement());
        assertEquals(Stance.DENIES, moved.stance());
        assertEquals(vacuumId, store.claims().stanceOfSpan(articles.kimmittClaim.spanId()).orElseThrow().claimId());
        assertEquals(moved.claimId(), EditorRobot.fx(() -> claims().model().chosenProperty().get().record().id()),
                "the new record's page is shown");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vacuumId, store.claims().stanceOfSpan(articles.amiriClaim.spanId()).orElseThrow().claimId(),
                "Ctrl+Z puts the appearance back");
        assertTrue(store.claims().find(moved.claimId()).isEmpty());
        assertTrue(EditorRobot.fx(() -> claims().status().getText()).startsWith("Undone: split of a claim record"));
    }

    @Test
    void anAppearanceWithoutWebAddressOrOutletIsPointedOut() throws Exception {
        robot.clickOn(row(OIL));
        WaitForAsyncUtils.waitForFxEvents();
        String warning = EditorRobot.fx(() -> ((javafx.scene.control.Label) claims().stage().getScene().getRoot()
                .lookup(".claims-unsourced")).getText());
        assertTrue(warning.startsWith("One appearance lacks a web address or an outlet"), warning);
        assertEquals("no web address, no outlet", EditorRobot.fx(() -> claims().appearances().getColumns().stream()
                .filter(c -> c.getText().equals("Source")).findFirst().orElseThrow().getCellData(0)));
        robot.clickOn(row(ClaimArticles.STATEMENT));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(EditorRobot.fx(() -> !claims().stage().getScene().getRoot().lookup(".claims-unsourced").isVisible()),
                "the withdrawal's appearances have both");
    }

    private List<String> spansOf(ClaimArticles.Marked... marked) {
        return java.util.Arrays.stream(marked)
                .map(m -> store.claims().stanceOfSpan(m.spanId()).map(ClaimStance::claimId).orElse(null)).toList();
    }

    private AuditEvent lastAudit() {
        List<AuditEvent> events = store.audit().all();
        return events.get(events.size() - 1);
    }

    private Node row(String statement) {
        return EditorRobot.fx(() -> claims().table().lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() != null
                        && ((org.isnad.domain.ClaimRecordSummary) r.getItem()).record().statement().equals(statement))
                .findFirst().orElseThrow());
    }

    private static Button button(Node root, String label) {
        return EditorRobot.fx(() -> root.lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> label.equals(b.getText())).findFirst().orElseThrow());
    }

    private ClaimsWindow claims() {
        return app.mainWindow().claims();
    }
}
