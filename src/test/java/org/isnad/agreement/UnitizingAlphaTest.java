package org.isnad.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * αu on Krippendorff's published worked examples. The continuum starts at 0 here, so his offsets are shifted.
 */
class UnitizingAlphaTest {

    /**
     * Krippendorff, Content Analysis (2004), p. 254: a continuum [150, 450), two observers, categories c and k.
     * Published: αc = 0.7286 (D_o 0.0144, D_e 0.0532) and αk = 1; DKPro's own test of this example gives the same.
     */
    @Test
    void krippendorff2004() {
        List<Stretch> ci = List.of(s(225, 70), s(370, 30));
        List<Stretch> cj = List.of(s(220, 80), s(355, 20), s(400, 20));
        List<Stretch> ki = List.of(s(180, 60), s(300, 50));
        List<Stretch> kj = List.of(s(180, 60), s(300, 50));
        assertEquals(0.7286, UnitizingAlpha.between(ci, cj, 300).value(), 0.0001);
        assertEquals(1.0, UnitizingAlpha.between(ki, kj, 300).value(), 1e-12);
    }

    /**
     * Krippendorff, "On the reliability of unitizing contiguous data" (1995), p. 57: four pairs of coders on 24
     * positions. His published αu: A 0.553, B −0.926, C 0.679, D 0.066, reached (as DKPro's test notes) when the
     * positions are stretched so that one position is many characters; within DKPro's tolerance 0.02.
     */
    @Test
    void krippendorff1995() {
        long k = 50_000;
        long n = 24 * k;
        assertEquals(0.553, alpha(k, n, new int[][] {{2, 8}, {14, 6}}, new int[][] {{4, 4}, {15, 2}}), 0.02);
        assertEquals(-0.926, alpha(k, n, new int[][] {{0, 18}},
                new int[][] {{0, 2}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {6, 3}, {9, 1}}), 0.02);
        assertEquals(0.679, alpha(k, n, new int[][] {{2, 6}, {10, 2}, {14, 4}, {20, 2}},
                new int[][] {{0, 2}, {4, 4}, {10, 4}, {16, 2}, {20, 2}}), 0.02);
        assertEquals(0.066, alpha(k, n, new int[][] {{0, 2}, {2, 8}, {10, 4}, {14, 6}, {20, 4}},
                new int[][] {{0, 4}, {4, 4}, {8, 7}, {15, 2}, {17, 7}}), 0.02);
    }

    @Test
    void overlappingStretchesOfOneAnalystCountTheirCharactersOnce() {
        assertEquals(List.of(new Stretch(0, 12), new Stretch(12, 15), new Stretch(20, 25)),
                UnitizingAlpha.joined(List.of(new Stretch(0, 10), new Stretch(2, 12), new Stretch(12, 15),
                        new Stretch(20, 25), new Stretch(21, 22))));
        Figure nested = UnitizingAlpha.between(List.of(new Stretch(0, 10), new Stretch(3, 5)),
                List.of(new Stretch(0, 10)), 30);
        assertEquals(1.0, nested.value(), 1e-12);
    }

    /** The sums here against DKPro's own computation on random studies, nested and touching units included. */
    @Test
    void agreesWithDkproOnRandomStudies() {
        java.util.Random random = new java.util.Random(14);
        for (int round = 0; round < 200; round++) {
            long length = 20 + random.nextInt(400);
            List<Stretch> a = randomUnits(random, length);
            List<Stretch> b = randomUnits(random, length);
            if (a.isEmpty() && b.isEmpty()) {
                continue;
            }
            org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy study =
                    new org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy(2, 0, length);
            UnitizingAlpha.joined(a).forEach(s -> study.addUnit(s.start(), s.end() - s.start(), 0, "x"));
            UnitizingAlpha.joined(b).forEach(s -> study.addUnit(s.start(), s.end() - s.start(), 1, "x"));
            double dkpro = new org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement(study)
                    .calculateCategoryAgreement("x");
            Figure ours = UnitizingAlpha.between(a, b, length);
            if (Double.isFinite(dkpro) && ours.defined()) {
                assertEquals(dkpro, ours.value(), 1e-9, "round " + round + ": " + a + " / " + b);
            }
        }
    }

    private static List<Stretch> randomUnits(java.util.Random random, long length) {
        List<Stretch> units = new java.util.ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            long start = random.nextInt((int) length - 1);
            long end = Math.min(length, start + 1 + random.nextInt(40));
            units.add(new Stretch(start, end));
        }
        return units;
    }

    @Test
    void nothingMarkedHasNoAlpha() {
        assertEquals(Undefined.NOTHING_MARKED, UnitizingAlpha.between(List.of(), List.of(), 100).reason());
    }

    private static double alpha(long k, long n, int[][] a, int[][] b) {
        return UnitizingAlpha.between(stretched(a, k), stretched(b, k), n).value();
    }

    private static List<Stretch> stretched(int[][] units, long k) {
        return java.util.Arrays.stream(units).map(u -> new Stretch(u[0] * k, (u[0] + u[1]) * k)).toList();
    }

    /** Krippendorff's (begin, length) on his continuum starting at 150. */
    private static Stretch s(int begin, int length) {
        return new Stretch(begin - 150, begin - 150 + length);
    }
}
