package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.service.ReviewerKey;
import org.isnad.service.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad keys export|import|list}: reviewers' public keys as small text files, and the trusted ones. */
@Command(name = "keys")
final class KeysCommand implements CliCommand {
    static final List<String> WORDS = List.of("export", "import", "list");

    /** export, import or list. */
    @Parameters(index = "0", arity = "0..1", paramLabel = "WORD", completionCandidates = Candidates.KeysWords.class)
    String word;

    /** The key file of import. */
    @Parameters(index = "1..*", paramLabel = "FILE")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--keys", paramLabel = "DIR")
    Path keysFolder;

    @Override
    public String summary() {
        return "export your public key, import (trust) a reviewer's key, list trusted keys";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--as USER] keys export --out FILE [--keys DIR]
                       isnad keys import FILE [--keys DIR]
                       isnad keys list [--keys DIR]

                  export   writes the acting user's public key, with their name, to FILE (a few lines of
                           text to send to others); makes the user's key pair first if they have none
                  import   trusts the reviewer's public key in FILE: their sign-offs then check as valid
                           instead of "unknown key"
                  list     prints the trusted keys (imported, and those made on this computer) as JSON
                The private key never leaves the keys folder, which only its owner can read.
                options:
                  --keys DIR   the signing keys folder (default: $ISNAD_KEYS, else "keys" next to the database)
                exit codes: 0 done, 1 a file could not be read or is not a key file, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws IOException {
        if (word == null) {
            throw new UsageException("cli.keys.noWord");
        }
        SigningKeys keys = context.signingKeys(keysFolder);
        ObjectNode line = context.json().createObjectNode();
        switch (word) {
            case "export" -> {
                if (!files.isEmpty() || out == null) {
                    throw new UsageException("cli.keys.exportNeedsOut");
                }
                ReviewerKey key = keys.exportPublicKey(context.user());
                Files.write(out, key.toBytes());
                describe(line, key);
                line.put("file", out.toString());
            }
            case "import" -> {
                if (files.size() != 1 || out != null) {
                    throw new UsageException("cli.keys.importOneFile");
                }
                Path file = files.get(0);
                ReviewerKey key = ReviewerKey.parse(read(file), file.toString());
                keys.trust(key);
                describe(line, key);
                line.put("trusted", true);
            }
            case "list" -> {
                if (!files.isEmpty()) {
                    throw new UsageException("cli.keys.listNoArguments");
                }
                ArrayNode array = context.json().createArrayNode();
                keys.trusted().forEach(k -> describe(array.addObject(), k));
                context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(array));
                return ExitCode.OK;
            }
            default -> throw new UsageException("cli.keys.unknownWord", word);
        }
        context.out().println(line.toString());
        return ExitCode.OK;
    }

    private static void describe(ObjectNode o, ReviewerKey key) {
        o.put("reviewer", key.reviewer());
        o.put("fingerprint", key.fingerprint());
    }

    private static String read(Path file) throws IOException {
        try {
            if (Files.size(file) > ReviewerKey.MAX_FILE_BYTES) {
                throw new BadInputException("cli.keys.fileTooLarge", file);
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cli.keys.noSuchFile", file);
        }
    }
}
