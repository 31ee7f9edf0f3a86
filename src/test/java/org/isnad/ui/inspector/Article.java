package org.isnad.ui.inspector;

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
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.RecordingCanvas;
import org.isnad.testing.SampleArticles;

/**
 * The Alhurra sample opened in an editor on a real H2 store, with the offsets of the worked example
 * of DESIGN.md (Kimmitt's quote and the «وأضاف» quote after it).
 */
final class Article {
    static final String TEXT = SampleArticles.alhurra();
    static final String SPEAKER = Kimmitt.SPEAKER;
    static final String ROLE = Kimmitt.ROLE;
    static final String CLAIM = Kimmitt.CLAIM;

    final H2Store store;
    final Workspace workspace;
    final EditorViewModel editor;
    final RecordingCanvas canvas = new RecordingCanvas();
    final String documentId;

    /** Imports the sample into {@code store} (which the caller closes) and opens it as layla. */
    Article(H2Store store, Locale locale) {
        this.store = store;
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
        documentId = new Library(store, clock).importText(TEXT, SampleArticles.fileName(SampleArticles.ALHURRA), ImportOptions.none(), "layla")
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
}
