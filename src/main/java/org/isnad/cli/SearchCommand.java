package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetState;
import org.isnad.service.ActorRegistry;
import org.isnad.service.QuerySyntaxException;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchPage;
import org.isnad.service.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad search QUERY}: hits across the corpus, one per occurrence, as JSON or CSV. */
@Command(name = "search")
final class SearchCommand implements CliCommand {
    private static final int DEFAULT_LIMIT = 100;

    @Parameters(paramLabel = "QUERY")
    List<String> words = new ArrayList<>();

    @Option(names = "--layer", paramLabel = "L")
    String layer;

    @Option(names = "--actor", paramLabel = "NAME|ID")
    String actor;

    @Option(names = "--outlet", paramLabel = "O")
    String outlet;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    @Option(names = "--state", paramLabel = "S")
    String state;

    @Option(names = "--annotator", paramLabel = "NAME")
    String annotator;

    @Option(names = "--quote-type", paramLabel = "T")
    String quoteType;

    @Option(names = "--limit", paramLabel = "N")
    String limit;

    @Option(names = "--offset", paramLabel = "N")
    String offset;

    @Option(names = "--format", paramLabel = "json|csv")
    String format;

    @Override
    public String summary() {
        return "search the texts and annotations of every document";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] search QUERY [--layer L] [--actor NAME|ID] [--outlet O]
                                  [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--state S] [--annotator NAME]
                                  [--quote-type T] [--limit N] [--offset N] [--format json|csv]

                QUERY: words (all must occur), "an exact phrase", prefix*, OR, NOT or -word, (groups).
                Arabic is matched folded (أ إ آ ٱ → ا, ى → ي, ة → ه, no harakat or tatweel, Arabic-Indic
                digits as 0-9) and lightly stemmed («الامن» finds «الأمن» and «الأمنية»).
                  --layer L        quote, claim, speaker or cue: hits inside annotations of that layer
                  --actor NAME|ID  hits inside the quotes, claims and mentions of that actor
                  --outlet O       --from, --to: the document's outlet and publication date
                  --state S        in_progress, submitted, changes_requested or approved
                  --annotator NAME --quote-type direct|indirect|mixed
                  --limit N        at most N hits (default 100); --offset N skips the first N
                Prints {"total": N, "hits": [{"doc", "title", "layer", "start", "end", "text", "context",
                "actor", "score"}]}: one hit per occurrence, best documents first; layer is null for a hit in
                the plain text; start/end are UTF-16 offsets into the stored text of doc, and text is exactly
                the stored text between them. --format csv prints the same fields as CSV with a header.
                exit codes: 0 success, 1 the database or index could not be read, 2 usage error or a
                query that cannot be read (the message names the position and what was expected)
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (words.isEmpty()) {
            throw new UsageException("cli.search.noQuery");
        }
        boolean csv = csv();
        int max = number("--limit", limit, DEFAULT_LIMIT);
        int skip = number("--offset", offset, 0);
        SearchQuery query = new SearchQuery(String.join(" ", words), layer(), actors(context), blank(outlet),
                date("--from", from), date("--to", to), state(), blank(annotator), quoteType());
        SearchPage page;
        try {
            page = context.search().search(query, skip, max);
        } catch (QuerySyntaxException e) {
            throw new UsageException(e.message());
        }
        context.out().print(csv ? SearchCsv.of(page) : json(context, page));
        return ExitCode.OK;
    }

    private String json(CliContext context, SearchPage page) throws Exception {
        ObjectNode root = context.json().createObjectNode();
        root.put("total", page.total());
        ArrayNode hits = root.putArray("hits");
        for (SearchHit hit : page.hits()) {
            ObjectNode o = hits.addObject();
            o.put("doc", hit.doc());
            o.put("title", hit.title());
            o.put("layer", hit.layer() == null ? null : hit.layer().name().toLowerCase(Locale.ROOT));
            o.put("start", hit.start());
            o.put("end", hit.end());
            o.put("text", hit.text());
            o.put("context", hit.context());
            o.put("actor", hit.actor());
            o.put("score", hit.score());
        }
        return context.json().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private boolean csv() {
        if (format == null || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw new UsageException("cli.search.format", format);
    }

    private Layer layer() {
        return choice(layer, Layer.class, "cli.search.layer");
    }

    private String state() {
        SetState chosen = choice(state, SetState.class, "cli.search.state");
        return chosen == null ? null : chosen.name();
    }

    private String quoteType() {
        QuoteType chosen = choice(quoteType, QuoteType.class, "cli.search.quoteType");
        return chosen == null ? null : chosen.name();
    }

    /** One of an enum's constants, named in any case; null when the option was not given. */
    private static <E extends Enum<E>> E choice(String value, Class<E> type, String refusal) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(refusal, value);
        }
    }

    /** An actor's id, else every actor whose name, Latin name or alias matches (folded). */
    private Set<String> actors(CliContext context) {
        if (actor == null) {
            return null;
        }
        ActorRegistry registry = new ActorRegistry(context.repositories());
        Set<String> ids = new LinkedHashSet<>();
        registry.find(actor.strip()).ifPresent(a -> ids.add(a.id()));
        if (ids.isEmpty()) {
            registry.search(actor).stream().map(Actor::id).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            throw new BadInputException("cli.search.noActor", actor);
        }
        return ids;
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.search.date", option, value);
        }
    }

    private static int number(String option, String value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("cli.search.number", option, value);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
