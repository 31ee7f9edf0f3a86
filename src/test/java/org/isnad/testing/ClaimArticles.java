package org.isnad.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Ids;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Repositories;

/**
 * Three articles on one claim, «the American withdrawal will not leave a security vacuum in Iraq», each
 * with its speaker, quote and claim marked through the service on a real store: Kimmitt asserts it
 * (Alhurra, 20 July 2021), al-Amiri denies it (Al Jazeera, 2 August 2021), and Kimmitt denies it later
 * (Asharq Al-Awsat, 1 December 2021), with harakat and other inflections.
 */
public final class ClaimArticles {
    public static final String STATEMENT = "انسحاب القوات الأميركية لن يترك فراغاً أمنياً في العراق";

    public static final String KIMMITT_TEXT = "قال مارك كيميت، مساعد وزير الخارجية الأميركي السابق: "
            + "“لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني”.";
    public static final String KIMMITT_CLAIM = "لا أعتقد أن الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني";

    public static final String AMIRI_TEXT = "وحذّر هادي العامري، رئيس تحالف الفتح: "
            + "“إنَّ انسحابَ القواتِ الأميركيةِ سيتركُ فراغاً أمنياً خطيراً في العراق”.";
    public static final String AMIRI_CLAIM = "انسحابَ القواتِ الأميركيةِ سيتركُ فراغاً أمنياً خطيراً في العراق";

    public static final String KIMMITT_LATER_TEXT = "وقال مارك كيميت في مقابلة لاحقة: "
            + "“الانسحاب الأميركي سيخلق فراغا أمنيا في العراق”.";
    public static final String KIMMITT_LATER_CLAIM = "الانسحاب الأميركي سيخلق فراغا أمنيا في العراق";

    public final Actor kimmitt = Kimmitt.actor();
    public final Actor amiri = new Actor(Ids.newId(), "هادي العامري", "Hadi al-Amiri", List.of("العامري"),
            ActorKind.PERSON, "رئيس تحالف الفتح", "Q1331036");
    public final Marked kimmittClaim;
    public final Marked amiriClaim;
    public final Marked kimmittLaterClaim;

    /** One marked claim: its document, span, and the quote that expresses it. */
    public record Marked(String documentId, Span claim, Span quote) {
        public String spanId() {
            return claim.id();
        }
    }

    public ClaimArticles(Repositories store, String analyst, Clock clock) {
        store.actors().add(kimmitt);
        store.actors().add(amiri);
        kimmittClaim = mark(store, analyst, clock, KIMMITT_TEXT, "هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟",
                "الحرة", "https://www.alhurra.com/iraq/2021/07/20/coalition", LocalDate.of(2021, 7, 20),
                "مارك كيميت", kimmitt, KIMMITT_CLAIM);
        amiriClaim = mark(store, analyst, clock, AMIRI_TEXT, "العامري يحذر من فراغ أمني بعد الانسحاب",
                "الجزيرة", "https://www.aljazeera.net/news/2021/8/2/amiri", LocalDate.of(2021, 8, 2),
                "هادي العامري", amiri, AMIRI_CLAIM);
        kimmittLaterClaim = mark(store, analyst, clock, KIMMITT_LATER_TEXT, "كيميت: الانسحاب سيخلق فراغاً",
                "الشرق الأوسط", "https://aawsat.com/home/article/2021/12/01/kimmitt", LocalDate.of(2021, 12, 1),
                "مارك كيميت", kimmitt, KIMMITT_LATER_CLAIM);
    }

    private static Marked mark(Repositories store, String analyst, Clock clock, String text, String title, String outlet,
                               String url, LocalDate date, String speakerName, Actor actor, String claimText) {
        String doc = new Library(store, clock).importText(text, title,
                new ImportOptions(title, url, outlet, date), analyst).document().id();
        AnnotationSession session = AnnotationSession.open(store, doc, analyst, clock);
        int s = text.indexOf(speakerName);
        Span speaker = session.mark(Layer.SPEAKER, s, s + speakerName.length());
        session.assignActor(speaker.id(), actor.id());
        Span quote = session.markQuoteOf(speaker.id(), text.indexOf('“') + 1, text.indexOf('”'));
        int c = text.indexOf(claimText);
        Span claim = session.markClaimOf(quote.id(), c, c + claimText.length());
        return new Marked(doc, claim, quote);
    }
}
