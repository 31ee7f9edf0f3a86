package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.isnad.service.Library;
import org.isnad.suggest.KnownActors;
import org.isnad.suggest.QuoteSuggester;
import org.isnad.suggest.Suggestion;
import org.isnad.text.ImportedText;
import org.isnad.text.TextDecodingException;
import org.isnad.text.TextHash;
import org.isnad.text.TextRange;

/** {@code isnad suggest FILE.txt}: proposed quotes, cues and speakers as JSON; never opens the database. */
final class SuggestCommand implements CliCommand {
    @Override
    public String name() {
        return "suggest";
    }

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
                  {"sha256": "…", "suggestions": [{"layer": "QUOTE", "type": "direct|indirect|mixed",
                    "start": 0, "end": 0, "text": "…",
                    "cue": {"start": 0, "end": 0, "text": "…"} | null,
                    "speaker": {"start": 0, "end": 0, "text": "…"} | null,
                    "actor": "…" | null, "parent": <index of the outer suggestion> | null,
                    "confidence": 0.0}]}
                Offsets are UTF-16 code units of that stored text, end exclusive; a quote's span leaves
                out its quotation marks. "actor" is the speaker's name, or for a cue with no name
                («وأضاف») the previous speaker's. "parent" links a cited source to the outlet citing it.
                exit codes: 0 success, 1 the file cannot be read or is not valid UTF-8, 2 usage error
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws IOException {
        Arguments a = Arguments.parse(args, Set.of(), Set.of(), name());
        if (a.positional().size() != 1) {
            throw new UsageException("suggest: name exactly one file");
        }
        String file = a.positional().get(0);
        String text;
        try {
            text = ImportedText.decode(read(file));
        } catch (TextDecodingException e) {
            context.err().println("isnad suggest: " + file + ": " + e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (BadInputException e) {
            context.err().println("isnad suggest: " + file + ": " + e.getMessage());
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

    private static byte[] read(String file) throws IOException {
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException("is a folder, not a text file");
            }
            if (Files.size(path) > Library.MAX_TEXT_CHARS * 3L) {
                throw new BadInputException("the file is larger than any article Isnad accepts");
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadInputException("permission denied");
        }
    }
}
