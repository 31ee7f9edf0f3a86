package org.isnad.ui.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.isnad.agreement.CurationUnit;
import org.isnad.app.IsnadApp;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.Layer;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Assignments;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.ReviewService;
import org.isnad.store.FileSigningKeys;
import org.isnad.testing.RealWindow;
import org.isnad.testing.SampleArticles;
import org.isnad.testing.FxToolkitExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless: curator rania curates the Alhurra article from salma's and omar's sets with the
 * keyboard. Ctrl+Shift+U merges the two units both marked alike; she takes salma's version of the quote they
 * disagree on (1), omar's speaker only he marked (2), leaves out the cue only salma marked (0), submits; a reviewer
 * approves. The curated set's offsets are exactly the chosen analysts' offsets.
 */
class CurationWindowTest extends RealWindow {
    static final String SPEAKER = "توماس إيريك";
    static final String AGREED_QUOTE = "خطر “داعش” لم ينته";
    static final String QUOTE = "الطرفين بحثا في نيويورك إنهاء وجود التحالف في العراق";
    static final String SUDANI = "السوداني";
    static final String CUE = "أشار";

    final FileSigningKeys keys = stores.keys();
    final FxRobot robot = new FxRobot();
    String doc;
    String text;

    @BeforeEach
    void twoAnalystsMarkTheArticle() {
        Clock clock = Clock.systemUTC();
        doc = new Library(store, clock).importText(SampleArticles.alhurra(), "alhurra", ImportOptions.none(), "lead")
                .document().id();
        text = store.documents().find(doc).orElseThrow().text();
        new Assignments(store, clock).assign(List.of(doc), List.of("salma", "omar"), "rania", "lead");
        for (String analyst : List.of("salma", "omar")) {
            AnnotationSession s = AnnotationSession.open(store, doc, analyst, clock);
            mark(s, Layer.SPEAKER, SPEAKER, 0);
            mark(s, Layer.QUOTE, AGREED_QUOTE, 0);
            if (analyst.equals("salma")) {
                mark(s, Layer.QUOTE, QUOTE, 0);
                mark(s, Layer.CUE, CUE, 0);
            } else {
                mark(s, Layer.QUOTE, QUOTE, " إنهاء وجود التحالف في العراق".length());
                mark(s, Layer.SPEAKER, SUDANI, 0);
            }
        }
    }

    private void mark(AnnotationSession s, Layer layer, String words, int shortenBy) {
        int start = text.indexOf(words);
        s.mark(layer, start, start + words.length() - shortenBy);
    }

    private CurationMode mode(IsnadApp app) {
        return app.mainWindow().curation();
    }

    private void keys(KeyCode... combination) {
        robot.press(combination).release(combination);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses N until the unit at hand starts where {@code words} do (in the given layer). */
    private void stepTo(CurationMode mode, Layer layer, String words) {
        int start = text.indexOf(words);
        for (int i = 0; i < 10; i++) {
            CurationUnit u = FxToolkitExtension.fx(() -> mode.current().orElseThrow());
            if (u.layer() == layer && u.start() == start) {
                return;
            }
            keys(KeyCode.N);
        }
        throw new AssertionError("no unit of " + layer + " at «" + words + "»: " + FxToolkitExtension.fx(mode::readout));
    }

    @Test
    void curatesTheArticleWithTheKeyboardAndTheCuratedSetHoldsTheChosenOffsets() throws Exception {
        IsnadApp app = fx.startInFront(() -> new IsnadApp(store, "rania", Clock.systemUTC(), keys));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().editor().session().isPresent());
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        CurationMode mode = mode(app);
        assertTrue(FxToolkitExtension.fx(mode::active), "Ctrl+Shift+U starts curation");
        assertEquals(2, FxToolkitExtension.fx(() -> mode.session().orElseThrow().autoMerged()));
        String readout = FxToolkitExtension.fx(mode::readout);
        assertTrue(readout.contains("Merged automatically when curation began: 2"), readout);

        stepTo(mode, Layer.QUOTE, QUOTE);
        assertTrue(FxToolkitExtension.fx(mode::readout).contains("analysts disagree"), FxToolkitExtension.fx(mode::readout));
        keys(KeyCode.DIGIT1);
        stepTo(mode, Layer.SPEAKER, SUDANI);
        assertTrue(FxToolkitExtension.fx(mode::readout).contains("only some analysts marked it"), FxToolkitExtension.fx(mode::readout));
        keys(KeyCode.DIGIT2);
        stepTo(mode, Layer.CUE, CUE);
        keys(KeyCode.DIGIT0);
        assertTrue(FxToolkitExtension.fx(mode::readout).contains("open: 0"), FxToolkitExtension.fx(mode::readout));

        // omar changes his version of the agreed quote meanwhile; R reads the analysts' sets again
        AnnotationSession omar = AnnotationSession.open(store, doc, "omar", Clock.systemUTC());
        Span agreed = omar.set().spans().stream().filter(x -> x.start() == text.indexOf(AGREED_QUOTE)).findFirst().orElseThrow();
        omar.setAttributes(agreed.id(), new org.isnad.domain.QuoteDetails(org.isnad.domain.QuoteType.INDIRECT, null));
        keys(KeyCode.R);
        assertTrue(FxToolkitExtension.fx(mode::readout).contains("changed since: 1"), FxToolkitExtension.fx(mode::readout));

        String setId = FxToolkitExtension.fx(() -> mode.session().orElseThrow().curated().set().id());
        robot.clickOn(robot.lookup("#curationSubmit").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        ReviewService review = new ReviewService(store, keys, Clock.systemUTC());
        assertEquals(SetState.SUBMITTED, review.set(setId).state());
        review.approve(setId, "huda", true);

        AnnotationSet curated = review.load(setId);
        assertEquals(SetKind.CURATED, curated.info().kind());
        assertEquals(SetState.APPROVED, curated.info().state());
        assertTrue(review.check(setId).orElseThrow().valid());
        List<String> offsets = curated.spans().stream().map(s -> s.layer() + " " + s.start() + " " + s.end()).toList();
        assertEquals(List.of(
                offsetsOf("salma", Layer.SPEAKER, SUDANI),
                offsetsOf("salma", Layer.QUOTE, QUOTE),
                offsetsOf("salma", Layer.QUOTE, AGREED_QUOTE),
                offsetsOf("salma", Layer.SPEAKER, SPEAKER)).stream().sorted(this::reading).toList(), offsets.stream()
                .sorted(this::reading).toList());
        assertEquals(offsetsOf("omar", Layer.SPEAKER, SUDANI), offsets.stream().filter(o -> o.startsWith("SPEAKER "
                + text.indexOf(SUDANI))).findFirst().orElseThrow(), "omar's speaker");
        assertEquals(offsetsOf("salma", Layer.QUOTE, QUOTE), offsets.stream().filter(o -> o.startsWith("QUOTE "
                + text.indexOf(QUOTE))).findFirst().orElseThrow(), "salma's quote, not omar's shorter one");
        assertTrue(review.auditTrail(doc).stream().filter(e -> e.user().equals("rania"))
                .filter(e -> e.description().startsWith("Take analyst")).count() >= 2);
    }

    @Test
    void aDisagreementInTheAgreementWindowOpensTheDocumentWithBothVersionsMarkedAndMyWorkFiltersTheLibrary() throws Exception {
        new Library(store, Clock.systemUTC()).importText(SampleArticles.text(SampleArticles.OKAZ), "okaz",
                ImportOptions.none(), "lead");
        IsnadApp app = fx.startInFront(() -> new IsnadApp(store, "rania", Clock.systemUTC(), keys));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().editor().session().isPresent());
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        var agreement = app.mainWindow().agreement();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> FxToolkitExtension.fx(() -> agreement.measured().get()));
        List<org.isnad.service.Disagreement> listed = FxToolkitExtension.fx(agreement::disagreementsForTest);
        assertEquals(1, listed.size(), "in the quote layer, only the quote they bounded differently: " + listed);
        assertEquals(List.of("salma", "omar"), listed.get(0).markedBy());
        FxToolkitExtension.fx(() -> {
            agreement.openDisagreementForTest(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<org.isnad.ui.editor.Highlight> marks = FxToolkitExtension.fx(() -> app.mainWindow().documentView()
                .getHighlights(org.isnad.ui.editor.HighlightOwner.ANALYST_VERSIONS));
        int start = text.indexOf(QUOTE);
        assertEquals(List.of("analyst-1 " + start + " " + (start + QUOTE.length()),
                        "analyst-2 " + start + " " + (start + QUOTE.length() - " إنهاء وجود التحالف في العراق".length())),
                marks.stream().map(h -> h.layer() + " " + h.start() + " " + h.end()).sorted().toList());

        robot.targetWindow(app.mainWindow().documentView().getScene().getWindow());
        assertEquals(2, FxToolkitExtension.fx(() -> app.mainWindow().library().documents().size()));
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        assertEquals(List.of(doc), FxToolkitExtension.fx(() -> app.mainWindow().library().documents().stream()
                .map(org.isnad.service.DocumentSummary::id).toList()), "only the article assigned to rania");
    }

    private int reading(String a, String b) {
        return Integer.compare(Integer.parseInt(a.split(" ")[1]), Integer.parseInt(b.split(" ")[1]));
    }

    /** The offsets of the analyst's span in a layer starting where the words do (omar's SUDANI: his own). */
    private String offsetsOf(String analyst, Layer layer, String words) {
        String who = layer == Layer.SPEAKER && words.equals(SUDANI) ? "omar" : analyst;
        AnnotationSession s = AnnotationSession.open(store, doc, who, Clock.systemUTC());
        Span span = s.set().spans().stream().filter(x -> x.layer() == layer && x.start() == text.indexOf(words))
                .findFirst().orElseThrow();
        return span.layer() + " " + span.start() + " " + span.end();
    }
}
