package org.isnad.ui;

import org.isnad.ui.editor.HighlightOwner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Proposal;
import org.isnad.service.Workspace;
import org.isnad.testing.RealWindow;
import org.isnad.ui.language.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless: an analyst selects Arabic text with the mouse, presses S, Q, C, undoes
 * and redoes; the test checks what the database holds after each step.
 */
class EditorWindowTest extends RealWindow {
    Application app;
    final EditorRobot robot = new EditorRobot();

    void startApp() throws Exception {
        app = fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
    }

    @AfterEach
    void forgetLanguage() {
        System.clearProperty("isnad.lang");
    }

    List<Span> spans() {
        AnnotationSetInfo set = store.annotations().setsOf(store.documents().summaries().get(0).id()).get(0);
        return store.annotations().spansOf(set.id());
    }

    List<Link> links() {
        AnnotationSetInfo set = store.annotations().setsOf(store.documents().summaries().get(0).id()).get(0);
        return store.annotations().linksOf(set.id());
    }

    Span only(Layer layer) {
        List<Span> of = spans().stream().filter(s -> s.layer() == layer).toList();
        assertEquals(1, of.size(), "one " + layer + " in " + spans());
        return of.get(0);
    }

    @Test
    void markSpeakerQuoteAndClaimOnTheShippedSample() throws Exception {
        startApp();
        String text = robot.view().getText();
        int speakerStart = text.indexOf("مارك كيميت");
        int speakerEnd = speakerStart + "مارك كيميت".length();
        // the quote after «قال … الأحد:», without its curly quotation marks; it wraps over several lines
        int quoteStart = text.indexOf("لا أعتقد أن الانسحاب");
        int quoteEnd = text.indexOf("”.", quoteStart);

        robot.select(speakerStart, speakerEnd);
        robot.type(KeyCode.S);
        Span speaker = only(Layer.SPEAKER);
        assertEquals(speakerStart, speaker.start());
        assertEquals(speakerEnd, speaker.end());

        robot.select(quoteStart, quoteEnd);
        robot.type(KeyCode.Q);
        Span quote = only(Layer.QUOTE);
        assertEquals(quoteStart, quote.start());
        assertEquals(quoteEnd, quote.end());
        assertEquals(List.of(new Link(links().get(0).id(), LinkType.ATTRIBUTED_TO, quote.id(), speaker.id())), links());

        robot.press(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(spans().stream().noneMatch(s -> s.layer() == Layer.QUOTE), "undo removed the quote");
        assertTrue(links().isEmpty(), "undo removed the link");
        assertEquals(1, spans().size(), "the speaker stays");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(quote, only(Layer.QUOTE), "redo brings the same quote back");
        assertEquals(1, links().size());

        // select the quote by clicking it, then mark a claim inside it
        robot.click(quoteStart + 1);
        int claimStart = text.indexOf("الانسحاب الأميركي", quoteStart);
        int claimEnd = text.indexOf(". القوات", claimStart);
        robot.select(claimStart, claimEnd);
        robot.type(KeyCode.C);
        Span claim = only(Layer.CLAIM);
        assertEquals(claimStart, claim.start());
        assertEquals(claimEnd, claim.end());
        assertTrue(links().stream().anyMatch(l -> l.type() == LinkType.EXPRESSES
                && l.fromSpanId().equals(quote.id()) && l.toSpanId().equals(claim.id())), links().toString());
    }

    @Test
    void clickingAnAttributionRowSelectsAndScrollsToTheQuote() throws Exception {
        startApp();
        String text = robot.view().getText();
        int quoteStart = text.indexOf("لا أعتقد أن الانسحاب");
        int quoteEnd = text.indexOf("”.", quoteStart);
        robot.select(quoteStart, quoteEnd);
        robot.type(KeyCode.Q);
        Span quote = only(Layer.QUOTE);
        EditorRobot.fx(() -> {
            robot.view().selectedIdProperty(HighlightOwner.ANNOTATIONS).set(null);
            robot.view().scrollToOffset(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(EditorRobot.fx(() -> robot.view().rangeBoxesInView(quoteStart, quoteEnd)).isEmpty(), "scrolled away");
        new org.testfx.api.FxRobot().clickOn(".attributions-table .table-row-cell");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(quote.id(), robot.view().selectedIdProperty(HighlightOwner.ANNOTATIONS).get());
        assertTrue(!EditorRobot.fx(() -> robot.view().rangeBoxesInView(quoteStart, quoteEnd)).isEmpty(), "the quote is on screen");
    }

    @Test
    void acceptOneSuggestionAndRejectAnotherWithTheKeyboard() throws Exception {
        startApp();
        Workspace check = new Workspace(store, Clock.systemUTC());
        String docId = store.documents().summaries().get(0).id();
        List<Proposal> before = check.suggestions().pending(check.open(docId, "layla"));
        assertTrue(before.size() >= 2, "the sample has suggestions: " + before);
        // the window runs the engine off its thread: wait until it has drawn them
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !((IsnadApp) app).mainWindow().suggestions().pending().isEmpty());

        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);
        Span accepted = only(Layer.QUOTE);
        assertEquals(List.of(before.get(0).start(), before.get(0).end()), List.of(accepted.start(), accepted.end()));
        assertTrue(before.get(0).suggestion().speaker().isEmpty() || !links().isEmpty(), "its speaker is linked");

        // after accepting, the next suggestion is the current one: reject it
        robot.type(KeyCode.BACK_SPACE);
        assertEquals(java.util.Set.of(before.get(1).key()), store.suggestionRejections().rejectedKeys(docId));
        assertEquals(1, spans().stream().filter(s -> s.layer() == Layer.QUOTE).count(), "rejecting stores no annotation");
        List<String> after = new Workspace(store, Clock.systemUTC()).suggestions().pending(check.open(docId, "layla"))
                .stream().map(Proposal::key).toList();
        assertTrue(!after.contains(before.get(0).key()) && !after.contains(before.get(1).key()), after.toString());

        // accepting was one command: one undo takes all of it away
        robot.press(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(spans().isEmpty(), spans().toString());
        assertTrue(links().isEmpty());
    }

    @Test
    void controlTabLeavesTheDocumentForTheOtherPanels() throws Exception {
        startApp();
        EditorRobot.fx(() -> {
            robot.view().requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.view().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.TAB);
        assertTrue(!robot.view().isFocused(), "the focus moved on to another panel");
    }

    @Test
    void mixedLatinDigitsAndAQuoteAcrossALineBreak() throws Exception {
        // CRLF on purpose: stored with LF; a Latin name and digits inside Arabic; the quote crosses a line break
        String article = "وقال المتحدث الرسمي عن شركة GlassPoint، إن “التكنولوجيا المستخدمة يمكن أن تقلل\r\n"
                + "من احتياجات الطاقة بنسبة 80 في المائة في حقول النفط الثقيل”.\r\n\r\n"
                + "\"إنه لقدر كبير من الثقة في GlassPoint\" كما قالت جيني تشيس في بلومبرج لتمويل الطاقة الجديدة.\r\n";
        new Library(store, Clock.systemUTC()).importText(article, "test", ImportOptions.none(), "layla");
        startApp();
        String text = robot.view().getText();
        assertEquals(article.replace("\r\n", "\n"), text);

        int speakerStart = text.indexOf("جيني تشيس");
        int speakerEnd = speakerStart + "جيني تشيس".length();
        robot.select(speakerStart, speakerEnd);
        robot.type(KeyCode.S);
        int quoteStart = text.indexOf("إنه لقدر");
        int quoteEnd = text.indexOf("GlassPoint\"") + "GlassPoint".length();
        robot.select(quoteStart, quoteEnd);
        robot.type(KeyCode.Q);
        Span speaker = only(Layer.SPEAKER);
        Span latinQuote = spans().stream().filter(s -> s.layer() == Layer.QUOTE).findFirst().orElseThrow();
        assertEquals(List.of(speakerStart, speakerEnd), List.of(speaker.start(), speaker.end()));
        assertEquals(List.of(quoteStart, quoteEnd), List.of(latinQuote.start(), latinQuote.end()));
        assertEquals("إنه لقدر كبير من الثقة في GlassPoint", text.substring(latinQuote.start(), latinQuote.end()));
        assertEquals(1, links().size());

        // a quote from one line into the next: from «التكنولوجيا» to «الثقيل», across the "\n"
        int crossStart = text.indexOf("التكنولوجيا");
        int crossEnd = text.indexOf("”.", crossStart);
        assertTrue(text.substring(crossStart, crossEnd).contains("\n"));
        robot.select(crossStart, crossEnd);
        robot.type(KeyCode.Q);
        Span crossing = spans().stream().filter(s -> s.layer() == Layer.QUOTE && s.start() == crossStart).findFirst().orElseThrow();
        assertEquals(crossEnd, crossing.end());

        // a claim with digits inside the crossing quote, linked to it
        int claimStart = text.indexOf("من احتياجات");
        int claimEnd = text.indexOf(" في حقول", claimStart);
        robot.select(claimStart, claimEnd);
        robot.type(KeyCode.C);
        Span claim = only(Layer.CLAIM);
        assertEquals("من احتياجات الطاقة بنسبة 80 في المائة", text.substring(claim.start(), claim.end()));
        assertTrue(links().stream().anyMatch(l -> l.type() == LinkType.EXPRESSES && l.fromSpanId().equals(crossing.id())),
                "the claim was marked with the crossing quote selected, so it is linked to it");
    }

    /**
     * The window in Arabic (isnad.lang=ar, as ISNAD_LANG=ar does): a link the model has no type for
     * is refused in Arabic in the status line, not in the English sentence.
     */
    @Test
    void aLinkTheModelCannotMakeIsRefusedInArabicInTheArabicWindow() throws Exception {
        String fromEnvironment = System.getenv("ISNAD_LANG");
        assumeTrue(fromEnvironment == null || fromEnvironment.isBlank(), "ISNAD_LANG would override isnad.lang");
        System.setProperty("isnad.lang", "ar");
        startApp();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, robot.view().getScene().getRoot().getNodeOrientation(),
                "the Arabic window is mirrored");
        String text = robot.view().getText();
        int speakerStart = text.indexOf("مارك كيميت");
        robot.select(speakerStart, speakerStart + "مارك كيميت".length());
        robot.type(KeyCode.S);
        int cueStart = text.lastIndexOf("قال", speakerStart);
        robot.select(cueStart, cueStart + "قال".length());
        robot.type(KeyCode.K);

        // from the cue (selected once marked) to the speaker: no link type joins the two
        robot.type(KeyCode.L);
        robot.click(speakerStart + 2);

        String refusal = new org.testfx.api.FxRobot().lookup(".status-message").queryAs(Label.class).getText();
        UiText arabic = new UiText(Locale.forLanguageTag("ar"));
        assertEquals(arabic.format("message.link.impossible", arabic.get("layer.cue"), arabic.get("layer.speaker")), refusal);
        assertTrue(refusal.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC), refusal);
        assertFalse(refusal.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c)), "no English in: " + refusal);
        assertTrue(links().isEmpty(), "nothing was linked");
    }
}
