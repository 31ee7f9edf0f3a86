package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.Assignment;
import org.isnad.service.Assignments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad assign}: who annotates a document, and who curates it. */
@Command(name = "assign")
final class AssignCommand implements CliCommand {
    @Option(names = "--doc", paramLabel = "ID[,ID…]")
    String doc;

    @Option(names = "--analysts", paramLabel = "A,B[,C]")
    String analysts;

    @Option(names = "--curator", paramLabel = "NAME")
    String curator;

    /** None are taken; kept so that a stray word is named in the refusal. */
    @Parameters(hidden = true)
    List<String> words = new ArrayList<>();

    @Override
    public String summary() {
        return "assign documents to two or three analysts and a curator";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] [--as USER] assign --doc ID[,ID…] --analysts A,B[,C] [--curator NAME]

                Assigns each document to two or three analysts, who annotate it independently, and
                optionally to a curator, who merges their sets into one curated set. Assigning again
                replaces a document's assignment. All documents or none: an unknown id changes nothing.
                Each assignment is written to the document's audit trail. Prints one JSON line:
                {"assigned": [{"id", "analysts", "curator"}]}.

                options:
                  --doc ID[,ID…]     the documents
                  --analysts A,B[,C] the analysts, in order (the curator takes "analyst 1's version" by it)
                  --curator NAME     the curator (optional)
                exit codes: 0 assigned, 1 an unknown document or a bad list of analysts, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (!words.isEmpty()) {
            throw new UsageException("cli.usage.unexpectedArgument", words.get(0));
        }
        List<String> ids = AgreementCommand.names(doc);
        if (ids.isEmpty()) {
            throw new UsageException("cli.export.noDocumentIds");
        }
        if (analysts == null) {
            throw new UsageException("cli.assign.analystsMissing");
        }
        List<Assignment> made = new Assignments(context.repositories(), context.clock())
                .assign(ids, AgreementCommand.names(analysts), curator, context.user());
        ObjectNode o = context.json().createObjectNode();
        ArrayNode list = o.putArray("assigned");
        for (Assignment a : made) {
            ObjectNode row = list.addObject();
            row.put("id", a.documentId());
            ArrayNode who = row.putArray("analysts");
            a.analysts().forEach(who::add);
            row.put("curator", a.curator());
        }
        context.out().println(context.json().writeValueAsString(o));
        return ExitCode.OK;
    }
}
