package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Console;
import java.util.List;
import java.util.Locale;
import org.isnad.service.TeamServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad server init|add-user|users}: setting up a team on a PostgreSQL server. */
@Command(name = "server")
final class ServerCommand implements CliCommand {
    static final List<String> WORDS = List.of("init", "add-user", "users");
    static final List<String> ROLES = List.of("analyst", "reviewer", "admin");

    private final TeamServerOpener opener;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORD", completionCandidates = Candidates.ServerWords.class)
    String word;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", completionCandidates = Candidates.ServerRoles.class)
    String role;

    @Option(names = "--no-password")
    boolean noPassword;

    ServerCommand(TeamServerOpener opener) {
        this.opener = opener;
    }

    @Override
    public String summary() {
        return "set up a team server: its schema and roles, and the team's users";
    }

    @Override
    public String help() {
        return """
                usage: isnad --db postgresql://[user@]host[:port]/database server init
                       isnad --db URL server add-user NAME --role analyst|reviewer|admin [--no-password]
                       isnad --db URL server users

                  init       creates (or brings up to date) the schema and the group roles isnad_analyst,
                             isnad_reviewer and isnad_admin, with what each may do; run by the database's owner
                  add-user   creates the login NAME in the role's group; its password comes from
                             ISNAD_NEW_PASSWORD, else it is asked for (not shown as typed);
                             --no-password for servers that authenticate by other means
                  users      prints the team's logins and their roles as JSON, one line each
                Your own password comes from PGPASSWORD or ~/.pgpass, never from the command line.
                exit codes: 0 done, 1 the server refused or could not be reached, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) {
        if (word == null || !WORDS.contains(word)) {
            throw new UsageException("cli.server.noWord");
        }
        if (!TeamServer.names(context.db())) {
            throw new UsageException("cli.server.needsServer");
        }
        if (!word.equals("add-user") && (name != null || role != null || noPassword)) {
            throw new UsageException("cli.server.onlyAddUser");
        }
        try (TeamServer server = opener.open(context.dbOption())) {
            switch (word) {
                case "init" -> {
                    server.initialize();
                    context.out().println(context.json().createObjectNode().put("initialized", true));
                }
                case "add-user" -> addUser(context, server);
                default -> {
                    for (TeamServer.User user : server.users()) {
                        ObjectNode line = context.json().createObjectNode().put("user", user.name());
                        user.roles().forEach(r -> line.withArray("roles").add(r.word()));
                        context.out().println(line);
                    }
                }
            }
        }
        return ExitCode.OK;
    }

    private void addUser(CliContext context, TeamServer server) {
        if (name == null || role == null) {
            throw new UsageException("cli.server.addUserNeeds");
        }
        if (!ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            throw new UsageException("cli.server.badRole", role);
        }
        TeamServer.Role r = TeamServer.Role.valueOf(role.toUpperCase(Locale.ROOT));
        char[] password = noPassword ? null : newPassword(context);
        server.addUser(name, r, password);
        context.out().println(context.json().createObjectNode().put("added", name).put("role", r.word())
                .put("password", !noPassword));
    }

    private static char[] newPassword(CliContext context) {
        String fromEnv = context.env().get("ISNAD_NEW_PASSWORD");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new BadInputException("cli.server.noPasswordSource");
        }
        char[] first = console.readPassword("%s", org.isnad.message.Message.of("cli.server.passwordPrompt").english());
        char[] again = console.readPassword("%s", org.isnad.message.Message.of("cli.server.passwordAgain").english());
        if (first == null || first.length == 0 || !java.util.Arrays.equals(first, again)) {
            throw new BadInputException("cli.server.passwordsDiffer");
        }
        return first;
    }
}
