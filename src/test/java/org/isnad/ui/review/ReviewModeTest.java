package org.isnad.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.domain.Layer;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.VerdictKind;
import org.isnad.service.SignatureStatus;
import org.isnad.testing.RecordingCanvas;
import org.isnad.testing.TempStores;
import org.isnad.ui.editor.LinkLine;
import org.isnad.ui.editor.HighlightOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Review mode's state and steps, without JavaFX controls, against a real database. */
class ReviewModeTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    final ReviewFixture f = new ReviewFixture(stores);
    final RecordingCanvas canvas = new RecordingCanvas();
    ReviewMode mode;
    AtomicInteger steps = new AtomicInteger();

    @BeforeEach
    void setUp() {
        f.submit();
        mode = new ReviewMode(f.service, ReviewFixture.REVIEWER, f.text, f.message);
        mode.attach(canvas);
        mode.setOnStepTaken(steps::incrementAndGet);
    }

    String current() {
        return mode.currentSpanIdProperty().get();
    }

    VerdictKind stored(Span span) {
        return f.service.load(f.setId).verdict(span.id()).orElseThrow().kind();
    }

    @Test
    void startingDrawsTheSetAndGoesToTheFirstAnnotationInReadingOrder() {
        assertEquals(List.of(f.setId), mode.reviewableSets(f.documentId).stream().map(s -> s.id()).toList());
        assertTrue(mode.start(f.setId));
        assertTrue(mode.active());
        assertEquals(f.cue.id(), current());
        assertEquals(List.of(f.cue, f.speaker, f.quote, f.claim).stream().map(Span::id).sorted().toList(), canvas.ids());
        assertEquals(f.cue.start(), canvas.scrolledTo.get(canvas.scrolledTo.size() - 1));
        assertEquals("Reviewing the annotations of layla (submitted)", mode.readout().titleText());
        assertEquals("0 of 4 reviewed · 0 accepted · 0 rejected · 0 fixed", mode.readout().progressText());
        assertEquals("Annotation 1 of 4", mode.readout().positionText());
        assertEquals("Not reviewed yet.", mode.readout().currentVerdictText());
    }

    @Test
    void nextAndPreviousStepInReadingOrderAndStopAtTheEnds() {
        mode.start(f.setId);
        mode.previous();
        assertEquals(f.cue.id(), current());
        assertEquals("This is the first annotation shown.", f.message.get());
        mode.next();
        mode.next();
        assertEquals(f.quote.id(), current());
        assertEquals(List.of(new LinkLine(f.quote.id(), f.speaker.id()), new LinkLine(f.quote.id(), f.claim.id())).size(),
                canvas.links.size(), "the quote's links to its speaker and claim are drawn");
        mode.next();
        mode.next();
        assertEquals(f.claim.id(), current());
        assertEquals("This is the last annotation shown.", f.message.get());
    }

    @Test
    void verdictsAreStoredAndMoveOnAndAreMarkedOnTheDocument() {
        mode.start(f.setId);
        mode.accept();
        assertEquals(VerdictKind.ACCEPTED, stored(f.cue));
        assertEquals(f.speaker.id(), current());
        assertEquals("1 of 4 reviewed · 1 accepted · 0 rejected · 0 fixed", mode.readout().progressText());
        assertTrue(canvas.layer(HighlightOwner.VERDICTS).stream()
                .anyMatch(h -> h.id().equals(f.cue.id()) && h.layer().equals("verdict-accepted")), "the cue's verdict is marked on its own layer");

        mode.startReject();
        assertEquals(CommentFor.REJECT, mode.commentForProperty().get());
        assertFalse(mode.giveComment("  "), "a rejection needs a comment");
        assertTrue(f.message.get().contains("comment"), f.message.get());
        assertEquals(CommentFor.REJECT, mode.commentForProperty().get(), "still asking");
        assertTrue(mode.giveComment("not the speaker of anything"));
        assertEquals(VerdictKind.REJECTED, stored(f.speaker));
        assertEquals(CommentFor.NONE, mode.commentForProperty().get());
        assertEquals(f.quote.id(), current());

        mode.previous();
        assertEquals("Rejected by omar: «not the speaker of anything»", mode.readout().currentVerdictText());
        assertTrue(mode.undo());
        assertTrue(f.service.load(f.setId).verdict(f.speaker.id()).isEmpty(), "undo took the rejection back");
    }

    @Test
    void fixMovesTheBoundsToTheSelectionAndAcceptsTheFixedAnnotation() {
        mode.start(f.setId);
        mode.select(f.quote.id());
        mode.fixToSelection(5, 5);
        assertEquals("Select the right text for this annotation first, then press F to fix it.", f.message.get());
        int start = ReviewFixture.TEXT.indexOf("“");
        int end = ReviewFixture.TEXT.indexOf("”") + 1;
        mode.fixToSelection(start, end);
        assertEquals(VerdictKind.FIXED, stored(f.quote));
        Span fixed = f.service.load(f.setId).requireSpan(f.quote.id());
        assertEquals(start, fixed.start());
        assertEquals(end, fixed.end());
    }

    @Test
    void filtersChooseWhatIsSteppedThroughAndDrawn() {
        mode.start(f.setId);
        mode.accept();
        mode.verdictFilterProperty().set(VerdictFilter.UNREVIEWED);
        assertEquals(List.of(f.speaker, f.quote, f.claim), mode.shown());
        assertFalse(canvas.ids().contains(f.cue.id()), "the accepted cue is not drawn");
        mode.layerFilterProperty().set(Layer.CLAIM);
        assertEquals(List.of(f.claim), mode.shown());
        assertEquals(f.claim.id(), current(), "the current annotation follows the filter");
        assertEquals(List.of(f.claim.id()), canvas.ids());
        mode.verdictFilterProperty().set(VerdictFilter.ACCEPTED);
        mode.layerFilterProperty().set(null);
        assertEquals(List.of(f.cue), mode.shown());
    }

    @Test
    void approvalIsRefusedWithTheServicesMessageUntilEveryAnnotationHasAVerdict() {
        mode.start(f.setId);
        mode.accept();
        mode.accept();
        mode.accept();
        assertTrue(mode.approve().isEmpty());
        assertTrue(f.message.get().contains("1 of 4 annotations has no verdict"), f.message.get());
        assertEquals(0, steps.get());
        mode.accept();
        assertTrue(mode.progress().complete());
        assertTrue(mode.approve().isPresent());
        assertEquals(SetState.APPROVED, f.service.set(f.setId).state());
        assertEquals(SignatureStatus.VALID, f.service.check(f.setId).orElseThrow().status());
        assertEquals(1, steps.get());
        assertTrue(f.message.get().startsWith("You approved and signed the annotations of layla"), f.message.get());
        mode.undo();
        assertTrue(f.message.get().contains("approved"), "nothing changes an approved set: " + f.message.get());
    }

    @Test
    void requestingChangesTakesAComment() {
        mode.start(f.setId);
        mode.startRequestChanges();
        assertFalse(mode.giveComment(""));
        assertTrue(f.message.get().contains("without a comment"), f.message.get());
        assertTrue(mode.giveComment("mark the second speaker too"));
        assertEquals(SetState.CHANGES_REQUESTED, f.service.set(f.setId).state());
        assertEquals("Reviewing the annotations of layla (changes requested)", mode.readout().titleText());
        assertEquals(1, steps.get());
    }

    @Test
    void theAnalystCannotReviewHerOwnSetAndIsToldWhy() {
        ReviewMode own = new ReviewMode(f.service, ReviewFixture.ANALYST, f.text, f.message);
        own.attach(canvas);
        assertTrue(own.reviewableSets(f.documentId).isEmpty());
        own.start(f.setId);
        assertTrue(f.message.get().contains("cannot review their own annotation set"), f.message.get());
        own.accept();
        assertTrue(f.message.get().contains("their own"), f.message.get());
        assertTrue(f.service.load(f.setId).verdicts().isEmpty());
    }

    @Test
    void leavingEndsTheMode() {
        mode.start(f.setId);
        mode.startReject();
        mode.leave();
        assertFalse(mode.active());
        assertEquals(CommentFor.NONE, mode.commentForProperty().get());
        assertTrue(mode.current().isEmpty());
        assertFalse(mode.undo(), "outside review mode the editor undoes");
    }
}
