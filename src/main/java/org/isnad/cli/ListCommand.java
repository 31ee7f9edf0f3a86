package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Layer;
import org.isnad.service.DocumentSummary;
import org.isnad.service.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code isnad list}: every document with its counts and state, as a JSON array. */
@Command(name = "list")
final class ListCommand implements CliCommand {
    /** None are taken; kept so that a stray word is named in the refusal. */
    @Parameters(hidden = true)
    List<String> words = new ArrayList<>();

    @Override
    public String summary() {
        return "list the documents as JSON";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] list

                Prints a JSON array on stdout, one object per document, in import order:
                  id, title, outlet, published, sha256, chars (UTF-16 code units of the stored text),
                  annotations: {"SPEAKER": n, "CUE": n, "QUOTE": n, "CLAIM": n} over all annotation sets,
                  links: number of links, state: "new" (nobody annotated it yet) or the least
                  advanced state of its annotation sets (in_progress, changes_requested, submitted, approved),
                  sets: [{"id", "annotator", "state"}] each annotation set of the document, oldest first.
                exit codes: 0 success, 1 the database could not be read, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (!words.isEmpty()) {
            throw new UsageException("cli.list.noArguments", words.get(0));
        }
        ArrayNode array = context.json().createArrayNode();
        for (DocumentSummary d : new Library(context.repositories(), context.clock()).documents()) {
            ObjectNode o = array.addObject();
            o.put("id", d.id());
            o.put("title", d.title());
            o.put("outlet", d.outlet());
            o.put("published", d.publishedDate() == null ? null : d.publishedDate().toString());
            o.put("sha256", d.sha256());
            o.put("chars", d.chars());
            ObjectNode counts = o.putObject("annotations");
            for (Layer layer : Layer.values()) {
                counts.put(layer.name(), d.count(layer));
            }
            o.put("links", d.links());
            o.put("state", d.state());
            ArrayNode sets = o.putArray("sets");
            for (AnnotationSetInfo set : context.repositories().annotations().setsOf(d.id())) {
                ObjectNode so = sets.addObject();
                so.put("id", set.id());
                so.put("annotator", set.annotator());
                so.put("state", set.state().key());
            }
        }
        context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(array));
        return ExitCode.OK;
    }
}
