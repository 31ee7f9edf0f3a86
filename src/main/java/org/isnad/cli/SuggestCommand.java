package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isnad.suggest.KnownActors;
import org.isnad.suggest.OuterSource;
import org.isnad.suggest.QuoteSuggester;
import org.isnad.suggest.Suggestion;
import org.isnad.text.ImportedText;
import org.isnad.text.TextDecodingException;
import org.isnad.text.TextHash;
import org.isnad.text.TextRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code isnad suggest FILE.txt}: proposed quotes, cues and speakers as JSON; never opens the database. */
@Command(name = "suggest")
final class SuggestCommand implements CliCommand {
    @Parameters(paramLabel = "FILE.txt", type = Path.class, converter = Verbatim.class)
    List<String> files = new ArrayList<>();

    @Override
    public String summary() {
        return "propose quotes, cues and speakers for a UTF-8 article, as JSON";
    }

    @Override
    public String help() {
        return """
                usage: isnad suggest FILE.txt

                Reads a UTF-8 article (a byte order mark is removed and CRLF / CR become LF, as on
                import) and prints on stdout the quotes the engine proposes, without opening or
                changing any database:
                  {"sha256": "…", "suggestions": [{"layer": "QUOTE|CLAIM", "type": "direct|indirect|mixed",
                    "start": 0, "end": 0, "text": "…",
                    "cue": {"start": 0, "end": 0, "text": "…"} | null,
                    "speaker": {"start": 0, "end": 0, "text": "…"} | null,
                    "actor": "…" | null, "roles": ["…"],
                    "outer_source": {"start": 0, "end": 0, "text": "…"} | null,
                    "parent": <index of the outer suggestion> | null, "confidence": 0.0}]}
                Offsets are UTF-16 code units of that stored text, end exclusive; a quote's span leaves
                out its quotation marks. "actor" is the speaker's name, or for a cue with no name
                («وأضاف») the previous speaker's. "roles" are the titles the text gives the speaker
                («رئيس الوزراء، وزير الدفاع، سالم الحربي»), stored as the actor's roles on accepting.
                "outer_source" is the outlet the speaker spoke to («قال فلان لوكالة …»): the outer
                source of a nested attribution. "parent" links a cited source to the outlet citing it,
                and a CLAIM (a check-worthy sentence inside a quote: a number, comparison, cause or
                prediction, or a fact about a named body) to its quote; its speaker is the claimant.
                exit codes: 0 success, 1 the file cannot be read or is not valid UTF-8, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws IOException {
        if (files.size() != 1) {
            throw new UsageException("cli.suggest.oneFile");
        }
        String file = files.get(0);
        String text;
        try {
            text = ImportedText.decode(ArticleFiles.read(file));
        } catch (TextDecodingException | BadInputException e) {
            context.err().println("isnad suggest: " + file + ": " + ErrorText.of(e));
            return ExitCode.BAD_INPUT;
        }
        List<Suggestion> suggestions = new QuoteSuggester().suggest(text, KnownActors.none());
        ObjectNode root = context.json().createObjectNode();
        root.put("sha256", TextHash.sha256Hex(text));
        ArrayNode list = root.putArray("suggestions");
        for (Suggestion s : suggestions) {
            ObjectNode o = list.addObject();
            o.put("layer", s.layer().name());
            o.put("type", s.type().name().toLowerCase(Locale.ROOT));
            o.put("start", s.quote().start());
            o.put("end", s.quote().end());
            o.put("text", text.substring(s.quote().start(), s.quote().end()));
            span(o, "cue", s.cue(), text);
            span(o, "speaker", s.speaker(), text);
            o.put("actor", s.actorName());
            ArrayNode roles = o.putArray("roles");
            s.roles().forEach(roles::add);
            span(o, "outer_source", Optional.ofNullable(s.outerSource()).map(OuterSource::mention), text);
            o.put("parent", s.parentIndex());
            o.put("confidence", s.confidence());
        }
        context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return ExitCode.OK;
    }

    private static void span(ObjectNode o, String field, Optional<TextRange> range, String text) {
        if (range.isEmpty()) {
            o.putNull(field);
            return;
        }
        ObjectNode span = o.putObject(field);
        span.put("start", range.get().start());
        span.put("end", range.get().end());
        span.put("text", text.substring(range.get().start(), range.get().end()));
    }

}
