package org.isnad.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContradictionsTest {
    private static ClaimAppearance a(String span, Stance stance, String speaker, LocalDate day) {
        return new ClaimAppearance("c", span, stance, "d-" + span, "خبر", null, "الحرة", day, speaker,
                speaker == null ? null : "المتحدث " + speaker, null, ActorKind.PERSON, "نص", 0, 3, null, null);
    }

    @Test
    void aSpeakerWhoAssertsAndDeniesOnOneDayDidNotChangeTheirMind() {
        LocalDate day = LocalDate.of(2021, 7, 20);
        assertTrue(Contradictions.find(List.of(a("1", Stance.ASSERTS, "kimmitt", day), a("2", Stance.DENIES, "kimmitt", day))).isEmpty());
    }

    @Test
    void onAnotherDayTheyDid() {
        List<Contradiction> found = Contradictions.find(List.of(
                a("2", Stance.DENIES, "kimmitt", LocalDate.of(2021, 12, 1)),
                a("1", Stance.ASSERTS, "kimmitt", LocalDate.of(2021, 7, 20))));
        assertEquals(1, found.size());
        assertEquals(Contradiction.Kind.SAME_SPEAKER, found.get(0).kind());
        assertEquals("1", found.get(0).asserted().spanId());
        assertEquals("2", found.get(0).denied().spanId());
    }

    @Test
    void appearancesWithoutAClaimantAndQuestionsTakeNoPart() {
        LocalDate day = LocalDate.of(2021, 7, 20);
        assertTrue(Contradictions.find(List.of(a("1", Stance.ASSERTS, null, day), a("2", Stance.DENIES, "amiri", day),
                a("3", Stance.QUESTIONS, "kimmitt", day.plusDays(3)))).isEmpty());
        List<Contradiction> two = Contradictions.find(List.of(a("1", Stance.ASSERTS, "kimmitt", day), a("2", Stance.DENIES, "amiri", day)));
        assertEquals(List.of(Contradiction.Kind.OPPOSITE_SPEAKERS), two.stream().map(Contradiction::kind).toList());
    }
}
