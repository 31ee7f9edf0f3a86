package org.isnad.suggest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Prints the precision / recall table and fails if the engine falls below what it reached when
 * these thresholds were set (a little under the measured figures, see the README of the gold set).
 */
class EvaluationTest {

    @Test
    void developmentArticles() {
        System.out.print(Evaluation.report());
        Evaluation.Scores s = Evaluation.score(GoldSet.DEVELOPMENT);
        assertAll("development articles",
                () -> atLeast("quote precision", s.quotes().precision(), 0.95),
                () -> atLeast("quote recall", s.quotes().recall(), 0.95),
                () -> atLeast("direct precision", s.direct().precision(), 0.95),
                () -> atLeast("direct recall", s.direct().recall(), 0.95),
                () -> atLeast("indirect precision", s.indirect().precision(), 0.9),
                () -> atLeast("indirect recall", s.indirect().recall(), 0.9),
                () -> atLeast("cue precision", s.cues().precision(), 0.95),
                () -> atLeast("cue recall", s.cues().recall(), 0.95),
                () -> atLeast("right speaker", s.speakerAccuracy(), 0.9));
    }

    @Test
    void heldOutArticles() {
        Evaluation.Scores s = Evaluation.score(GoldSet.HELD_OUT);
        assertAll("held-out articles",
                () -> atLeast("quote precision", s.quotes().precision(), 0.95),
                () -> atLeast("quote recall", s.quotes().recall(), 0.9),
                () -> atLeast("direct precision", s.direct().precision(), 0.95),
                () -> atLeast("direct recall", s.direct().recall(), 0.95),
                () -> atLeast("indirect precision", s.indirect().precision(), 0.9),
                () -> atLeast("indirect recall", s.indirect().recall(), 0.9),
                () -> atLeast("cue precision", s.cues().precision(), 0.95),
                () -> atLeast("cue recall", s.cues().recall(), 0.9),
                () -> atLeast("right speaker", s.speakerAccuracy(), 0.9));
    }

    private static void atLeast(String what, double value, double threshold) {
        assertTrue(value >= threshold, what + " is " + value + ", below " + threshold);
    }
}
