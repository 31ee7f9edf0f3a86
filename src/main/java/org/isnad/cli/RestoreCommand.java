package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.isnad.service.Backup;
import org.isnad.service.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad restore [--list] [BACKUP]}: lists the database's backups, or puts one back. */
@Command(name = "restore")
final class RestoreCommand implements CliCommand {
    private final BackupsOpener opener;

    /** The same as no argument; there for scripts that say what they mean. */
    @Option(names = "--list")
    boolean list;

    @Parameters(paramLabel = "BACKUP")
    List<String> names = new ArrayList<>();

    RestoreCommand(BackupsOpener opener) {
        this.opener = opener;
    }

    @Override
    public String summary() {
        return "list the database's backups, or go back to one";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] restore [--list]
                       isnad [--db PATH] restore BACKUP

                Backups are made while the window is open (at start and every hour of use; the newest 10
                are kept) in the folder "backups" next to the database file.
                  --list (or no argument)  prints a JSON array, newest first: name, takenAt (UTC), bytes
                  BACKUP                   a name from the list: the database goes back to that backup. The
                                           current database is first kept as NAME-…-before-restore.zip in the
                                           same folder (restore that one to undo). Refused while Isnad has the
                                           database open. Prints {"restored": BACKUP, "message": …}.
                exit codes: 0 success, 1 the backup is unknown or damaged, or the database is open, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        Backups backups = opener.open(context.dbOption());
        if (names.size() > 1) {
            throw new UsageException("cli.restore.oneName", names);
        }
        if (names.isEmpty()) {
            ArrayNode array = context.json().createArrayNode();
            for (Backup b : backups.list()) {
                ObjectNode o = array.addObject();
                o.put("name", b.name());
                o.put("takenAt", b.takenAt().toString());
                o.put("bytes", b.bytes());
            }
            context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(array));
            return ExitCode.OK;
        }
        String name = names.get(0);
        Backup backup = backups.list().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadInputException("cli.restore.unknownBackup", name));
        String message = backups.restore(backup).english();
        ObjectNode o = context.json().createObjectNode();
        o.put("restored", backup.name());
        o.put("message", message);
        context.out().println(context.json().writeValueAsString(o));
        context.err().println(message);
        return ExitCode.OK;
    }
}
