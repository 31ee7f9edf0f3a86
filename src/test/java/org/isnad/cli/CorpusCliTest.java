package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;
import org.isnad.testing.Kimmitt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** isnad actors and isnad docs on a real database with Arabic articles. */
class CorpusCliTest {
    static final String SECOND = "وأضاف كيميت: “القوات العراقية قادرة على حفظ الأمن”.";

    @TempDir
    Path dir;
    CliHarness cli;
    Path db;
    String first;
    String second;
    Actor kimmitt;
    Actor variant;

    private void corpus() throws Exception {
        cli = CliHarness.in(dir);
        db = dir.resolve("isnad");
        Path a = java.nio.file.Files.writeString(dir.resolve("a.txt"), Kimmitt.SENTENCE);
        Path b = java.nio.file.Files.writeString(dir.resolve("b.txt"), SECOND);
        assertEquals(0, cli.runAs(db, "layla", "import", a.toString(), b.toString()), cli.err());
        try (H2Store store = H2Store.open(db)) {
            kimmitt = Actor.create("مارك كيميت", ActorKind.PERSON, null);
            variant = Actor.create("كيميت", ActorKind.PERSON, null);
            store.actors().add(kimmitt);
            store.actors().add(variant);
            first = store.documents().summaries().get(0).id();
            second = store.documents().summaries().get(1).id();
            quote(store, first, "مارك كيميت", kimmitt);
            quote(store, second, "كيميت", variant);
        }
    }

    private static void quote(H2Store store, String doc, String name, Actor actor) {
        AnnotationSession s = AnnotationSession.open(store, doc, "layla", Clock.systemUTC());
        String text = s.document().text();
        Span mention = s.mark(Layer.SPEAKER, text.indexOf(name), text.indexOf(name) + name.length());
        s.assignActor(mention.id(), actor.id());
        s.markQuoteOf(mention.id(), text.indexOf('“') + 1, text.indexOf('”'));
    }

    @Test
    void actorsAreListedShownAndMerged() throws Exception {
        corpus();
        assertEquals(0, cli.runAs(db, "layla", "actors", "list"), cli.err());
        JsonNode list = cli.outJson();
        assertEquals(2, list.size());
        assertEquals("كيميت", list.get(0).get("name").asText());
        assertEquals(1, list.get(0).get("quotes").asInt());
        assertEquals(1, list.get(0).get("documents").asInt());
        assertEquals("PERSON", list.get(0).get("kind").asText());

        assertEquals(0, cli.runAs(db, "layla", "actors", "show", "مارك كيميت"), cli.err());
        JsonNode shown = cli.outJson();
        assertEquals(kimmitt.id(), shown.get("actor").get("id").asText());
        assertEquals(first, shown.get("quotes").get(0).get("doc").asText());
        assertTrue(shown.get("quotes").get(0).get("text").asText().startsWith("لا أعتقد"));

        assertEquals(0, cli.runAs(db, "layla", "actors", "merge", kimmitt.id(), variant.id()), cli.err());
        assertEquals(2, cli.outJson().get("kept").get("quotes").asInt());
        assertEquals(0, cli.runAs(db, "layla", "actors", "show", kimmitt.id(), "--format", "csv"), cli.err());
        assertEquals(3, cli.out().split("\r\n").length, cli.out());

        assertEquals(1, cli.runAs(db, "layla", "actors", "show", "لا أحد"));
        assertTrue(cli.err().contains("there is no actor «لا أحد»"), cli.err());
        assertEquals(2, cli.runAs(db, "layla", "actors", "merge", kimmitt.id()));
        assertTrue(cli.err().contains("merge takes 2 actor arguments, got 1"), cli.err());
        assertEquals(2, cli.runAs(db, "layla", "actors"));
    }

    @Test
    void aMergeMadeInTheCliIsUndoneLaterByAnotherRun() throws Exception {
        corpus();
        Actor variantBefore;
        try (H2Store store = H2Store.open(db)) {
            variantBefore = store.actors().find(variant.id()).orElseThrow();
        }
        assertEquals(0, cli.runAs(db, "layla", "actors", "merge", kimmitt.id(), variant.id()), cli.err());
        String mergeId = cli.outJson().get("merge").asText();
        assertEquals(1, quoteHits(kimmitt.id(), "القوات"), "the second article's quote is Kimmitt's after the merge");

        assertEquals(0, cli.runAs(db, "omar", "actors", "merges"), cli.err());
        JsonNode merges = cli.outJson();
        assertEquals(1, merges.size());
        assertEquals(mergeId, merges.get(0).get("id").asText());
        assertEquals("كيميت", merges.get(0).get("otherName").asText());
        assertTrue(merges.get(0).get("undone").isNull());

        assertEquals(0, cli.runAs(db, "omar", "actors", "unmerge", mergeId), cli.err());
        JsonNode undone = cli.outJson();
        assertEquals(1, undone.get("kept").get("quotes").asInt());
        assertEquals(1, undone.get("restored").get("quotes").asInt());
        assertEquals(variant.id(), undone.get("restored").get("id").asText());
        try (H2Store store = H2Store.open(db)) {
            assertEquals(variantBefore, store.actors().find(variant.id()).orElseThrow(), "the other actor as it was");
            assertEquals(kimmitt, store.actors().find(kimmitt.id()).orElseThrow(), "the kept actor as it was");
            assertTrue(store.annotations().spansOf(store.annotations().setsOf(second).get(0).id()).stream()
                    .filter(s -> s.layer() == Layer.SPEAKER).allMatch(s -> s.attributes() instanceof org.isnad.domain.SpeakerMention m
                            && variant.id().equals(m.actorId())),
                    "every speaker mention of the second article is the restored actor's again");
            assertTrue(store.audit().corpusEvents().stream().anyMatch(e -> e.action().equals("undo merge actors")
                    && e.user().equals("omar")));
        }
        assertEquals(1, quoteHits(variant.id(), "القوات"), "the search index follows the undo");
        assertEquals(0, quoteHits(kimmitt.id(), "القوات"));
        assertEquals(0, cli.runAs(db, "omar", "actors", "merges"), cli.err());
        assertEquals("omar", cli.outJson().get(0).get("undone").get("by").asText());

        assertEquals(1, cli.runAs(db, "omar", "actors", "unmerge", mergeId));
        assertTrue(cli.err().contains("is already undone"), cli.err());
        assertEquals(1, cli.runAs(db, "omar", "actors", "unmerge", "nope"));
        assertTrue(cli.err().contains("there is no actor merge «nope»"), cli.err());
        assertEquals(2, cli.runAs(db, "omar", "actors", "unmerge"));

        // a later change to the kept actor: undoing the merge would lose it, so it is refused
        assertEquals(0, cli.runAs(db, "layla", "actors", "merge", kimmitt.id(), variant.id()), cli.err());
        String again = cli.outJson().get("merge").asText();
        try (H2Store store = H2Store.open(db)) {
            new org.isnad.service.SpeakerDirectory(store, Clock.systemUTC(), new org.isnad.service.CorpusChanges())
                    .rename(kimmitt.id(), "مارك كيميت الأب", "layla");
        }
        assertEquals(1, cli.runAs(db, "omar", "actors", "unmerge", again));
        assertTrue(cli.err().contains("has changed since"), cli.err());
        try (H2Store store = H2Store.open(db)) {
            assertTrue(store.actors().find(variant.id()).isEmpty(), "nothing changed by the refusal");
        }
    }

    /** The quote hits of a word said by an actor, by a search in a run of its own. */
    private int quoteHits(String actorId, String word) throws Exception {
        assertEquals(0, cli.runAs(db, "layla", "search", word, "--layer", "quote", "--actor", actorId), cli.err());
        return cli.outJson().get("hits").size();
    }

    @Test
    void docsSetChangesMetadataAndDeleteTakesABackupFirst() throws Exception {
        corpus();
        assertEquals(0, cli.runAs(db, "layla", "docs", "set", "--doc", first, "--title", "كيميت والانسحاب",
                "--outlet", "الحرة", "--url", "https://www.alhurra.com/iraq/1", "--date", "2025-03-01",
                "--tag", "العراق،الأمن"), cli.err());
        JsonNode set = cli.outJson();
        assertEquals("كيميت والانسحاب", set.get("title").asText());
        assertEquals("2025-03-01", set.get("published").asText());
        assertEquals("[\"الأمن\",\"العراق\"]", set.get("tags").toString());

        assertEquals(1, cli.runAs(db, "layla", "docs", "set", "--doc", first, "--date", "2025-13-01"));
        assertTrue(cli.err().contains("--date: «2025-13-01» is not a date"), cli.err());
        assertEquals(1, cli.runAs(db, "layla", "docs", "delete", "--doc", first + ",nope"));
        assertTrue(cli.err().contains("there is no document «nope»"), cli.err());
        assertEquals(2, cli.runAs(db, "layla", "docs", "delete"));
        assertEquals(2, cli.runAs(db, "layla", "docs", "delete", "--doc", first, "--title", "x"));

        assertEquals(0, cli.runAs(db, "layla", "docs", "delete", "--doc", first), cli.err());
        JsonNode deleted = cli.outJson();
        assertEquals(1, deleted.get("annotationSets").asInt());
        assertEquals(DatabaseBackups.of(db).list().get(0).name(), deleted.get("backup").asText());
        assertEquals(0, cli.runAs(db, "layla", "list"));
        assertEquals(1, cli.outJson().size());
        assertEquals(0, cli.runAs(db, "layla", "actors", "list"));
        JsonNode actors = cli.outJson();
        assertEquals("مارك كيميت", actors.get(1).get("name").asText());
        assertEquals(0, actors.get(1).get("quotes").asInt(), "the deleted article's quote left the directory");
        assertEquals(1, actors.get(0).get("quotes").asInt());
    }
}
