package org.isnad.cli;

import org.isnad.service.Repositories;
import org.isnad.service.WorkspaceCopy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad copy --from DB --to DB}: a workspace moved whole between an H2 file and a team server. */
@Command(name = "copy")
final class CopyCommand implements CliCommand {
    @Option(names = "--from", paramLabel = "DB")
    String from;

    @Option(names = "--to", paramLabel = "DB")
    String to;

    @Override
    public String summary() {
        return "copy a whole workspace between a database file and a team server";
    }

    @Override
    public String help() {
        return """
                usage: isnad copy --from PATH|URL --to PATH|URL

                Copies every document, actor, annotation set, verdict, sign-off, review step, assignment and
                audit event from one database to another: a file (PATH) to a team server
                (postgresql://[user@]host[:port]/database), or back. The target must be empty (a new file,
                or a server after isnad server init, copied to by the database's owner); the copy is one
                transaction, so a failed copy leaves the target as it was. Prints what was copied as JSON.
                exit codes: 0 copied, 1 a database could not be opened or the target is not empty, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) {
        if (from == null || to == null || from.isBlank() || to.isBlank()) {
            throw new UsageException("cli.copy.fromTo");
        }
        if (from.strip().equals(to.strip())) {
            throw new UsageException("cli.copy.same");
        }
        try (Repositories source = context.open(from.strip()); Repositories target = context.open(to.strip())) {
            WorkspaceCopy.Report report = new WorkspaceCopy(context.clock()).copy(source, target,
                    UserName.resolve(null, context.env()));
            context.out().println(context.json().createObjectNode()
                    .put("from", source.location()).put("to", target.location())
                    .put("documents", report.documents()).put("actors", report.actors())
                    .put("annotationSets", report.annotationSets()).put("annotations", report.annotations())
                    .put("auditEvents", report.auditEvents()));
        }
        return ExitCode.OK;
    }
}
