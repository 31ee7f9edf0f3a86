package org.isnad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.service.ActorMerge;
import org.isnad.service.AnnotationSession;
import org.isnad.service.SearchHit;
import org.isnad.service.SearchQuery;
import org.isnad.service.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A merge, its undo and a rename change what the index holds about actors: the affected documents are indexed again. */
class ActorChangesIndexTest {
    @TempDir
    Path dir;

    private static Set<String> docsOf(SearchFixture f, String actorId) {
        f.search.awaitCaughtUp();
        return Set.copyOf(f.search.search(new SearchQuery("الأمن", Layer.QUOTE, Set.of(actorId), null, null, null, null, null, null),
                0, 100).hits().stream().map(SearchHit::doc).toList());
    }

    @Test
    void aMergeAndItsUndoMoveTheQuotesInTheIndexAndARenameMarksTheDocuments() {
        try (SearchFixture f = new SearchFixture(dir)) {
            String text = "قال كيميت: “إن الأمن مستتب في العاصمة”.";
            String doc = f.importText(text, "الحرة", null);
            Actor keep = Actor.create("مارك كيميت", ActorKind.PERSON, null);
            Actor other = Actor.create("كيميت", ActorKind.PERSON, null);
            f.store.actors().add(keep);
            f.store.actors().add(other);
            AnnotationSession s = AnnotationSession.open(f.store, doc, "layla", SearchFixture.CLOCK);
            var mention = s.mark(Layer.SPEAKER, text.indexOf("كيميت"), text.indexOf("كيميت") + 5);
            s.assignActor(mention.id(), other.id());
            s.markQuoteOf(mention.id(), text.indexOf('“') + 1, text.indexOf('”'));
            assertEquals(Set.of(doc), docsOf(f, other.id()));
            assertEquals(Set.of(), docsOf(f, keep.id()));

            Workspace workspace = new Workspace(f.store, SearchFixture.CLOCK);
            ActorMerge merge = workspace.merges().merge(keep.id(), other.id(), "layla");
            assertEquals(Set.of(doc), docsOf(f, keep.id()), "the quote is the kept actor's in the index too");
            assertEquals(Set.of(), docsOf(f, other.id()));

            workspace.merges().undo(merge, "layla");
            assertEquals(Set.of(doc), docsOf(f, other.id()), "undo puts it back in the index");
            assertEquals(Set.of(), docsOf(f, keep.id()));

            long counter = f.store.changes().latest();
            workspace.speakers().rename(other.id(), "مارك كيمت", "layla");
            assertTrue(f.store.changes().changedSince(counter).contains(doc), "a rename marks the documents naming the actor");
            f.search.awaitCaughtUp();
            List<SearchHit> hits = f.search.search(new SearchQuery("الأمن", Layer.QUOTE, Set.of(other.id()), null, null, null,
                    null, null, null), 0, 10).hits();
            assertEquals("مارك كيمت", hits.get(0).actor(), "the hit carries the new name");
        }
    }
}
