package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad completion}: the bash script it prints, sourced in a real bash and asked what Tab would offer. */
class CompletionScriptTest {
    private static final Path BASH = Path.of("/bin/bash");
    private final CliHarness cli = CliHarness.withoutDatabase();

    @TempDir
    Path dir;

    @BeforeEach
    void printTheScript() throws IOException {
        assertEquals(ExitCode.OK, cli.run("completion"), cli.err());
        assertTrue(cli.out().contains("complete -F _complete_isnad"), cli.out());
        Files.writeString(dir.resolve("isnad.bash"), cli.out());
        Files.writeString(dir.resolve("article.txt"), "قال");
    }

    @Test
    void commandsFixedValuesAndFilesAreOffered() throws Exception {
        assumeTrue(Files.isExecutable(BASH), "bash is needed to source the script");
        assertEquals(List.of("import", "list", "export", "verify", "suggest", "review", "keys", "actors", "assign", "agreement", "evaluate", "copy", "claims", "restore", "docs", "server", "search", "index"),
                complete("isnad", ""));
        assertEquals(List.of("review", "restore"), complete("isnad", "re"));
        assertEquals(List.of("isnad", "brat", "w3c", "csv", "claimreview"), complete("isnad", "--db", "x", "export", "--format", ""));
        assertEquals(List.of("fail", "keep-both", "replace"), complete("isnad", "import", "--on-conflict", ""));
        assertEquals(List.of("table", "json"), complete("isnad", "evaluate", "--format", ""));
        assertEquals(List.of("submit", "resume", "approve", "request-changes", "reopen", "verdict", "status"),
                complete("isnad", "review", ""));
        assertEquals(List.of("accept", "reject", "fix"), complete("isnad", "review", "verdict", ""));
        assertEquals(List.of("export", "import", "list"), complete("isnad", "keys", ""));
        assertTrue(complete("isnad", "export", "--").containsAll(List.of("--doc", "--all", "--format", "--out", "--with-audit", "--help")));
        assertEquals(List.of("article.txt"), complete("isnad", "import", "art"));
        assertEquals(List.of("article.txt"), complete("isnad", "--db", "art"));
        assertEquals(List.of("article.txt"), complete("isnad", "import", "a.json", "--text", "art"));
    }

    @Test
    void theHiddenCommandsHaveHelpButStayOutOfTheList() {
        assertEquals(ExitCode.OK, cli.run("completion", "--help"));
        assertTrue(cli.out().startsWith("usage: isnad completion"), cli.out());
        assertEquals(ExitCode.OK, cli.run("--help"));
        assertFalse(cli.out().contains("completion"), cli.out());
        assertEquals(ExitCode.USAGE, cli.run("completion", "--bash"));
        assertEquals("isnad completion: unknown option --bash\n(see isnad completion --help)\n", cli.err());
    }

    /** What bash would put in COMPREPLY for the last of {@code words}, the cursor at its end. */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BASH.toString(), "-c", """
                source ./isnad.bash
                COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                _complete_isnad 2>/dev/null
                printf '%s\\n' "${COMPREPLY[@]}"
                """, "bash"));
        command.addAll(List.of(words));
        Process bash = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }
}
