package org.isnad.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For measuring and training start-up from outside the program ({@code ./bench/run --only startup},
 * the class-data archive of {@code ./package/build}): with {@code ISNAD_STARTUP_PROBE=exit} in the
 * environment, the program writes one line to stderr once the first window has been laid out for its
 * first frame, and ends normally (so that the JVM can write its archive). Without it, nothing happens.
 */
final class StartupProbe {
    static final String VARIABLE = "ISNAD_STARTUP_PROBE";
    static final String LINE = "isnad: window shown";

    private StartupProbe() {
    }

    static void afterShown(Scene scene) {
        if (!"exit".equals(System.getenv(VARIABLE))) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.err.println(LINE);
            System.err.flush();
            // after this frame has been drawn
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
