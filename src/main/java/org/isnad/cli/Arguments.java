package org.isnad.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments split into options ({@code --name value}, {@code --flag}) and positional values. */
final class Arguments {
    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    /**
     * @param valued options that take a value
     * @param flags  options that stand alone
     */
    static Arguments parse(List<String> args, Set<String> valued, Set<String> flags, String command) {
        Arguments parsed = new Arguments();
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositional = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (flags.contains(name) && value == null) {
                parsed.options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": " + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (parsed.options.put(name, value) != null) {
                    throw new UsageException(command + ": " + name + " is given twice");
                }
            } else {
                throw new UsageException(command + ": unknown option " + name);
            }
        }
        return parsed;
    }

    String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }
}
