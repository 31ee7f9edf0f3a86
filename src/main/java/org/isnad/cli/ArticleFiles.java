package org.isnad.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.isnad.service.ImportLimits;

/** Reads an article file named on the command line: measured by the service's size check first, never read when too large. */
final class ArticleFiles {
    private ArticleFiles() {
    }

    static byte[] read(String file) throws IOException {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException("cli.file.folder");
            }
            // the one size check of every way in (File → Import, drops, pastes, the CLI): an ArticleTooLargeException
            ImportLimits.checkFileSize(path);
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cli.file.missing");
        } catch (AccessDeniedException e) {
            throw new BadInputException("cli.file.denied");
        }
    }
}
