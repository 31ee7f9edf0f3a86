package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;
import org.isnad.testing.HandClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command's exit code, stdout and stderr, byte for byte, on databases this test builds: the
 * output scripts and pipelines rely on must not move when the parsing underneath changes. The
 * transcript, with what differs from run to run replaced (see {@link CliTranscript}), is compared with
 * {@code /cli/transcript.txt}; a mismatch writes the new one to {@code target/cli-transcript.actual.txt}.
 */
class CliTranscriptTest {
    static final String TEXT = "وقال مارك كيميت: “لا أعتقد أن الانسحاب سيؤدي إلى فراغ أمني”.";

    @TempDir
    Path dir;
    private final ObjectMapper json = new ObjectMapper();
    private CliHarness cli;
    private CliTranscript transcript;

    @Test
    void everyCommandPrintsWhatItAlwaysPrinted() throws Exception {
        cli = CliHarness.in(dir, HandClock.ticking(Instant.parse("2024-09-25T08:00:00Z"), Duration.ofSeconds(1)));
        transcript = new CliTranscript(cli, dir);
        String db = dir.resolve("db/isnad").toString();
        String other = dir.resolve("other/isnad").toString();
        help();
        String docId = importAndList(db);
        annotate(Path.of(db), docId);
        exportAndVerify(db, other, docId);
        review(db, docId);
        keys(db, docId);
        restore(db);
        team(db);
        usageErrors(db, docId);

        String actual = transcript.normalised();
        String expected;
        try (InputStream in = CliTranscriptTest.class.getResourceAsStream("/cli/transcript.txt")) {
            expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Files.writeString(Path.of("target", "cli-transcript.actual.txt"), actual);
        }
        assertEquals(expected, actual);
    }

    private void help() {
        step("--help");
        step("-h");
        step("help");
        step();
        step("--db", dir.resolve("unused/isnad").toString());
        for (String command : List.of("import", "list", "export", "verify", "suggest", "review", "keys", "restore")) {
            step(command, "--help");
            step(command, "-h");
            step("help", command);
        }
        step("--help", "export");
        step("help", "nonsense");
    }

    private String importAndList(String db) throws IOException {
        Path coalition = CliHarness.sample(dir, "coalition-iraq-alhurra.ar.txt");
        Path heat = CliHarness.sample(dir, "heat-index-almisnad-sabq.ar.txt");
        Path article = Files.writeString(dir.resolve("article.txt"), TEXT);
        step("--db", db, "--as", "layla", "import", coalition.toString());
        step("--db", db, "--as", "layla", "import", heat.toString(), "--title", "مؤشر الحرارة", "--outlet", "سبق",
                "--url", "https://sabq.org/x", "--date", "2024-09-25");
        step("--db", db, "--as=layla", "import", article.toString());
        String docId = json.readTree(cli.out()).get("id").asText();
        Path crlf = Files.writeString(dir.resolve("crlf.txt"), "\uFEFF" + Files.readString(coalition).replace("\n", "\r\n"));
        step("--db=" + db, "--as", "layla", "import", crlf.toString(), coalition.toString());
        byte[] bytes = "قال المتحدث".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 1);
        broken[6] = (byte) 0xC3;
        System.arraycopy(bytes, 6, broken, 7, bytes.length - 6);
        Path bad = Files.write(dir.resolve("bad.txt"), broken);
        step("--db", db, "--as", "layla", "import", bad.toString());
        step("--db", db, "--as", "layla", "import", dir.resolve("nope.txt").toString(), article.toString());
        step("--db", db, "--as", "layla", "import", dir.toString());
        step("--db", db, "list");
        step("suggest", coalition.toString());
        step("suggest", heat.toString());
        step("suggest", bad.toString());
        step("suggest", dir.resolve("nope.txt").toString());
        return docId;
    }

    private void annotate(Path db, String docId) {
        try (H2Store store = H2Store.open(db)) {
            AnnotationSession s = AnnotationSession.open(store, docId, "layla", HandClock.ticking(Instant.parse("2024-09-25T07:00:00Z"), Duration.ofSeconds(1)));
            s.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
            Span speaker = s.mark(Layer.SPEAKER, TEXT.indexOf("مارك"), TEXT.indexOf(":"));
            s.markQuoteOf(speaker.id(), TEXT.indexOf("لا"), TEXT.indexOf("”."));
        }
    }

    private void exportAndVerify(String db, String other, String docId) throws IOException {
        Path bundle = dir.resolve("work.isnad");
        step("--db", db, "--as", "layla", "export", "--doc", docId, "--format", "isnad", "--out", bundle.toString(), "--with-audit");
        step("--db", db, "--as", "layla", "export", "--all", "--format", "isnad", "--out", dir.resolve("all.isnad").toString());
        step("--db", db, "export", "--all", "--format", "brat", "--out", dir.resolve("brat").toString());
        step("--db", db, "export", "--doc", docId + ", " + docId, "--format", "w3c", "--out", dir.resolve("work.jsonld").toString());
        step("--db", db, "export", "--all", "--format", "csv", "--out", dir.resolve("table.csv").toString());
        step("--db", db, "export", "--doc", "no-such-id", "--format", "isnad", "--out", dir.resolve("x.isnad").toString());
        step("verify", bundle.toString());
        byte[] zip = Files.readAllBytes(bundle);
        byte[] name = "actors.json".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + name.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + name.length, name, 0, name.length)) {
                zip[i + 2] ^= 1;
            }
        }
        step("verify", Files.write(dir.resolve("broken.isnad"), zip).toString());
        step("verify", dir.resolve("nope.isnad").toString());
        step("verify", Files.write(dir.resolve("evil.isnad"), new byte[] {'P', 'K', 3, 4, 0, 0}).toString());

        step("--db", other, "--as", "omar", "import", bundle.toString());
        step("--db", other, "--as", "omar", "import", bundle.toString(), "--on-conflict", "keep-both");
        step("--db", other, "--as", "omar", "import", dir.resolve("evil.isnad").toString());
        step("--db", other, "--as", "omar", "import", dir.resolve("brat").resolve(docId + ".ann").toString());
        step("--db", other, "--as", "sara", "import", dir.resolve("work.jsonld").toString());
        step("--db", other, "--as", "sara", "import", dir.resolve("work.jsonld").toString(), "--text", dir.resolve("article.txt").toString());
        step("--db", other, "list");
    }

    private void review(String db, String docId) {
        step("--db", db, "--as", "layla", "review", "status", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "submit", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "approve", "--doc", docId, "--accept-remaining");
        step("--db", db, "--as", "omar", "review", "request-changes", "--doc", docId);
        step("--db", db, "--as", "omar", "review", "request-changes", "--doc", docId, "--comment", "the quote is cut");
        step("--db", db, "--as", "layla", "review", "submit", "--doc", docId);
        step("--db", db, "--as", "omar", "review", "resume", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "resume", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "submit", "--doc", docId);
        step("--db", db, "--as", "omar", "review", "status", "--doc", docId);
        String setId;
        Span cue;
        Span quote;
        try (H2Store store = H2Store.open(Path.of(db))) {
            setId = store.annotations().setsOf(docId).get(0).id();
            List<Span> spans = store.annotations().spansOf(setId);
            cue = spans.stream().filter(s -> s.layer() == Layer.CUE).findFirst().orElseThrow();
            quote = spans.stream().filter(s -> s.layer() == Layer.QUOTE).findFirst().orElseThrow();
        }
        step("--db", db, "--as", "omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "accept");
        step("--db", db, "--as", "omar", "review", "verdict", "--doc", docId, "--span", quote.id(), "reject");
        step("--db", db, "--as", "omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "fix");
        step("--db", db, "--as", "omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "fix", "--start", "0",
                "--end", String.valueOf(TEXT.indexOf(" مارك")), "--comment", "include the و");
        step("--db", db, "--as", "omar", "review", "approve", "--doc", docId);
        step("--db", db, "--as", "omar", "review", "approve", "--doc", docId, "--set", setId, "--accept-remaining");
        step("--db", db, "--as", "layla", "review", "status", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "reopen", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "reopen", "--doc", docId, "--comment", "a claim is missing");
        step("--db", db, "--as", "layla", "review", "status", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "submit", "--doc", "no-such-doc");
        step("--db", db, "--as", "layla", "review", "submit", "--doc", docId, "--set", "no-such-set");
        step("--db", db, "list");
    }

    private void keys(String db, String docId) throws IOException {
        String stranger = dir.resolve("stranger-keys").toString();
        Path exported = dir.resolve("omar.pub");
        step("--db", db, "--as", "layla", "review", "submit", "--doc", docId);
        step("--db", db, "--as", "omar", "review", "approve", "--doc", docId, "--accept-remaining");
        step("--db", db, "--as", "omar", "export", "--doc", docId, "--format", "isnad", "--out", dir.resolve("signed.isnad").toString());
        step("--db", db, "verify", dir.resolve("signed.isnad").toString());
        step("verify", dir.resolve("signed.isnad").toString(), "--keys", stranger);
        step("--db", db, "--as", "layla", "review", "status", "--doc", docId, "--keys", stranger);
        step("--db", db, "--as", "omar", "keys", "export", "--out", exported.toString());
        step("keys", "import", exported.toString(), "--keys", stranger);
        step("keys", "list", "--keys", stranger);
        step("verify", dir.resolve("signed.isnad").toString(), "--keys", stranger);
        Path notAKey = Files.writeString(dir.resolve("note.txt"), "hello");
        step("keys", "import", notAKey.toString(), "--keys", stranger);
        step("keys", "import", dir.resolve("missing.pub").toString(), "--keys", stranger);
    }

    /** Issue 15: copying a workspace whole (file to file here; to a server in CopyCliTest), and server mode's usage rules. */
    private void team(String db) {
        String copy = dir.resolve("copy/isnad").toString();
        step("copy", "--from", db);
        step("copy", "--from", db, "--to", copy);
        step("--db", copy, "list");
        step("copy", "--from", db, "--to", copy);
        step("server");
        step("--db", db, "server", "init");
        step("--db", "postgresql://salma@team.example.org/isnad", "--as", "reem", "list");
    }

    private void restore(String db) {
        Path empty = dir.resolve("fresh/isnad");
        step("--db", empty.toString(), "restore", "--list");
        try (H2Store store = H2Store.open(Path.of(db))) {
            DatabaseBackups.of(Path.of(db)).take(store);
        }
        String name = DatabaseBackups.of(Path.of(db)).list().get(0).name();
        step("--db", db, "restore");
        step("--db", db, "restore", name);
        step("--db", db, "restore", "--list");
        step("--db", db, "restore", "isnad-19990101-000000-000.zip");
        step("--db", db, "list");
    }

    private void usageErrors(String db, String docId) {
        step("--db", db, "frobnicate");
        step("--db", db, "--colour", "list");
        step("--db");
        step("--as");
        step("--db", db, "--as");
        step("--db", db, "import");
        step("--db", db, "import", "--colour", "x.txt");
        step("--db", db, "import", "x.txt", "--title");
        step("--db", db, "import", "x.txt", "--title", "a", "--title", "b");
        step("--db", db, "import", "x.txt", "--date", "25/09/2024");
        step("--db", db, "import", "a.isnad", "--on-conflict", "merge");
        step("--db", db, "import", "a.isnad", "--text", "a.txt");
        step("--db", db, "import", "--colour", "--help");
        step("--db", dir.resolve("elsewhere/isnad").toString(), "--db", db, "--as", "x", "--as", "layla", "export", "--all", "--all",
                "--format", "csv", "--out", dir.resolve("again.csv").toString());
        step("--db", db, "list", "extra");
        step("--db", db, "list", "--all");
        step("list", "--db", db);
        step("--db", db, "export", "--format", "isnad", "--out", "x.isnad");
        step("--db", db, "export", "--all", "--doc", "x", "--format", "isnad", "--out", "x.isnad");
        step("--db", db, "export", "--all", "--out", "x.isnad");
        step("--db", db, "export", "--all", "--format", "xml", "--out", "x");
        step("--db", db, "export", "--all", "--format", "csv");
        step("--db", db, "export", "--all", "--format", "csv", "--out", "x", "--with-audit");
        step("--db", db, "export", "--doc", " , ", "--format", "csv", "--out", "x");
        step("--db", db, "export", "extra", "--all", "--format", "csv", "--out", "x");
        step("verify");
        step("verify", "a.isnad", "b.isnad");
        step("verify", "a.isnad", "--keys");
        step("suggest");
        step("suggest", "a.txt", "b.txt");
        step("suggest", "--fast", "a.txt");
        step("--db", db, "--as", "layla", "review");
        step("--db", db, "--as", "layla", "review", "dance", "--doc", "d");
        step("--db", db, "--as", "layla", "review", "submit");
        step("--db", db, "--as", "layla", "review", "submit", "extra", "--doc", "d");
        step("--db", db, "--as", "layla", "review", "submit", "--doc", "d", "--accept-remaining");
        step("--db", db, "--as", "layla", "review", "verdict", "--doc", docId);
        step("--db", db, "--as", "layla", "review", "verdict", "--doc", docId, "--span", "s", "accept", "reject");
        step("--db", db, "--as", "layla", "review", "verdict", "--doc", docId, "--span", "s", "--start", "x", "--end", "3", "fix");
        step("--db", db, "--as", "layla", "review", "verdict", "--doc", docId, "--span", "s", "maybe");
        step("--db", db, "--as", "layla", "review", "verdict", "--doc", docId, "--span", "s");
        step("--db", db, "--as", "layla", "review", "verdict", "--doc", docId, "accept");
        step("--db", db, "--as", "layla", "review", "submit", "--doc", "d", "--colour");
        step("--db", db, "keys");
        step("--db", db, "keys", "dance");
        step("--db", db, "keys", "export");
        step("--db", db, "keys", "import");
        step("--db", db, "keys", "import", "a.pub", "--out", "b");
        step("--db", db, "keys", "list", "extra");
        step("--db", db, "restore", "a.zip", "b.zip");
        step("--db", db, "restore", "--lists");
    }

    private void step(String... args) {
        transcript.step(args);
    }

    /** Each reading is one second after the last, so that histories have a stable order. */
}
