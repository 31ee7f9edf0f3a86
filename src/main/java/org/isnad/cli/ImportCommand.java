package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.DomainException;
import org.isnad.message.Message;
import org.isnad.service.ConflictPolicy;
import org.isnad.service.ImportOptions;
import org.isnad.service.ImportReport;
import org.isnad.service.ImportRequest;
import org.isnad.service.ImportResult;
import org.isnad.service.InterchangeException;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Library;
import org.isnad.service.Progress;
import org.isnad.text.TextDecodingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad import FILE…}: imports UTF-8 articles ({@code .txt}), native bundles ({@code .isnad}),
 * brat standoff ({@code .ann} with its {@code .txt}) and W3C Web Annotation ({@code .json}/{@code .jsonld}
 * with {@code --text}); one JSON line per file as soon as it is committed.
 */
@Command(name = "import")
final class ImportCommand implements CliCommand {
    @Parameters(paramLabel = "FILE", type = Path.class, converter = Verbatim.class)
    List<String> files = new ArrayList<>();

    @Option(names = "--title", paramLabel = "T")
    String title;

    @Option(names = "--url", paramLabel = "U")
    String url;

    @Option(names = "--outlet", paramLabel = "O")
    String outlet;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;

    @Option(names = "--on-conflict", paramLabel = "POLICY", completionCandidates = Candidates.ConflictPolicies.class)
    String onConflict;

    @Option(names = "--text", paramLabel = "TEXT.txt")
    Path text;

    @Override
    public String summary() {
        return "import articles (.txt), bundles (.isnad), brat (.ann) or W3C annotations (.json --text)";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] [--as USER] import FILE… [--title T] [--url U] [--outlet O] [--date YYYY-MM-DD]
                                                    [--on-conflict fail|keep-both|replace] [--text TEXT.txt]

                What each FILE is follows from its name:
                  NAME.isnad   a native bundle: documents, annotation sets, actors, review state,
                               assignments, claim records with their stances and signed ratings
                  NAME.ann     brat standoff annotations; the text is NAME.txt beside it
                  NAME.json    W3C Web Annotation JSON-LD (also .jsonld); name the text with --text
                  anything else  a UTF-8 text article

                Text articles: a UTF-8 byte order mark is removed and CRLF / CR line endings become LF;
                nothing else in the text changes. For each file, once it is stored, prints one line:
                  {"id": "…", "sha256": "…", "file": "…"}
                A text that is already in the database (same SHA-256 of its stored text) is not added
                again: its existing line is printed with "existing": true. So an interrupted batch can
                simply be run again.

                Bundles, brat and W3C files are imported all or nothing: everything is checked first
                (hashes, format version, safe entries, offsets against the text, links), then written in
                one transaction. Prints one line per file:
                  {"file": "…", "format": "isnad", "documents": [{"id", "sha256", "title", "existing",
                   "sets": [{"id", "importedId", "annotator", "result", "spans", "links"}]}],
                   "actorsCreated": […], "claimRecords": {"added", "merged", "stancesAdded", "ratingsTaken"},
                   "assignmentsTaken": n, "warnings": […]}
                where result is added, unchanged, kept-both or replaced (claimRecords and assignmentsTaken
                for bundles only). A document whose text is already stored gets the file's annotation sets
                beside its own. A bundle's claim records are merged by id: a record already here keeps
                its statement, a span already linked here keeps its link, the more recent rating and
                assignment win (a rating's signature travels as it is); what was kept is listed in
                "warnings". brat and W3C annotations become a new annotation set; W3C annotations that
                cannot be anchored in the text are listed in "warnings" and not imported.

                A file that cannot be read or is refused gets a message on stderr naming the file and
                what is wrong in it (the entry or line, and why); nothing of that file is imported, the
                other files still are, and the exit code is 1.

                options:
                  --title T     title of text documents; default: the first line when short, else the file name
                  --url U       source URL
                  --outlet O    outlet (newspaper, broadcaster)
                  --date D      publication date, YYYY-MM-DD
                  --on-conflict P  when a bundle's annotation set is already stored with other content:
                                fail (default: refuse the file), keep-both (add the bundle's version beside,
                                under new ids) or replace (the bundle's version replaces the stored one)
                  --text FILE   the UTF-8 text that W3C annotations point into
                exit codes: 0 all imported, 1 a file was refused, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws IOException {
        if (files.isEmpty()) {
            throw new UsageException("cli.import.noFile");
        }
        ImportOptions options = new ImportOptions(title, url, outlet, date(date));
        ConflictPolicy policy = ConflictPolicy.FAIL;
        if (onConflict != null) {
            policy = ConflictPolicy.ofKey(onConflict).orElseThrow(() -> new UsageException("cli.import.badConflictPolicy", onConflict));
        }
        boolean anyW3c = files.stream()
                .anyMatch(f -> InterchangeFormat.ofFileName(Path.of(f)).orElse(null) == InterchangeFormat.W3C);
        if (text != null && !anyW3c) {
            throw new UsageException("cli.import.textWithoutW3c");
        }
        int exit = ExitCode.OK;
        for (String file : files) {
            Optional<InterchangeFormat> format = InterchangeFormat.ofFileName(Path.of(file));
            if (format.isPresent()) {
                if (!importAnnotations(file, format.get(), text, policy, options, context)) {
                    exit = ExitCode.BAD_INPUT;
                }
                continue;
            }
            Library library = new Library(context.repositories(), context.clock());
            try {
                byte[] bytes = ArticleFiles.read(file);
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
                refused(context, file, Message.of("cli.import.nothingImported", ErrorText.of(e)).english());
                exit = ExitCode.BAD_INPUT;
            } catch (BadInputException | DomainException e) {
                refused(context, file, ErrorText.of(e));
                exit = ExitCode.BAD_INPUT;
            }
        }
        return exit;
    }

    private static void refused(CliContext context, String file, String why) {
        context.err().println("isnad import: " + file + ": " + why);
    }

    /** Imports one bundle, brat or W3C file; false (with a message) when it was refused. */
    private static boolean importAnnotations(String file, InterchangeFormat format, Path text, ConflictPolicy policy,
                                             ImportOptions options, CliContext context) throws IOException {
        Path path = Path.of(file);
        if (format == InterchangeFormat.W3C && text == null) {
            refused(context, file, Message.of("cli.import.w3cNeedsText").english());
            return false;
        }
        try {
            ImportReport report = context.interchange().importFile(new ImportRequest(path, format,
                    format == InterchangeFormat.W3C ? text : null, policy, options, context.user()), Progress.none());
            context.out().println(context.json().writeValueAsString(ReportJson.of(report, file, context.json())));
            context.out().flush();
            for (String warning : report.warnings()) {
                refused(context, file, warning);
            }
            return true;
        } catch (InterchangeException | DomainException e) {
            String why = ErrorText.of(e);
            refused(context, file, why.endsWith("Nothing was imported.") ? why : Message.of("cli.import.nothingImported", why).english());
            return false;
        }
    }


    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.import.badDate", value);
        }
    }
}
