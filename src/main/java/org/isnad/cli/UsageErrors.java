package org.isnad.cli;

import org.isnad.message.Message;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** picocli's parse errors in the CLI's own words, each naming the option or word at fault. */
final class UsageErrors {
    private UsageErrors() {
    }

    static Message of(ParameterException e) {
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Message.of("cli.usage.needsValue", name(missing.getMissing().get(0)));
        }
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (word.startsWith("-")) {
                int eq = word.indexOf('=');
                return Message.of("cli.usage.unknownOption", eq > 0 ? word.substring(0, eq) : word);
            }
            return Message.of("cli.usage.unexpectedArgument", word);
        }
        if (e instanceof OverwrittenOptionException twice) {
            return Message.of("cli.usage.givenTwice", name(twice.getOverwritten()));
        }
        return Message.of("cli.usage.other", e.getMessage());
    }

    /**
     * An option that takes a value may be given once (flags may repeat). picocli is told to let
     * options overwrite each other, so that the global options may (the last one counts). List options
     * ({@code claims rate --evidence URL}, {@code export --claim ID}) may repeat: each time adds a value.
     */
    static void rejectRepeatedValues(ParseResult parsed) {
        for (OptionSpec option : parsed.matchedOptions()) {
            if (!option.isMultiValue() && option.arity().max() > 0 && option.originalStringValues().size() > 1) {
                throw new UsageException("cli.usage.givenTwice", option.longestName());
            }
        }
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
