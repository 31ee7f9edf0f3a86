package org.isnad.ui.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.ReviewService;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.ui.language.UiText;
import java.util.EnumMap;
import java.util.Map;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.LinkLine;

/** Layla's four annotations on one sentence, on a real H2 database and key files in a temporary folder. */
final class ReviewFixture implements AutoCloseable {
    static final String TEXT = "وقال مارك كيميت، مساعد وزير الخارجية الأميركي السابق: “لا أعتقد أن الانسحاب الأميركي من العراق\nسيؤدي إلى فراغ أمني”.";
    static final String ANALYST = "layla";
    static final String REVIEWER = "omar";

    final H2Store store;
    final FileSigningKeys keys;
    final ReviewService service;
    final UiText text = new UiText(Locale.ENGLISH);
    final StringProperty message = new SimpleStringProperty("");
    final String documentId;
    final String setId;
    final Span cue;
    final Span speaker;
    final Span quote;
    final Span claim;

    ReviewFixture(Path dir) {
        store = H2Store.open(dir.resolve("isnad"));
        keys = new FileSigningKeys(dir.resolve("keys"));
        Clock clock = Clock.systemUTC();
        service = new ReviewService(store, keys, clock);
        documentId = new Library(store, clock).importText(TEXT, "kimmitt", ImportOptions.none(), ANALYST).document().id();
        AnnotationSession layla = AnnotationSession.open(store, documentId, ANALYST, clock);
        speaker = layla.mark(Layer.SPEAKER, TEXT.indexOf("مارك"), TEXT.indexOf("،"));
        cue = layla.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
        quote = layla.markQuoteOf(speaker.id(), TEXT.indexOf("لا أعتقد"), TEXT.indexOf("”."));
        claim = layla.markClaimOf(quote.id(), TEXT.indexOf("الانسحاب"), TEXT.indexOf("”."));
        setId = layla.set().id();
    }

    void submit() {
        service.submit(setId, ANALYST);
    }

    @Override
    public void close() {
        store.close();
    }

    /** Stands in for the document view: what was drawn, linked and scrolled to. */
    static final class Canvas implements DocumentCanvas {
        final Map<HighlightOwner, List<Highlight>> layers = new EnumMap<>(HighlightOwner.class);
        List<LinkLine> links = List.of();
        final List<Integer> scrolledTo = new ArrayList<>();

        @Override
        public void setText(String text) {
        }

        @Override
        public void setHighlights(HighlightOwner owner, List<Highlight> all) {
            layers.put(owner, List.copyOf(all));
        }

        List<Highlight> layer(HighlightOwner owner) {
            return layers.getOrDefault(owner, List.of());
        }

        @Override
        public void setLinks(List<LinkLine> lines) {
            links = List.copyOf(lines);
        }

        @Override
        public void scrollToOffset(int offset) {
            scrolledTo.add(offset);
        }

        /** The ids of the annotations drawn. */
        List<String> ids() {
            return layer(HighlightOwner.ANNOTATIONS).stream().map(Highlight::id).sorted().toList();
        }
    }
}
