package org.isnad.bundle;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Document;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Repositories;
import org.isnad.testing.Kimmitt;

/**
 * The bundle tests' work: the Kimmitt passage with every hard case ({@link Kimmitt#FROM_A_FILE}), imported
 * from CRLF bytes; two analysts' sets with every layer, every link type, notes and claim details.
 */
final class Fixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-09-24T08:15:30.123Z"), ZoneOffset.UTC);

    final Repositories store;
    final String documentId;
    final Actor kimmitt;
    final Actor reuters;
    final Actor sources;

    private Fixture(Repositories store, String documentId, Actor kimmitt, Actor reuters, Actor sources) {
        this.store = store;
        this.documentId = documentId;
        this.kimmitt = kimmitt;
        this.reuters = reuters;
        this.sources = sources;
    }

    static int at(String part) {
        int i = Kimmitt.FROM_A_FILE_STORED.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in the text: " + part);
        }
        return i;
    }

    static Span mark(AnnotationSession session, Layer layer, String part) {
        int start = at(part);
        return session.mark(layer, start, start + part.length());
    }

    /** Imports the article and annotates it as two analysts would. */
    static Fixture populate(Repositories store) {
        Document doc = new Library(store, CLOCK).importFile(Kimmitt.FROM_A_FILE.getBytes(StandardCharsets.UTF_8), "kimmitt.txt",
                new ImportOptions(null, "https://www.alhurra.com/iraq/2024/09/24/coalition", "الحرة", java.time.LocalDate.of(2024, 9, 24)),
                "layla").document();
        Actor kimmitt = Kimmitt.actor();
        Actor reuters = Kimmitt.reutersActor();
        Actor sources = new Actor(Ids.newId(), "مصادر", null, List.of(), ActorKind.ANONYMOUS_SOURCE, null, null);
        store.actors().add(kimmitt);
        store.actors().add(reuters);
        store.actors().add(sources);
        store.actors().add(new Actor(Ids.newId(), "ممثل غير مذكور", null, List.of(), ActorKind.GROUP, null, null));

        AnnotationSession layla = AnnotationSession.open(store, doc.id(), "layla", CLOCK);
        Span cue = mark(layla, Layer.CUE, "قال");
        Span speaker = mark(layla, Layer.SPEAKER, "مارك كيميت");
        layla.assignActor(speaker.id(), kimmitt.id());
        Span quote = mark(layla, Layer.QUOTE, "لا أعتقدُ أنَّ الانسحابَ الأميركيّ من العراق سيؤدي إلى فـــراغ أمني 😀 في 2024");
        layla.link(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id());
        layla.link(LinkType.CUED_BY, quote.id(), cue.id());
        layla.setNote(quote.id(), "نفي مع «لا أعتقد»\nسطر ثانٍ, with a comma");
        Span claim = mark(layla, Layer.CLAIM, "الانسحابَ الأميركيّ من العراق سيؤدي إلى فـــراغ أمني");
        layla.setAttributes(claim.id(), new ClaimDetails("الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني", kimmitt.id(),
                Polarity.DENIES, Commitment.PROBABLE, ClaimType.PREDICTION, 4, "العراق", null));
        layla.link(LinkType.EXPRESSES, quote.id(), claim.id());
        layla.link(LinkType.CLAIMED_BY, claim.id(), speaker.id());

        Span outerCue = mark(layla, Layer.CUE, "نقلت");
        Span agency = mark(layla, Layer.SPEAKER, "وكالة رويترز");
        layla.assignActor(agency.id(), reuters.id());
        Span outer = mark(layla, Layer.QUOTE, "عن مصادر \u200Fقولها إن المحادثات مستمرة 🇮🇶 منذ ١٥ يوماً");
        layla.setAttributes(outer.id(), new QuoteDetails(QuoteType.MIXED, null));
        layla.link(LinkType.ATTRIBUTED_TO, outer.id(), agency.id());
        layla.link(LinkType.CUED_BY, outer.id(), outerCue.id());
        Span source = mark(layla, Layer.SPEAKER, "مصادر");
        layla.assignActor(source.id(), sources.id());
        Span innerCue = mark(layla, Layer.CUE, "قولها");
        Span inner = mark(layla, Layer.QUOTE, "المحادثات مستمرة 🇮🇶 منذ ١٥ يوماً");
        layla.setAttributes(inner.id(), new QuoteDetails(QuoteType.INDIRECT, null));
        layla.link(LinkType.ATTRIBUTED_TO, inner.id(), source.id());
        layla.link(LinkType.CUED_BY, inner.id(), innerCue.id());
        layla.link(LinkType.NESTED_IN, inner.id(), outer.id());
        Span added = mark(layla, Layer.QUOTE, "سنواصل العمل مع الشركاء");
        layla.setAttributes(added.id(), new QuoteDetails(QuoteType.DIRECT, kimmitt.id()));
        mark(layla, Layer.CUE, "أضاف");
        store.annotations().updateSet(layla.set().info().withState(SetState.SUBMITTED));

        AnnotationSession omar = AnnotationSession.open(store, doc.id(), "omar", Clock.offset(CLOCK, java.time.Duration.ofMinutes(5)));
        Span omarSpeaker = mark(omar, Layer.SPEAKER, "كيميت");
        omar.assignActor(omarSpeaker.id(), kimmitt.id());
        Span omarQuote = mark(omar, Layer.QUOTE, "لا أعتقدُ أنَّ الانسحابَ");
        omar.link(LinkType.ATTRIBUTED_TO, omarQuote.id(), omarSpeaker.id());
        omar.setNote(omarSpeaker.id(), "=SUM(A1:A2) ليست صيغة");
        return new Fixture(store, doc.id(), kimmitt, reuters, sources);
    }
}
