package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.store.H2Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review flow through the CLI, in-process, on a real H2 database and key files in a temporary folder. */
class ReviewCliTest {
    static final String TEXT = "وقال مارك كيميت: “لا أعتقد أن الانسحاب سيؤدي إلى فراغ أمني”.";

    @TempDir
    Path dir;
    Path db;
    String docId;
    String setId;
    Span cue;
    Span speaker;
    Span quote;
    CliHarness cli;

    @BeforeEach
    void annotate() {
        db = dir.resolve("db/isnad");
        cli = CliHarness.in(dir);
        try (H2Store store = H2Store.open(db)) {
            docId = new Library(store, Clock.systemUTC()).importText(TEXT, "test", ImportOptions.none(), "layla").document().id();
            AnnotationSession s = AnnotationSession.open(store, docId, "layla", Clock.systemUTC());
            cue = s.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
            speaker = s.mark(Layer.SPEAKER, TEXT.indexOf("مارك"), TEXT.indexOf(":"));
            quote = s.markQuoteOf(speaker.id(), TEXT.indexOf("لا"), TEXT.indexOf("”."));
            setId = s.set().id();
        }
    }

    @Test
    void aWholeReviewFromSubmitToSignedApprovalAndReopen() throws Exception {
        assertEquals(0, cli.runAs(db, "layla", "review", "submit", "--doc", docId), cli.err());
        assertEquals("submitted", cli.outJson().get("state").asText());
        assertEquals(setId, cli.outJson().get("set").asText());

        assertEquals(0, cli.run("--db", db.toString(), "list"), cli.err());
        JsonNode doc = cli.outJson().get(0);
        assertEquals("submitted", doc.get("state").asText(), "the existing fields stay");
        assertEquals(3, doc.get("annotations").get("SPEAKER").asInt() + doc.get("annotations").get("CUE").asInt()
                + doc.get("annotations").get("QUOTE").asInt());
        assertEquals(1, doc.get("sets").size());
        assertEquals(setId, doc.get("sets").get(0).get("id").asText());
        assertEquals("layla", doc.get("sets").get(0).get("annotator").asText());
        assertEquals("submitted", doc.get("sets").get(0).get("state").asText());

        assertEquals(1, cli.runAs(db, "layla", "review", "approve", "--doc", docId, "--accept-remaining"));
        assertTrue(cli.err().contains("cannot approve their own annotation set"), cli.err());

        assertEquals(0, cli.runAs(db, "omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "accept"), cli.err());
        assertEquals("accepted", cli.outJson().get("verdict").get("verdict").asText());
        assertEquals(1, cli.outJson().get("verdict").get("reviewed").asInt());
        assertEquals(1, cli.runAs(db, "omar", "review", "verdict", "--doc", docId, "--span", quote.id(), "reject"));
        assertTrue(cli.err().contains("needs a comment"), cli.err());

        assertEquals(1, cli.runAs(db, "omar", "review", "approve", "--doc", docId));
        assertTrue(cli.err().contains("2 of 3 annotations have no verdict"), cli.err());
        assertTrue(cli.err().startsWith("isnad review: "), cli.err());

        assertEquals(0, cli.runAs(db, "omar", "review", "approve", "--doc", docId, "--accept-remaining"), cli.err());
        JsonNode approved = cli.outJson();
        assertEquals("approved", approved.get("state").asText());
        assertEquals("omar", approved.get("signOff").get("reviewer").asText());
        assertEquals("valid", approved.get("signOff").get("signature").asText());
        assertTrue(Files.exists(dir.resolve("db/keys/own")), "keys are kept next to the database");

        assertEquals(0, cli.runAs(db, "layla", "review", "status", "--doc", docId), cli.err());
        JsonNode status = cli.outJson();
        assertEquals(3, status.get("progress").get("accepted").asInt());
        assertEquals(0, status.get("progress").get("unreviewed").asInt());
        assertEquals(2, status.get("history").size());
        assertEquals("valid", status.get("signOffs").get(0).get("signature").asText());

        assertEquals(1, cli.runAs(db, "layla", "review", "reopen", "--doc", docId));
        assertTrue(cli.err().contains("without a reason"), cli.err());
        assertEquals(0, cli.runAs(db, "layla", "review", "reopen", "--doc", docId, "--comment", "a claim is missing"), cli.err());
        assertEquals("in_progress", cli.outJson().get("state").asText());
        assertEquals(0, cli.runAs(db, "layla", "review", "status", "--doc", docId), cli.err());
        assertTrue(cli.outJson().get("signOffs").get(0).get("superseded").asBoolean());
        assertTrue(cli.outJson().get("signOffs").get(0).get("signature") == null, "a superseded sign-off is not in force");
    }

    @Test
    void requestChangesThenResumeAndSubmitAgain() throws Exception {
        assertEquals(0, cli.runAs(db, "layla", "review", "submit", "--doc", docId), cli.err());
        assertEquals(1, cli.runAs(db, "omar", "review", "request-changes", "--doc", docId));
        assertTrue(cli.err().contains("without a comment"), cli.err());
        assertEquals(0, cli.runAs(db, "omar", "review", "request-changes", "--doc", docId, "--comment", "the quote is cut"), cli.err());
        assertEquals("changes_requested", cli.outJson().get("state").asText());
        assertEquals(1, cli.runAs(db, "layla", "review", "submit", "--doc", docId));
        assertTrue(cli.err().contains("it is changes requested") && cli.err().contains("resume it first"), cli.err());
        assertEquals(1, cli.runAs(db, "omar", "review", "resume", "--doc", docId));
        assertTrue(cli.err().contains("only layla"), cli.err());
        assertEquals(0, cli.runAs(db, "layla", "review", "resume", "--doc", docId), cli.err());
        assertEquals(0, cli.runAs(db, "layla", "review", "submit", "--doc", docId), cli.err());
        assertEquals("submitted", cli.outJson().get("state").asText());
    }

    @Test
    void aFixThroughTheCliMovesTheAnnotationAndMarksItFixed() throws Exception {
        assertEquals(0, cli.runAs(db, "layla", "review", "submit", "--doc", docId), cli.err());
        assertEquals(2, cli.runAs(db, "omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "fix"));
        assertEquals(0, cli.runAs(db, "omar", "review", "verdict", "--doc", docId, "--span", cue.id(), "fix", "--start", "0",
                "--end", String.valueOf(TEXT.indexOf(" مارك")), "--comment", "include the و"), cli.err());
        assertEquals("fixed", cli.outJson().get("verdict").get("verdict").asText());
        try (H2Store store = H2Store.open(db)) {
            assertEquals(0, store.annotations().spansOf(setId).stream().filter(s -> s.id().equals(cue.id()))
                    .findFirst().orElseThrow().start());
        }
    }

    @Test
    void anotherComputerSeesUnknownKeyUntilItImportsTheReviewersKey() throws Exception {
        Path other = dir.resolve("other-keys");
        assertEquals(0, cli.runAs(db, "layla", "review", "submit", "--doc", docId), cli.err());
        assertEquals(0, cli.runAs(db, "omar", "review", "approve", "--doc", docId, "--accept-remaining"), cli.err());
        assertEquals(0, cli.runAs(db, "layla", "review", "status", "--doc", docId, "--keys", other.toString()), cli.err());
        JsonNode signOff = cli.outJson().get("signOffs").get(0);
        assertEquals("unknown_key", signOff.get("signature").asText());

        Path exported = dir.resolve("omar.pub");
        assertEquals(0, cli.runAs(db, "omar", "keys", "export", "--out", exported.toString()), cli.err());
        assertEquals("omar", cli.outJson().get("reviewer").asText());
        assertEquals(signOff.get("keyFingerprint").asText(), cli.outJson().get("fingerprint").asText());
        assertTrue(Files.readString(exported).contains("reviewer: omar"));

        assertEquals(0, cli.run("keys", "import", exported.toString(), "--keys", other.toString()), cli.err());
        assertTrue(cli.outJson().get("trusted").asBoolean());
        assertEquals(0, cli.run("keys", "list", "--keys", other.toString()), cli.err());
        assertEquals(1, cli.outJson().size());
        assertEquals(0, cli.runAs(db, "layla", "review", "status", "--doc", docId, "--keys", other.toString()), cli.err());
        assertEquals("valid", cli.outJson().get("signOffs").get(0).get("signature").asText());
    }

    @Test
    void verifyChecksTheSignatureOfAnExportedSignedBundle() throws Exception {
        assertEquals(0, cli.runAs(db, "layla", "review", "submit", "--doc", docId), cli.err());
        assertEquals(0, cli.runAs(db, "omar", "review", "approve", "--doc", docId, "--accept-remaining"), cli.err());
        Path bundle = dir.resolve("signed.isnad");
        assertEquals(0, cli.runAs(db, "omar", "export", "--doc", docId, "--format", "isnad", "--out", bundle.toString()), cli.err());
        assertEquals(0, cli.runAs(db, "omar", "verify", bundle.toString()), cli.err());
        assertTrue(cli.outJson().get("ok").asBoolean(), cli.out());
        // on a computer that does not trust omar's key, verify names the unknown key and fails
        assertEquals(1, cli.runAs(db, "omar", "verify", bundle.toString(), "--keys", dir.resolve("stranger").toString()));
        assertTrue(cli.err().contains("unknown key"), cli.err());
        // one changed byte anywhere is a hash failure
        byte[] bytes = java.nio.file.Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 1;
        Path broken = java.nio.file.Files.write(dir.resolve("broken.isnad"), bytes);
        assertEquals(1, cli.runAs(db, "omar", "verify", broken.toString()));
    }

    @Test
    void badInputAndUsageErrorsUseTheUsualExitCodes() throws Exception {
        assertEquals(2, cli.runAs(db, "layla", "review"));
        assertEquals(2, cli.runAs(db, "layla", "review", "submit"));
        assertTrue(cli.err().contains("--doc ID is required"), cli.err());
        assertEquals(2, cli.runAs(db, "layla", "review", "dance", "--doc", docId));
        assertEquals(2, cli.runAs(db, "layla", "review", "submit", "--doc", docId, "--accept-remaining"));
        assertEquals(1, cli.runAs(db, "layla", "review", "submit", "--doc", "no-such-doc"));
        assertEquals(1, cli.runAs(db, "layla", "review", "submit", "--doc", docId, "--set", "no-such-set"));
        Path notAKey = dir.resolve("note.txt");
        Files.writeString(notAKey, "hello");
        assertEquals(1, cli.run("keys", "import", notAKey.toString(), "--keys", dir.resolve("k").toString()));
        assertTrue(cli.err().contains("not an Isnad public key file"), cli.err());
        assertEquals(1, cli.run("keys", "import", dir.resolve("missing.pub").toString(), "--keys", dir.resolve("k").toString()));
        assertEquals(2, cli.run("keys", "export"));
        assertEquals(2, cli.run("keys"));
    }

    @Test
    void everyNewCommandHasHelp() {
        assertEquals(0, cli.run("review", "--help"));
        assertTrue(cli.out().contains("request-changes --comment TEXT") && cli.out().contains("--accept-remaining"), cli.out());
        assertEquals(0, cli.run("keys", "--help"));
        assertTrue(cli.out().contains("keys export --out FILE"), cli.out());
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out().contains("review") && cli.out().contains("keys"), cli.out());
    }

    @Test
    void withSeveralSetsTheStepsFindTheRightOneOrAskForSet() throws Exception {
        try (H2Store store = H2Store.open(db)) {
            AnnotationSession s = AnnotationSession.open(store, docId, "sami", Clock.systemUTC());
            s.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
        }
        assertEquals(0, cli.runAs(db, "layla", "review", "submit", "--doc", docId), cli.err());
        assertEquals(setId, cli.outJson().get("set").asText(), "the acting analyst's own set");
        assertEquals(0, cli.runAs(db, "omar", "review", "approve", "--doc", docId, "--accept-remaining"), cli.err());
        assertEquals(setId, cli.outJson().get("set").asText(), "the one submitted set");
        assertEquals(1, cli.runAs(db, "omar", "review", "status", "--doc", docId));
        assertTrue(cli.err().contains("say which with --set") && cli.err().contains("sami"), cli.err());
    }
}
