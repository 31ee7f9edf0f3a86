package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.store.KeysLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review flow through the CLI, in-process, on a real H2 database and key files in a temporary folder. */
class ReviewCliTest {
    static final String TEXT = "وقال مارك كيميت: “لا أعتقد أن الانسحاب سيؤدي إلى فراغ أمني”.";
    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;
    Path db;
    String docId;
    String setId;
    Span cue;
    Span speaker;
    Span quote;
    String out;
    String err;

    @BeforeEach
    void annotate() {
        db = dir.resolve("db/isnad");
        try (H2Store store = H2Store.open(db)) {
            docId = new Library(store, Clock.systemUTC()).importText(TEXT, "test", ImportOptions.none(), "layla").document().id();
            AnnotationSession s = AnnotationSession.open(store, docId, "layla", Clock.systemUTC());
            cue = s.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
            speaker = s.mark(Layer.SPEAKER, TEXT.indexOf("مارك"), TEXT.indexOf(":"));
            quote = s.markQuoteOf(speaker.id(), TEXT.indexOf("لا"), TEXT.indexOf("”."));
            setId = s.set().id();
        }
    }

    int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(dbOption -> H2Store.open(Path.of(dbOption)), org.isnad.bundle.BundleInterchange::new,
                (keysOption, dbOption) -> new FileSigningKeys(KeysLocation.resolve(keysOption, dbOption, Map.of(), "Linux", dir.resolve("home"))),
                Clock.systemUTC())
                .run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    int as(String user, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "--as";
        all[3] = user;
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }

    JsonNode outJson() throws Exception {
        return json.readTree(out);
    }

    @Test
    void aWholeReviewFromSubmitToSignedApprovalAndReopen() throws Exception {
        assertEquals(0, as("layla", "review", "submit", "--doc", docId), err);
        assertEquals("submitted", outJson().get("state").asText());
        assertEquals(setId, outJson().get("set").asText());

        assertEquals(0, run("--db", db.toString(), "list"), err);
        JsonNode doc = outJson().get(0);
        assertEquals("submitted", doc.get("state").asText(), "the existing fields stay");
        assertEquals(3, doc.get("annotations").get("SPEAKER").asInt() + doc.get("annotations").get("CUE").asInt()
                + doc.get("annotations").get("QUOTE").asInt());
        assertEquals(1, doc.get("sets").size());
        assertEquals(setId, doc.get("sets").get(0).get("id").asText());
        assertEquals("layla", doc.get("sets").get(0).get("annotator").asText());
        assertEquals("submitted", doc.get("sets").get(0).get("state").asText());

        assertEquals(1, as("layla", "review", "approve", "--doc", docId, "--accept-remaining"));
        assertTrue(err.contains("cannot approve their own annotation set"), err);

        assertEquals(0, as("omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "accept"), err);
        assertEquals("accepted", outJson().get("verdict").get("verdict").asText());
        assertEquals(1, outJson().get("verdict").get("reviewed").asInt());
        assertEquals(1, as("omar", "review", "verdict", "--doc", docId, "--span", quote.id(), "reject"));
        assertTrue(err.contains("needs a comment"), err);

        assertEquals(1, as("omar", "review", "approve", "--doc", docId));
        assertTrue(err.contains("2 of 3 annotations have no verdict"), err);
        assertTrue(err.startsWith("isnad review: "), err);

        assertEquals(0, as("omar", "review", "approve", "--doc", docId, "--accept-remaining"), err);
        JsonNode approved = outJson();
        assertEquals("approved", approved.get("state").asText());
        assertEquals("omar", approved.get("signOff").get("reviewer").asText());
        assertEquals("valid", approved.get("signOff").get("signature").asText());
        assertTrue(Files.exists(dir.resolve("db/keys/own")), "keys are kept next to the database");

        assertEquals(0, as("layla", "review", "status", "--doc", docId), err);
        JsonNode status = outJson();
        assertEquals(3, status.get("progress").get("accepted").asInt());
        assertEquals(0, status.get("progress").get("unreviewed").asInt());
        assertEquals(2, status.get("history").size());
        assertEquals("valid", status.get("signOffs").get(0).get("signature").asText());

        assertEquals(1, as("layla", "review", "reopen", "--doc", docId));
        assertTrue(err.contains("without a reason"), err);
        assertEquals(0, as("layla", "review", "reopen", "--doc", docId, "--comment", "a claim is missing"), err);
        assertEquals("in_progress", outJson().get("state").asText());
        assertEquals(0, as("layla", "review", "status", "--doc", docId), err);
        assertTrue(outJson().get("signOffs").get(0).get("superseded").asBoolean());
        assertTrue(outJson().get("signOffs").get(0).get("signature") == null, "a superseded sign-off is not in force");
    }

    @Test
    void requestChangesThenResumeAndSubmitAgain() throws Exception {
        assertEquals(0, as("layla", "review", "submit", "--doc", docId), err);
        assertEquals(1, as("omar", "review", "request-changes", "--doc", docId));
        assertTrue(err.contains("without a comment"), err);
        assertEquals(0, as("omar", "review", "request-changes", "--doc", docId, "--comment", "the quote is cut"), err);
        assertEquals("changes_requested", outJson().get("state").asText());
        assertEquals(1, as("layla", "review", "submit", "--doc", docId));
        assertTrue(err.contains("it is changes requested") && err.contains("resume it first"), err);
        assertEquals(1, as("omar", "review", "resume", "--doc", docId));
        assertTrue(err.contains("only layla"), err);
        assertEquals(0, as("layla", "review", "resume", "--doc", docId), err);
        assertEquals(0, as("layla", "review", "submit", "--doc", docId), err);
        assertEquals("submitted", outJson().get("state").asText());
    }

    @Test
    void aFixThroughTheCliMovesTheAnnotationAndMarksItFixed() throws Exception {
        assertEquals(0, as("layla", "review", "submit", "--doc", docId), err);
        assertEquals(2, as("omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "fix"));
        assertEquals(0, as("omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "fix", "--start", "0",
                "--end", String.valueOf(TEXT.indexOf(" مارك")), "--comment", "include the و"), err);
        assertEquals("fixed", outJson().get("verdict").get("verdict").asText());
        try (H2Store store = H2Store.open(db)) {
            assertEquals(0, store.annotations().spansOf(setId).stream().filter(s -> s.id().equals(cue.id()))
                    .findFirst().orElseThrow().start());
        }
    }

    @Test
    void anotherComputerSeesUnknownKeyUntilItImportsTheReviewersKey() throws Exception {
        Path other = dir.resolve("other-keys");
        assertEquals(0, as("layla", "review", "submit", "--doc", docId), err);
        assertEquals(0, as("omar", "review", "approve", "--doc", docId, "--accept-remaining"), err);
        assertEquals(0, as("layla", "review", "status", "--doc", docId, "--keys", other.toString()), err);
        JsonNode signOff = outJson().get("signOffs").get(0);
        assertEquals("unknown_key", signOff.get("signature").asText());

        Path exported = dir.resolve("omar.pub");
        assertEquals(0, as("omar", "keys", "export", "--out", exported.toString()), err);
        assertEquals("omar", outJson().get("reviewer").asText());
        assertEquals(signOff.get("keyFingerprint").asText(), outJson().get("fingerprint").asText());
        assertTrue(Files.readString(exported).contains("reviewer: omar"));

        assertEquals(0, run("keys", "import", exported.toString(), "--keys", other.toString()), err);
        assertTrue(outJson().get("trusted").asBoolean());
        assertEquals(0, run("keys", "list", "--keys", other.toString()), err);
        assertEquals(1, outJson().size());
        assertEquals(0, as("layla", "review", "status", "--doc", docId, "--keys", other.toString()), err);
        assertEquals("valid", outJson().get("signOffs").get(0).get("signature").asText());
    }

    @Test
    void verifyChecksTheSignatureOfAnExportedSignedBundle() throws Exception {
        assertEquals(0, as("layla", "review", "submit", "--doc", docId), err);
        assertEquals(0, as("omar", "review", "approve", "--doc", docId, "--accept-remaining"), err);
        Path bundle = dir.resolve("signed.isnad");
        assertEquals(0, as("omar", "export", "--doc", docId, "--format", "isnad", "--out", bundle.toString()), err);
        assertEquals(0, as("omar", "verify", bundle.toString()), err);
        assertTrue(json.readTree(out).get("ok").asBoolean(), out);
        // on a computer that does not trust omar's key, verify names the unknown key and fails
        assertEquals(1, as("omar", "verify", bundle.toString(), "--keys", dir.resolve("stranger").toString()));
        assertTrue(err.contains("unknown key"), err);
        // one changed byte anywhere is a hash failure
        byte[] bytes = java.nio.file.Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        Path broken = java.nio.file.Files.write(dir.resolve("broken.isnad"), bytes);
        assertEquals(1, as("omar", "verify", broken.toString()));
    }

    @Test
    void badInputAndUsageErrorsUseTheUsualExitCodes() throws Exception {
        assertEquals(2, as("layla", "review"));
        assertEquals(2, as("layla", "review", "submit"));
        assertTrue(err.contains("--doc ID is required"), err);
        assertEquals(2, as("layla", "review", "dance", "--doc", docId));
        assertEquals(2, as("layla", "review", "submit", "--doc", docId, "--accept-remaining"));
        assertEquals(1, as("layla", "review", "submit", "--doc", "no-such-doc"));
        assertEquals(1, as("layla", "review", "submit", "--doc", docId, "--set", "no-such-set"));
        Path notAKey = dir.resolve("note.txt");
        Files.writeString(notAKey, "hello");
        assertEquals(1, run("keys", "import", notAKey.toString(), "--keys", dir.resolve("k").toString()));
        assertTrue(err.contains("not an Isnad public key file"), err);
        assertEquals(1, run("keys", "import", dir.resolve("missing.pub").toString(), "--keys", dir.resolve("k").toString()));
        assertEquals(2, run("keys", "export"));
        assertEquals(2, run("keys"));
    }

    @Test
    void everyNewCommandHasHelp() {
        assertEquals(0, run("review", "--help"));
        assertTrue(out.contains("request-changes --comment TEXT") && out.contains("--accept-remaining"), out);
        assertEquals(0, run("keys", "--help"));
        assertTrue(out.contains("keys export --out FILE"), out);
        assertEquals(0, run("--help"));
        assertTrue(out.contains("review") && out.contains("keys"), out);
    }

    @Test
    void withSeveralSetsTheStepsFindTheRightOneOrAskForSet() throws Exception {
        try (H2Store store = H2Store.open(db)) {
            AnnotationSession s = AnnotationSession.open(store, docId, "sami", Clock.systemUTC());
            s.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
        }
        assertEquals(0, as("layla", "review", "submit", "--doc", docId), err);
        assertEquals(setId, outJson().get("set").asText(), "the acting analyst's own set");
        assertEquals(0, as("omar", "review", "approve", "--doc", docId, "--accept-remaining"), err);
        assertEquals(setId, outJson().get("set").asText(), "the one submitted set");
        assertEquals(1, as("omar", "review", "status", "--doc", docId));
        assertTrue(err.contains("say which with --set") && err.contains("sami"), err);
    }
}
