package org.isnad.ui.inspector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.isnad.domain.Actor;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.ui.EditorViewModel;
import org.isnad.ui.UiText;

/**
 * The Alhurra sample opened in an editor on a real H2 store in a temporary folder, with the
 * offsets of the worked example of docs/architecture.md (Kimmitt's quote and the «وأضاف» quote after it).
 */
final class Article implements AutoCloseable {
    static final String TEXT = read("coalition-iraq-alhurra.ar.txt");
    static final String SPEAKER = "مارك كيميت";
    static final String ROLE = "مساعد وزير الخارجية الأميركي السابق";
    static final String CLAIM = "الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني";

    final H2Store store;
    final Workspace workspace;
    final EditorViewModel editor;
    final RecordingCanvas canvas = new RecordingCanvas();
    final String documentId;

    Article(Path dir, Locale locale) {
        store = H2Store.open(dir.resolve("isnad"));
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
        documentId = new Library(store, clock).importText(TEXT, "coalition-iraq-alhurra.ar.txt", ImportOptions.none(), "layla")
                .document().id();
        workspace = new Workspace(store, clock);
        editor = new EditorViewModel(workspace, "layla", new UiText(locale));
        editor.attach(canvas);
        editor.open(documentId);
    }

    // ---- the worked example, found in the text ----

    static int speakerStart() {
        return TEXT.indexOf(SPEAKER);
    }

    static int speakerEnd() {
        return speakerStart() + SPEAKER.length();
    }

    /** «قال» before Kimmitt's name. */
    static int cueStart() {
        return TEXT.lastIndexOf("قال", speakerStart());
    }

    /** Kimmitt's quote, inside the curly quotes: «لا أعتقد … اللوجستي». */
    static int quoteStart() {
        return TEXT.indexOf("لا أعتقد", speakerStart());
    }

    static int quoteEnd() {
        return TEXT.indexOf("”", quoteStart());
    }

    static int claimStart() {
        return TEXT.indexOf(CLAIM, quoteStart());
    }

    /** «أضاف» without its «و». */
    static int addedCueStart() {
        return TEXT.indexOf("أضاف", quoteEnd());
    }

    /** The «وأضاف» quote, which has no speaker mention of its own. */
    static int addedQuoteStart() {
        return TEXT.indexOf("“", addedCueStart()) + 1;
    }

    static int addedQuoteEnd() {
        return TEXT.indexOf("”", addedQuoteStart());
    }

    // ---- marking through the editor, as the keyboard would ----

    Span mark(Layer layer, int start, int end) {
        editor.mark(layer, start, end);
        return editor.selectedSpan().orElseThrow(() -> new AssertionError("not marked: " + editor.messageProperty().get()));
    }

    void select(Span span) {
        editor.selectedSpanIdProperty().set(span.id());
    }

    String setId() {
        return editor.session().orElseThrow().set().id();
    }

    /** What the database holds for the set and the actor registry. */
    Stored stored() {
        List<Link> links = store.annotations().linksOf(setId()).stream().sorted(Comparator.comparing(Link::id)).toList();
        List<Actor> actors = store.actors().all().stream().sorted(Comparator.comparing(Actor::id)).toList();
        return new Stored(store.annotations().spansOf(setId()), links, actors);
    }

    Span storedSpan(String id) {
        return store.annotations().spansOf(setId()).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("span " + id + " is not stored"));
    }

    record Stored(List<Span> spans, List<Link> links, List<Actor> actors) {
    }

    @Override
    public void close() {
        store.close();
    }

    static String read(String name) {
        try (InputStream in = Article.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
