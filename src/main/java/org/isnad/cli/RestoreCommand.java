package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.isnad.service.Backup;
import org.isnad.service.Backups;

/** {@code isnad restore [--list] [BACKUP]}: lists the database's backups, or puts one back. */
final class RestoreCommand implements CliCommand {
    private final BackupsOpener opener;

    RestoreCommand(BackupsOpener opener) {
        this.opener = opener;
    }

    @Override
    public String name() {
        return "restore";
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
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(), Set.of("--list"), name());
        Backups backups = opener.open(context.dbOption());
        if (a.positional().size() > 1) {
            throw new UsageException("restore: takes one backup name, got " + a.positional());
        }
        if (a.positional().isEmpty()) {
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
        String name = a.positional().get(0);
        Backup backup = backups.list().stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new BadInputException("there is no backup named «" + name + "» (isnad restore --list shows them)"));
        String message = backups.restore(backup).english();
        ObjectNode o = context.json().createObjectNode();
        o.put("restored", backup.name());
        o.put("message", message);
        context.out().println(context.json().writeValueAsString(o));
        context.err().println(message);
        return ExitCode.OK;
    }
}
