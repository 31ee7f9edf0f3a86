package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimRecords;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.RealWindow;
import org.isnad.ui.editing.ClaimProposals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 §2 in the real window: the analyst marks a claim in one article (other words, another inflection,
 * with harakat), the inspector proposes the claim record gathered from other articles, A attaches the claim
 * to it, Ctrl+Z takes that back and Ctrl+Y does it again, and "Open the record's page" shows the record
 * with the new appearance; N starts a new record from a claim no record says.
 */
class ClaimMatchingWindowTest extends RealWindow {
    static final String PENTAGON = "وصرّح المتحدث باسم البنتاغون في مؤتمر صحفي: "
            + "إنَّ الانسحابَ الأمريكيَّ مِنَ العِراقِ لَنْ يُخَلِّفَ فَراغاتٍ أمنيةً. "
            + "وأضاف أن الوزارة ستنشر تقريرها السنوي الشهر المقبل.";
    static final String CLAIM = "الانسحابَ الأمريكيَّ مِنَ العِراقِ لَنْ يُخَلِّفَ فَراغاتٍ أمنيةً";
    static final String OTHER = "الوزارة ستنشر تقريرها السنوي الشهر المقبل";

    final FxRobot robot = new FxRobot();
    final EditorRobot editor = new EditorRobot();
    ClaimArticles articles;
    String vacuumId;
    String forcesId;
    String pentagonDoc;
    IsnadApp app;

    @BeforeEach
    void start() throws Exception {
        articles = new ClaimArticles(store, "layla", Clock.systemUTC());
        ClaimRecords records = new ClaimRecords(store, Clock.systemUTC());
        vacuumId = records.createFrom(articles.kimmittClaim.spanId(), ClaimArticles.STATEMENT, null, Stance.ASSERTS,
                "layla").id();
        records.attach(articles.amiriClaim.spanId(), vacuumId, Stance.DENIES, "layla");
        forcesId = records.createFrom(articles.kimmittLaterClaim.spanId(), "القوات العراقية قادرة على حماية البلاد",
                null, Stance.ASSERTS, "layla").id();
        pentagonDoc = new Library(store, Clock.systemUTC()).importText(PENTAGON, "البنتاغون: لا فراغ أمني",
                new ImportOptions("البنتاغون: لا فراغ أمني", "https://example.org/pentagon", "الحرة", LocalDate.of(2021, 7, 27)),
                "layla").document().id();
        app = fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        EditorRobot.fx(() -> {
            app.mainWindow().openDocument(pentagonDoc);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void marksAClaimAttachesItToARecordProposedFromAnotherArticleAndOpensTheRecordsPage() throws Exception {
        int at = PENTAGON.indexOf(CLAIM);
        editor.select(at, at + CLAIM.length());
        editor.type(KeyCode.C);
        Span claim = claimSpan(at);
        assertTrue(PENTAGON.substring(claim.start(), claim.end()).startsWith(CLAIM), "the drag took the claim's words (whole words)");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> EditorRobot.fx(() ->
                !proposals().lookingProperty().get() && !proposals().proposals().isEmpty()));
        assertEquals(vacuumId, EditorRobot.fx(() -> proposals().proposals().get(0).record().id()),
                "the record gathered from the Alhurra and Al Jazeera articles comes first");
        ListView<?> shown = EditorRobot.fx(() -> (ListView<?>) robot.lookup(".claim-proposals-list").query());
        assertTrue(EditorRobot.fx(() -> shown.isVisible() && shown.getItems().size() >= 1), "the inspector shows them");
        assertTrue(EditorRobot.fx(() -> labelled("In the claim record")).isEmpty(), "not attached yet");

        editor.type(KeyCode.A);
        ClaimStance stance = store.claims().stanceOfSpan(claim.id()).orElseThrow();
        assertEquals(vacuumId, stance.claimId());
        assertEquals(Stance.ASSERTS, stance.stance(), "asserts by default");
        assertTrue(EditorRobot.fx(() -> app.mainWindow().editor().messageProperty().get()
                + proposals().messageProperty().get()).contains(ClaimArticles.STATEMENT));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(store.claims().stanceOfSpan(claim.id()).isEmpty(), "Ctrl+Z takes the attachment back");
        assertTrue(store.annotations().spansOf(store.annotations().setsOf(pentagonDoc).get(0).id()).stream()
                .anyMatch(s -> s.id().equals(claim.id())), "and only the attachment: the claim stays marked");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vacuumId, store.claims().stanceOfSpan(claim.id()).orElseThrow().claimId(), "Ctrl+Y attaches it again");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> EditorRobot.fx(() ->
                proposals().attachedToProperty().get() != null && !proposals().lookingProperty().get()));
        robot.clickOn(EditorRobot.fx(() -> (Button) robot.lookup(".claim-proposals-open").query()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> EditorRobot.fx(() ->
                app.mainWindow().claims().stage().isShowing()));
        assertEquals(vacuumId, EditorRobot.fx(() -> app.mainWindow().claims().model().chosenProperty().get().record().id()));
        assertEquals(3, EditorRobot.fx(() -> app.mainWindow().claims().appearances().getItems().size()),
                "Kimmitt's, al-Amiri's and the Pentagon's");
        assertTrue(EditorRobot.fx(() -> app.mainWindow().claims().appearances().getItems().stream()
                .anyMatch(a -> a.documentId().equals(pentagonDoc) && a.stance() == Stance.ASSERTS)));
    }

    @Test
    void aClaimNoRecordSaysStartsANewRecordWithN() throws Exception {
        int at = PENTAGON.indexOf(OTHER);
        editor.select(at, at + OTHER.length());
        editor.type(KeyCode.C);
        Span claim = claimSpan(at);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> EditorRobot.fx(() -> !proposals().lookingProperty().get()
                && proposals().spanIdProperty().get() != null));
        assertFalse(EditorRobot.fx(() -> proposals().proposals().stream()
                .anyMatch(p -> p.record().id().equals(vacuumId))), "the withdrawal record says something else");
        editor.type(KeyCode.N);
        ClaimStance stance = store.claims().stanceOfSpan(claim.id()).orElseThrow();
        assertEquals(OTHER, store.claims().find(stance.claimId()).orElseThrow().statement(), "the span's words");
        assertEquals(3, store.claims().summaries().size(), "the two records and the new one");
    }

    private Span claimSpan(int near) {
        return store.annotations().spansOf(store.annotations().setsOf(pentagonDoc).get(0).id()).stream()
                .filter(s -> s.layer() == Layer.CLAIM && Math.abs(s.start() - near) < 3).findFirst().orElseThrow();
    }

    private String labelled(String prefix) {
        return robot.lookup(".claim-proposals-state").queryAll().stream().map(n -> ((javafx.scene.control.Label) n).getText())
                .filter(t -> t.startsWith(prefix)).findFirst().orElse("");
    }

    private ClaimProposals proposals() {
        return app.mainWindow().editor().claimProposals().orElseThrow();
    }
}
