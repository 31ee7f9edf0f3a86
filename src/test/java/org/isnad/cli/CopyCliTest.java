package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.Actor;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.Assignment;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.ReviewStep;
import org.isnad.domain.SetKind;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.domain.StateChange;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.service.DocumentMetadata;
import org.isnad.service.Repositories;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.store.PgTeamServer;
import org.isnad.store.ServerAddress;
import org.isnad.store.ServerStore;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TestPostgres;
import org.isnad.text.TextHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad copy}: a workspace from an H2 file to a real PostgreSQL server and back, whole. */
class CopyCliTest {
    private static final Instant T0 = Instant.parse("2024-09-24T08:15:30.123Z");
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    @TempDir
    Path dir;
    private String out;
    private String err;

    private String url() {
        return "postgresql://" + TestPostgres.SUPERUSER + "@127.0.0.1:" + server.port() + "/" + database;
    }

    private Repositories open(String db) {
        return ServerAddress.from(db, Map.of(), "")
                .<Repositories>map(a -> ServerStore.open(a, TestPostgres.SUPERUSER_PASSWORD))
                .orElseGet(() -> H2Store.open(Path.of(db)));
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new Cli(this::open, BundleInterchange::new, (k, db) -> new FileSigningKeys(dir.resolve("keys")),
                Clock.systemUTC(), Map.of())
                .run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void aWorkspaceGoesToTheServerAndBackWhole() {
        String source = dir.resolve("desk/isnad").toString();
        String setId;
        try (Repositories h2 = open(source)) {
            setId = fill(h2);
        }
        try (PgTeamServer owner = PgTeamServer.open(ServerAddress.from(url(), Map.of(), "").orElseThrow(),
                TestPostgres.SUPERUSER_PASSWORD)) {
            owner.initialize();
        }
        assertEquals(0, run("copy", "--from", source, "--to", url()), err);
        assertTrue(out.contains("\"documents\":1,\"actors\":1,\"annotationSets\":1,\"annotations\":2,\"auditEvents\":2"), out);

        String back = dir.resolve("back/isnad").toString();
        assertEquals(0, run("copy", "--from", url(), "--to", back), err);
        try (Repositories a = open(source); Repositories pg = open(url()); Repositories b = open(back)) {
            for (Repositories copy : List.of(pg, b)) {
                assertSame(a, copy, setId);
            }
        }
        assertEquals(1, run("copy", "--from", source, "--to", url()));
        assertTrue(err.contains("is not empty"), err);
        assertEquals(2, run("copy", "--from", source));
    }

    private static void assertSame(Repositories a, Repositories b, String setId) {
        String docId = a.documents().summaries().get(0).id();
        assertEquals(a.documents().find(docId), b.documents().find(docId));
        assertEquals(a.catalog().tags(docId), b.catalog().tags(docId));
        assertEquals(a.actors().all(), b.actors().all());
        assertEquals(a.directory().roles(a.actors().all().get(0).id()), b.directory().roles(b.actors().all().get(0).id()));
        assertEquals(a.annotations().setsOf(docId), b.annotations().setsOf(docId));
        assertEquals(a.annotations().spansOf(setId), b.annotations().spansOf(setId));
        assertEquals(a.annotations().linksOf(setId), b.annotations().linksOf(setId));
        assertEquals(a.reviews().verdictsOf(setId), b.reviews().verdictsOf(setId));
        assertEquals(a.reviews().signOffsOf(setId), b.reviews().signOffsOf(setId));
        assertEquals(a.reviews().stateChangesOf(setId).stream().map(s -> s.step() + s.user()).toList(),
                b.reviews().stateChangesOf(setId).stream().map(s -> s.step() + s.user()).toList());
        assertEquals(a.audit().all().stream().map(e -> e.action() + e.user() + e.at() + e.after()).toList(),
                b.audit().all().stream().map(e -> e.action() + e.user() + e.at() + e.after()).toList());
        assertEquals(a.assignments().all(), b.assignments().all());
        assertEquals(a.suggestionRejections().rejectedKeys(docId), b.suggestionRejections().rejectedKeys(docId));
    }

    private static String fill(Repositories r) {
        Document doc = new Document(Ids.newId(), "تصريحات كيميت", null, "الحرة", LocalDate.of(2024, 9, 24), "ar",
                Kimmitt.PASSAGE, TextHash.sha256Hex(Kimmitt.PASSAGE), T0);
        r.documents().add(doc);
        r.catalog().updateMetadata(doc.id(), DocumentMetadata.of(doc, List.of("العراق", "أمن")));
        Actor kimmitt = Kimmitt.actor();
        r.actors().add(kimmitt);
        r.directory().putRole(kimmitt.id(), LocalDate.of(2004, 1, 1), Kimmitt.ROLE);
        AnnotationSetInfo set = new AnnotationSetInfo(Ids.newId(), doc.id(), "سلمى", SetKind.ANALYST, SetState.APPROVED, T0);
        r.annotations().addSet(set);
        int s = Kimmitt.PASSAGE.indexOf(Kimmitt.SPEAKER);
        int q = Kimmitt.PASSAGE.indexOf(Kimmitt.QUOTE);
        Span speaker = new Span(Ids.newId(), Layer.SPEAKER, s, s + Kimmitt.SPEAKER.length(), null, new SpeakerMention(kimmitt.id()));
        Span quote = new Span(Ids.newId(), Layer.QUOTE, q, q + Kimmitt.QUOTE.length(), "اقتباس", new QuoteDetails(QuoteType.DIRECT, null));
        r.annotations().addSpans(set.id(), List.of(speaker, quote));
        r.annotations().addLink(set.id(), new Link(Ids.newId(), LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
        r.reviews().saveVerdict(set.id(), new Verdict(quote.id(), VerdictKind.ACCEPTED, null, "ريم", T0));
        r.reviews().addSignOff(new SignOff(Ids.newId(), set.id(), doc.id(), "ريم", "a2V5", T0, "0".repeat(64), "c2ln", false));
        r.reviews().addStateChange(new StateChange(0, set.id(), ReviewStep.SUBMIT, SetState.IN_PROGRESS, SetState.SUBMITTED,
                "سلمى", T0, null));
        r.reviews().addStateChange(new StateChange(0, set.id(), ReviewStep.APPROVE, SetState.SUBMITTED, SetState.APPROVED,
                "ريم", T0, null));
        r.audit().append(new AuditEvent(0, doc.id(), set.id(), "سلمى", T0, "edit", "تعديل", null, "{\"a\":1}"));
        r.audit().append(new AuditEvent(0, null, null, "سلمى", T0.plusSeconds(1), "edit actor", "تعديل فاعل", "x", "y"));
        r.assignments().save(new Assignment(doc.id(), List.of("سلمى", "خالد"), "ريم", "ريم", T0));
        r.suggestionRejections().reject(doc.id(), "QUOTE:0:3", "سلمى", T0);
        return set.id();
    }
}
