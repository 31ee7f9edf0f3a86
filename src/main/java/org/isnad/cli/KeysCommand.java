package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isnad.service.ReviewerKey;
import org.isnad.service.SigningKeys;

/** {@code isnad keys export|import|list}: reviewers' public keys as small text files, and the trusted ones. */
final class KeysCommand implements CliCommand {
    @Override
    public String name() {
        return "keys";
    }

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
    public int run(List<String> args, CliContext context) throws IOException {
        Arguments a = Arguments.parse(args, Set.of("--out", "--keys"), Set.of(), name());
        List<String> words = a.positional();
        if (words.isEmpty()) {
            throw new UsageException("keys: say export, import or list");
        }
        SigningKeys keys = context.signingKeys(a.option("--keys"));
        ObjectNode out = context.json().createObjectNode();
        switch (words.get(0)) {
            case "export" -> {
                if (words.size() > 1 || a.option("--out") == null) {
                    throw new UsageException("keys export: give the file with --out FILE");
                }
                Path file = Path.of(a.option("--out"));
                ReviewerKey key = keys.exportPublicKey(context.user());
                Files.write(file, key.toBytes());
                describe(out, key);
                out.put("file", file.toString());
            }
            case "import" -> {
                if (words.size() != 2 || a.option("--out") != null) {
                    throw new UsageException("keys import: name one key file");
                }
                Path file = Path.of(words.get(1));
                ReviewerKey key = ReviewerKey.parse(read(file), file.toString());
                keys.trust(key);
                describe(out, key);
                out.put("trusted", true);
            }
            case "list" -> {
                if (words.size() > 1) {
                    throw new UsageException("keys list: takes no arguments");
                }
                ArrayNode array = context.json().createArrayNode();
                keys.trusted().forEach(k -> describe(array.addObject(), k));
                context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(array));
                return ExitCode.OK;
            }
            default -> throw new UsageException("keys: say export, import or list, not «" + words.get(0) + "»");
        }
        context.out().println(out.toString());
        return ExitCode.OK;
    }

    private static void describe(ObjectNode o, ReviewerKey key) {
        o.put("reviewer", key.reviewer());
        o.put("fingerprint", key.fingerprint());
    }

    private static String read(Path file) throws IOException {
        try {
            if (Files.size(file) > ReviewerKey.MAX_FILE_BYTES) {
                throw new BadInputException(file + " is too large to be a public key file");
            }
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + file);
        }
    }
}
