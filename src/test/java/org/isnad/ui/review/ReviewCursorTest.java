package org.isnad.ui.review;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.ui.review.ReviewCursor.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of stepping through a set under review, on a set held in memory: no window, no database. */
class ReviewCursorTest {
    final Span cue = Span.mark(Layer.CUE, 1, 4);
    final Span speaker = Span.mark(Layer.SPEAKER, 5, 15);
    final Span quote = Span.mark(Layer.QUOTE, 57, 110);
    final Span claim = Span.mark(Layer.CLAIM, 70, 110);
    final Map<String, Verdict> verdicts = new HashMap<>();
    final ReviewCursor cursor = new ReviewCursor();

    @BeforeEach
    void open() {
        cursor.open(new ReviewCursor.Annotations() {
            @Override
            public List<Span> inReadingOrder() {
                return List.of(cue, speaker, quote, claim);
            }

            @Override
            public Optional<Verdict> verdictOf(String spanId) {
                return Optional.ofNullable(verdicts.get(spanId));
            }
        });
    }

    void give(Span span, VerdictKind kind) {
        verdicts.put(span.id(), new Verdict(span.id(), kind, kind == VerdictKind.REJECTED ? "wrong" : null, "omar", Instant.EPOCH));
    }

    String current() {
        return cursor.currentId().orElse(null);
    }

    @Test
    void nextAndPreviousFollowReadingOrderAndStopAtTheEnds() {
        assertEquals(Step.MOVED, cursor.next());
        assertEquals(cue.id(), current(), "without a current one, N goes to the first");
        assertEquals(Step.AT_FIRST, cursor.previous());
        assertEquals(cue.id(), current());
        cursor.next();
        cursor.next();
        cursor.next();
        assertEquals(claim.id(), current());
        assertEquals(Step.AT_LAST, cursor.next());
        assertEquals(claim.id(), current(), "it stays on the last one");
        assertEquals(3, cursor.positionInShown());
    }

    @Test
    void previousWithoutACurrentOneGoesToTheLast() {
        assertEquals(Step.MOVED, cursor.previous());
        assertEquals(claim.id(), current());
    }

    @Test
    void theFiltersChooseWhatIsShownAndStepped() {
        give(cue, VerdictKind.ACCEPTED);
        cursor.setVerdictFilter(VerdictFilter.UNREVIEWED);
        assertEquals(List.of(speaker, quote, claim), cursor.shown());
        cursor.setLayerFilter(Layer.QUOTE);
        assertEquals(List.of(quote), cursor.shown());
        cursor.setVerdictFilter(VerdictFilter.ACCEPTED);
        cursor.setLayerFilter(null);
        assertEquals(List.of(cue), cursor.shown());
        cursor.setLayerFilter(Layer.CLAIM);
        assertEquals(Step.NONE_SHOWN, cursor.next());
        assertTrue(cursor.currentId().isEmpty());
    }

    @Test
    void aStepFromAnAnnotationTheFiltersHideLandsOnItsNeighboursInReadingOrder() {
        cursor.moveTo(quote.id());
        cursor.setLayerFilter(Layer.SPEAKER);
        assertEquals(-1, cursor.positionInShown(), "the quote is hidden but still current");
        assertTrue(cursor.isDrawn(quote), "the current one is drawn even when hidden");
        assertEquals(List.of(speaker, quote), cursor.drawn());
        assertEquals(Step.AT_LAST, cursor.next(), "no speaker after the quote");
        assertEquals(Step.MOVED, cursor.previous());
        assertEquals(speaker.id(), current());

        cursor.setLayerFilter(Layer.CLAIM);
        cursor.moveTo(cue.id());
        assertEquals(Step.AT_FIRST, cursor.previous());
        assertEquals(Step.MOVED, cursor.next());
        assertEquals(claim.id(), current());
    }

    @Test
    void nextWithoutAVerdictWrapsAndKeepsToTheFilters() {
        give(speaker, VerdictKind.ACCEPTED);
        cursor.moveTo(quote.id());
        give(quote, VerdictKind.REJECTED);
        give(claim, VerdictKind.FIXED);
        assertTrue(cursor.nextUnreviewed());
        assertEquals(cue.id(), current(), "past the end it starts again from the top");
        cursor.setLayerFilter(Layer.QUOTE);
        assertFalse(cursor.nextUnreviewed(), "the only quote has a verdict");
        assertEquals(cue.id(), current());
    }

    @Test
    void whereAReviewBegins() {
        assertEquals(Optional.of(cue.id()), cursor.firstToReview());
        give(cue, VerdictKind.ACCEPTED);
        assertEquals(Optional.of(speaker.id()), cursor.firstToReview(), "the first one without a verdict");
        give(speaker, VerdictKind.ACCEPTED);
        give(quote, VerdictKind.ACCEPTED);
        give(claim, VerdictKind.ACCEPTED);
        assertEquals(Optional.of(cue.id()), cursor.firstToReview(), "all done: the first one");
    }

    @Test
    void afterAVerdictItMovesOnElseBackToOneStillWithoutAVerdictElseStays() {
        cursor.moveTo(speaker.id());
        give(speaker, VerdictKind.ACCEPTED);
        assertTrue(cursor.advanceAfterVerdict());
        assertEquals(quote.id(), current());

        cursor.moveTo(claim.id());
        give(claim, VerdictKind.ACCEPTED);
        assertTrue(cursor.advanceAfterVerdict());
        assertEquals(cue.id(), current(), "at the end: back to the first without a verdict");

        give(cue, VerdictKind.ACCEPTED);
        give(quote, VerdictKind.ACCEPTED);
        cursor.moveTo(claim.id());
        assertFalse(cursor.advanceAfterVerdict());
        assertEquals(claim.id(), current());
    }

    @Test
    void onlyAnAnnotationOfTheSetCanBeCurrentAndClosingForgetsIt() {
        assertTrue(cursor.moveTo(quote.id()));
        assertEquals(Optional.of(quote), cursor.current());
        assertFalse(cursor.moveTo("not-in-the-set"));
        assertTrue(cursor.current().isEmpty());
        cursor.moveTo(quote.id());
        cursor.close();
        assertTrue(cursor.current().isEmpty());
        assertEquals(List.of(), cursor.shown());
        assertFalse(cursor.nextUnreviewed());
    }

    @Test
    void theCursorIsPlainJava() {
        noClasses().that().belongToAnyOf(ReviewCursor.class).should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(new ClassFileImporter().importClasses(ReviewCursor.class, ReviewCursor.Annotations.class, ReviewCursor.Step.class));
    }
}
