package org.isnad.suggest;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.isnad.text.ArabicFolding;

/**
 * Work split in two for a long article: one part on a helper thread while the calling thread does the other.
 * The parts read the same article and write nothing the other reads, so the result is the one a single
 * thread gets. On one processor the "helper" part runs at once, on the calling thread.
 */
final class BothCores {
    /** Below this many chars an article is not split: a thread costs more than it saves. */
    static final int MIN_CHARS = 50_000;
    private static final boolean TWO = Runtime.getRuntime().availableProcessors() > 1;
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "isnad-suggest-helper");
        t.setDaemon(true);
        return t;
    });

    private BothCores() {
    }

    /** Whether a text of {@code chars} chars is worth splitting, when splitting is wanted. */
    static boolean split(boolean wanted, int chars) {
        return wanted && TWO && chars >= MIN_CHARS;
    }

    /** The helper threads, for work that splits itself ({@link ArabicFolding#fold(String, java.util.concurrent.Executor)}). */
    static ExecutorService helpers() {
        return HELPERS;
    }

    /** Starts {@code part} on a helper thread. */
    static <T> Future<T> start(Callable<T> part) {
        return HELPERS.submit(part);
    }

    /** The helper's result, its failure thrown here as it was thrown there. */
    static <T> T join(Future<T> part) {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while suggesting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
