package org.isnad.testing;

import java.time.Clock;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Repositories;

/**
 * An analyst's four annotations of {@link Kimmitt#ACROSS_LINES}, where the review tests start: the speaker
 * «مارك كيميت», the cue «قال», the quote attributed to the speaker (it crosses the line break) and the claim
 * the quote expresses, made through the service on the sentence imported into a real store.
 */
public class KimmittAnnotations {
    public static final String TEXT = Kimmitt.ACROSS_LINES;

    public final AnnotationSession session;
    public final String documentId;
    public final String setId;
    public final Span speaker;
    public final Span cue;
    public final Span quote;
    public final Span claim;

    public KimmittAnnotations(Repositories store, String analyst, Clock clock) {
        documentId = new Library(store, clock).importText(TEXT, "kimmitt", ImportOptions.none(), analyst).document().id();
        session = AnnotationSession.open(store, documentId, analyst, clock);
        speaker = session.mark(Layer.SPEAKER, TEXT.indexOf("مارك"), TEXT.indexOf("،"));
        cue = session.mark(Layer.CUE, TEXT.indexOf("قال"), TEXT.indexOf(" مارك"));
        quote = session.markQuoteOf(speaker.id(), TEXT.indexOf("لا أعتقد"), TEXT.indexOf("”."));
        claim = session.markClaimOf(quote.id(), TEXT.indexOf("الانسحاب"), TEXT.indexOf("”."));
        setId = session.set().id();
    }
}
