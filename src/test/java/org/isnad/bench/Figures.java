package org.isnad.bench;

import java.util.Arrays;
import java.util.Locale;

/** Times of repeated runs and how they are printed: one {@code name: value unit} line per figure. */
final class Figures {
    private Figures() {
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static void print(String name, double value, String unit) {
        String number = value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
        System.out.println(name + ": " + number + " " + unit);
        System.out.flush();
    }

    static void note(String text) {
        System.err.println("# " + text);
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Runs {@code warmups} untimed and {@code runs} timed repetitions; returns the times in ms. */
    static double[] time(int warmups, int runs, Timed work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run(i);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = work.run(warmups + i);
        }
        return times;
    }

    /** One repetition; returns its time in ms (so that setup inside it can stay untimed). */
    @FunctionalInterface
    interface Timed {
        double run(int repetition) throws Exception;
    }
}
