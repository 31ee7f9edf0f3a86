package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.service.Backup;
import org.isnad.service.Backups;
import org.isnad.service.DeletionPlan;
import org.isnad.service.DocumentMetadata;
import org.isnad.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad docs set|delete}: a document's metadata and tags; deleting documents after a backup. */
@Command(name = "docs")
final class DocsCommand implements CliCommand {
    static final List<String> WORDS = List.of("set", "delete");

    private final BackupsOpener backups;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORD", completionCandidates = Candidates.DocsWords.class)
    String word;

    @Parameters(index = "1..*", paramLabel = "ARG", hidden = true)
    List<String> more = new ArrayList<>();

    @Option(names = "--doc", paramLabel = "ID[,ID…]")
    String doc;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--outlet", paramLabel = "TEXT")
    String outlet;

    @Option(names = "--url", paramLabel = "URL")
    String url;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    String date;

    @Option(names = "--language", paramLabel = "CODE")
    String language;

    @Option(names = "--tag", paramLabel = "TAG[,TAG…]")
    String tags;

    @Option(names = "--dry-run")
    boolean dryRun;

    DocsCommand(BackupsOpener backups) {
        this.backups = backups;
    }

    @Override
    public String summary() {
        return "set a document's title, outlet, URL, date, language or tags; delete documents";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] [--as USER] docs set --doc ID [--title TEXT] [--outlet TEXT] [--url URL]
                                                    [--date YYYY-MM-DD] [--language CODE] [--tag TAG[,TAG…]]
                       isnad [--db PATH] [--as USER] docs delete --doc ID[,ID…] [--dry-run]

                  set      changes only the fields given; an empty value ("") clears outlet, URL, date or
                           the tags; --tag replaces the tags with the comma-separated list. The text never
                           changes. Prints the document's metadata as JSON.
                  delete   takes a backup of the database first (isnad restore lists it), then deletes the
                           documents with all their annotation sets. Prints {"deleted": [ids], "titles": […],
                           "annotationSets": n, "backup": name}; --dry-run prints what would go, deletes nothing.
                exit codes: 0 done, 1 an unknown document or a bad value (the message names it), 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (word == null) {
            throw new UsageException("cli.docs.noWord");
        }
        if (!WORDS.contains(word)) {
            throw new UsageException("cli.docs.unknownWord", word);
        }
        if (!more.isEmpty()) {
            throw new UsageException("cli.usage.unexpectedArgument", more.get(0));
        }
        if (doc == null || doc.isBlank()) {
            throw new UsageException("cli.docs.docMissing", word);
        }
        boolean edits = title != null || outlet != null || url != null || date != null || language != null || tags != null;
        if (word.equals("delete") && edits) {
            throw new UsageException("cli.docs.deleteTakesNoFields");
        }
        if (word.equals("set") && dryRun) {
            throw new UsageException("cli.docs.dryRunOnlyDelete");
        }
        List<String> ids = Arrays.stream(doc.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (word.equals("set") && ids.size() != 1) {
            throw new UsageException("cli.docs.setOneDoc", doc);
        }
        ObjectNode out = word.equals("set") ? set(context, ids.get(0)) : delete(context, ids);
        context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        return ExitCode.OK;
    }

    private ObjectNode set(CliContext context, String id) {
        Workspace workspace = new Workspace(context.repositories(), context.clock());
        DocumentMetadata m = workspace.catalog().metadata(id);
        if (title != null) {
            m = m.withTitle(title);
        }
        if (outlet != null) {
            m = m.withOutlet(outlet);
        }
        if (url != null) {
            m = m.withSourceUrl(url);
        }
        if (date != null) {
            m = m.withPublishedDate(date(date));
        }
        if (language != null) {
            m = m.withLanguage(language);
        }
        if (tags != null) {
            m = m.withTags(Arrays.stream(tags.split("[,،]")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        workspace.catalog().edit(id, m, context.user());
        DocumentMetadata stored = workspace.catalog().metadata(id);
        ObjectNode o = context.json().createObjectNode();
        o.put("id", id);
        o.put("title", stored.title());
        o.put("outlet", stored.outlet());
        o.put("url", stored.sourceUrl());
        o.put("published", stored.publishedDate() == null ? null : stored.publishedDate().toString());
        o.put("language", stored.language());
        ArrayNode t = o.putArray("tags");
        stored.tags().forEach(t::add);
        return o;
    }

    private static LocalDate date(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("cli.docs.badDate", value);
        }
    }

    private ObjectNode delete(CliContext context, List<String> ids) {
        Backups folder = backups.open(context.dbOption());
        Workspace workspace = new Workspace(context.repositories(), context.clock(), null, null,
                () -> folder.takeOf(context.repositories()));
        DeletionPlan plan = workspace.catalog().planDeletion(ids);
        ObjectNode o = context.json().createObjectNode();
        ArrayNode deleted = o.putArray("deleted");
        plan.documentIds().forEach(deleted::add);
        ArrayNode titles = o.putArray("titles");
        plan.titles().forEach(titles::add);
        o.put("annotationSets", plan.annotationSets());
        if (dryRun) {
            o.put("dryRun", true);
            return o;
        }
        Backup backup = workspace.catalog().delete(plan, context.user());
        o.put("backup", backup.name());
        return o;
    }
}
