package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code isnad index rebuild}: builds the search index again from the database. */
@Command(name = "index")
final class IndexCommand implements CliCommand {
    @Parameters(paramLabel = "rebuild")
    List<String> words = new ArrayList<>();

    @Override
    public String summary() {
        return "rebuild the search index from the database";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] index rebuild

                Builds the search index (the folder NAME.index beside the database NAME.mv.db) again from
                the database, which is the truth. Isnad checks the index at every start and catches it up
                or rebuilds it by itself; this is for doing it by hand.
                Prints {"documents": N, "counter": N} on stdout.
                exit codes: 0 success, 1 the database or index could not be read or written, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (words.size() != 1 || !words.get(0).equals("rebuild")) {
            throw new UsageException("cli.index.rebuildOnly");
        }
        int documents = context.search().rebuild();
        context.out().println(context.json().createObjectNode().put("documents", documents)
                .put("counter", context.search().indexCounter()).toString());
        return ExitCode.OK;
    }
}
