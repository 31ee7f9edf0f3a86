package org.isnad.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportResult;
import org.isnad.service.Library;

/**
 * The Arabic article shipped inside the program, so that a new user sees real text at once. It is
 * imported when the window starts on an empty database; the CLI never adds it.
 */
final class SampleArticle {
    static final String RESOURCE = "/org/isnad/samples/coalition-iraq-alhurra.ar.txt";

    private SampleArticle() {
    }

    static Optional<ImportResult> importIfEmpty(Library library, String user) {
        if (!library.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = SampleArticle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample article is missing from the program: " + RESOURCE);
            }
            return Optional.of(library.importFile(in.readAllBytes(), "coalition-iraq-alhurra.ar.txt",
                    new ImportOptions(null, null, "الحرة", null), user));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
