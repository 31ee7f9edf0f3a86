package org.isnad.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.store.DatabaseBackups;
import org.isnad.store.H2Store;

/** A real database in a temp folder with Arabic articles, actors and quotes, for the corpus tests. */
final class CorpusFixture implements AutoCloseable {
    static final String KIMMITT = "وقال مارك كيميت، مساعد وزير الخارجية الأميركي السابق: “لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني”.";
    static final String KIMMITT_2 = "وأضاف كيميت: “القوات العراقية قادرة على حفظ الأمن”.";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    final H2Store store;
    final DatabaseBackups backups;
    final Workspace workspace;

    CorpusFixture(Path dir) {
        store = H2Store.open(dir.resolve("isnad"));
        backups = DatabaseBackups.of(dir.resolve("isnad"));
        workspace = new Workspace(store, CLOCK, null, null, () -> backups.take(store));
    }

    String importArticle(String text, String title, String outlet, LocalDate date) {
        return workspace.library().importText(text, "test", new ImportOptions(title, null, outlet, date), "layla")
                .document().id();
    }

    Actor actor(String name) {
        Actor actor = Actor.create(name, ActorKind.PERSON, null);
        store.actors().add(actor);
        return actor;
    }

    /** Marks «speaker» as a mention of the actor and the text between “ ” as its quote. */
    Span quote(String documentId, String user, String speaker, Actor actor) {
        AnnotationSession session = workspace.open(documentId, user);
        String text = session.document().text();
        Span mention = session.mark(Layer.SPEAKER, text.indexOf(speaker), text.indexOf(speaker) + speaker.length());
        session.assignActor(mention.id(), actor.id());
        return session.markQuoteOf(mention.id(), text.indexOf('“') + 1, text.indexOf('”'));
    }

    List<String> libraryIds(LibraryFilter filter) {
        return workspace.catalog().page(filter, LibraryOrder.IMPORTED, false, 0, 100).rows().stream()
                .map(r -> r.summary().id()).toList();
    }

    @Override
    public void close() {
        store.close();
    }
}
