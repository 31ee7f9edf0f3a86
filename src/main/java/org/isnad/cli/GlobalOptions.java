package org.isnad.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The options that come before the command: {@code --db PATH} and {@code --as USER}. Whatever
 * follows the first other word is the command and its own arguments.
 */
public record GlobalOptions(String db, String user, List<String> command) {

    public static GlobalOptions parse(String[] args) {
        String db = null;
        String user = null;
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (arg.equals("--db") || arg.equals("--as")) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                if (arg.equals("--db")) {
                    db = args[i + 1];
                } else {
                    user = args[i + 1];
                }
                i += 2;
            } else if (arg.startsWith("--db=")) {
                db = arg.substring(5);
                i++;
            } else if (arg.startsWith("--as=")) {
                user = arg.substring(5);
                i++;
            } else {
                break;
            }
        }
        List<String> rest = new ArrayList<>();
        for (int j = i; j < args.length; j++) {
            rest.add(args[j]);
        }
        return new GlobalOptions(db, user, rest);
    }

    /** No command given: the window should open. */
    public boolean opensWindow() {
        return command.isEmpty();
    }
}
