package org.isnad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A bundle handed to the program on its own, as the file manager does for a double-clicked
 * {@code .isnad} file ({@code Isnad FILE.isnad}, the desktop entry's {@code %f}): the window opens
 * and previews it, instead of the CLI taking the file name for a command. Only one existing file
 * whose name ends in {@code .isnad} counts, so no command of the CLI is taken away.
 */
final class OpenedFile {
    private OpenedFile() {
    }

    static Optional<Path> bundleIn(List<String> command) {
        if (command.size() != 1) {
            return Optional.empty();
        }
        String name = command.get(0);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".isnad") || name.startsWith("-")) {
            return Optional.empty();
        }
        Path file = Path.of(name).toAbsolutePath();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
