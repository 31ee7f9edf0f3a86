package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.isnad.domain.DomainException;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportResult;
import org.isnad.service.Library;
import org.isnad.text.TextDecodingException;

/** {@code isnad import FILE.txt…}: imports UTF-8 articles, one JSON line per file as soon as it is committed. */
final class ImportCommand implements CliCommand {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import UTF-8 text articles";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] [--as USER] import FILE.txt… [--title T] [--url U] [--outlet O] [--date YYYY-MM-DD]

                Imports each UTF-8 text file as a document. A UTF-8 byte order mark is removed and
                CRLF / CR line endings become LF; nothing else in the text changes.
                For each file, once it is stored, prints one line on stdout:
                  {"id": "…", "sha256": "…", "file": "…"}
                A text that is already in the database (same SHA-256 of its stored text) is not added
                again: its existing line is printed with "existing": true. So an interrupted batch can
                simply be run again.
                A file that cannot be read or is not valid UTF-8 is refused with a message on stderr
                naming the file (and the byte offset of the first bad sequence); the other files are
                still imported, and the exit code is 1.

                options:
                  --title T     title of the document(s); default: the first line when short, else the file name
                  --url U       source URL
                  --outlet O    outlet (newspaper, broadcaster)
                  --date D      publication date, YYYY-MM-DD
                exit codes: 0 all imported, 1 a file was refused, 2 usage error
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws IOException {
        Arguments a = Arguments.parse(args, Set.of("--title", "--url", "--outlet", "--date"), Set.of(), name());
        if (a.positional().isEmpty()) {
            throw new UsageException("import: name at least one file");
        }
        ImportOptions options = new ImportOptions(a.option("--title"), a.option("--url"), a.option("--outlet"),
                date(a.option("--date")));
        Library library = new Library(context.repositories(), context.clock());
        int exit = ExitCode.OK;
        for (String file : a.positional()) {
            try {
                byte[] bytes = read(file);
                ImportResult result = library.importFile(bytes, file, options, context.user());
                ObjectNode line = context.json().createObjectNode();
                line.put("id", result.document().id());
                line.put("sha256", result.document().sha256());
                line.put("file", file);
                if (result.existing()) {
                    line.put("existing", true);
                }
                context.out().println(context.json().writeValueAsString(line));
                context.out().flush();
            } catch (TextDecodingException e) {
                context.err().println("isnad import: " + file + ": " + e.getMessage() + "; nothing was imported from this file");
                exit = ExitCode.BAD_INPUT;
            } catch (BadInputException | DomainException e) {
                context.err().println("isnad import: " + file + ": " + e.getMessage());
                exit = ExitCode.BAD_INPUT;
            }
        }
        return exit;
    }

    private static byte[] read(String file) throws IOException {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException("is a folder, not a text file");
            }
            long size = Files.size(path);
            if (size > Library.MAX_TEXT_CHARS * 3L) {
                throw new BadInputException("the file has " + size + " bytes, larger than any article Isnad accepts");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException("permission denied");
        }
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("import: --date must be YYYY-MM-DD, not " + value);
        }
    }
}
