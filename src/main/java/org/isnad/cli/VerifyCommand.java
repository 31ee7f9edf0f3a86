package org.isnad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.isnad.service.signing.SigningKeys;
import org.isnad.service.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad verify BUNDLE}: checks every entry's hash (and, once sign-offs exist, their signatures). */
@Command(name = "verify")
final class VerifyCommand implements CliCommand {
    @Parameters(paramLabel = "BUNDLE.isnad", type = Path.class, converter = Verbatim.class)
    List<String> bundles = new ArrayList<>();

    @Option(names = "--keys", paramLabel = "DIR")
    Path keys;

    @Override
    public String summary() {
        return "check a .isnad bundle's hashes without importing it";
    }

    @Override
    public String help() {
        return """
                usage: isnad verify BUNDLE.isnad [--keys DIR]

                Checks, without opening any database, that the bundle is a safe zip, that its
                manifest.json is intact and of a known format version, and that every entry is listed
                there with the right size and SHA-256 (so a single changed byte anywhere is found),
                and that every sign-off in force is a valid Ed25519 signature of exactly the annotations
                and verdicts the bundle carries, by a key you trust (your own, or one imported with
                isnad keys import; --keys DIR names another keys folder). A changed annotation or verdict
                is reported as "invalid", a valid signature by a key you do not trust as "unknown key".
                Every claim rating the bundle carries is checked the same way, against the record's
                statement in the bundle: a changed rating or statement is "invalid".
                Prints one JSON line: {"bundle", "ok", "entries", "problems": [{"entry", "check", "reason"}]}
                and lists each problem on stderr.
                exit codes: 0 every check passed, 1 a check failed (or the bundle cannot be read), 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (bundles.size() != 1) {
            throw new UsageException("cli.verify.oneBundle");
        }
        String file = bundles.get(0);
        VerifyReport report = context.interchange().verify(Path.of(file), trustedKeys(context, keys));
        context.out().println(context.json().writeValueAsString(ReportJson.of(report, context.json())));
        for (VerifyReport.Problem p : report.problems()) {
            context.err().println("isnad verify: " + file + ": " + p);
        }
        return report.ok() ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    /** The user's trusted keys; without any keys folder, no key is trusted (and every sign-off says so). */
    private static Predicate<String> trustedKeys(CliContext context, Path keysOption) {
        SigningKeys keys;
        try {
            keys = context.signingKeys(keysOption);
        } catch (BadInputException e) {
            return key -> false;
        }
        return keys::isTrusted;
    }
}
