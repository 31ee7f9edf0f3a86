package org.isnad.ui;

import java.time.Clock;
import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.ReviewService;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.testing.Kimmitt;
import org.isnad.ui.language.UiText;

/**
 * Not a test: the speaker directory open on Mark Kimmitt's page (quotes from three outlets, one
 * submitted for review), written as speakers-LANG.png. Usage: SpeakersSnapshots OUT_DIR [ar|en]
 */
public final class SpeakersSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that fills a corpus and shows the directory. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
            Clock clock = Clock.systemUTC();
            Library library = new Library(store, clock);
            Actor kimmitt = new Actor(org.isnad.domain.Ids.newId(), Kimmitt.SPEAKER, "Mark Kimmitt",
                    java.util.List.of("الجنرال كيميت", "مارك كيمت"), ActorKind.PERSON, Kimmitt.ROLE, "Q1351575");
            store.actors().add(kimmitt);
            store.actors().add(Actor.create("نوري المالكي", ActorKind.PERSON, "رئيس الوزراء العراقي"));
            store.actors().add(Actor.create("وكالة رويترز", ActorKind.MEDIA_OUTLET, null));
            String[][] articles = {
                {Kimmitt.SENTENCE, "هل شارفت مهمة التحالف الدولي في العراق على الانتهاء؟", "الحرة", "2025-03-01"},
                {"وأضاف كيميت: “القوات العراقية قادرة على حفظ الأمن في المدن الكبرى”.", "كيميت: القوات العراقية قادرة", "الجزيرة", "2025-11-20"},
                {"وقال مارك كيميت إن “الولايات المتحدة ستبقى شريكًا للعراق بعد الانسحاب”.", "واشنطن وبغداد بعد الانسحاب", "العربية", "2026-01-05"},
            };
            String lastSet = null;
            for (String[] a : articles) {
                String doc = library.importText(a[0], "snap", new ImportOptions(a[1], null, a[2], LocalDate.parse(a[3])), "layla")
                        .document().id();
                AnnotationSession s = AnnotationSession.open(store, doc, "layla", clock);
                String t = s.document().text();
                String name = t.contains(Kimmitt.SPEAKER) ? Kimmitt.SPEAKER : "كيميت";
                Span mention = s.mark(Layer.SPEAKER, t.indexOf(name), t.indexOf(name) + name.length());
                s.assignActor(mention.id(), kimmitt.id());
                Span quote = s.markQuoteOf(mention.id(), t.indexOf('“') + 1, t.indexOf('”'));
                if (a[2].equals("العربية")) {
                    s.setAttributes(quote.id(), quote.attributes() instanceof org.isnad.domain.QuoteDetails q
                            ? new org.isnad.domain.QuoteDetails(QuoteType.MIXED, q.implicitSpeakerActorId()) : quote.attributes());
                }
                lastSet = s.set().id();
            }
            new ReviewService(store, null, clock).submit(lastSet, "layla");
            Workspace workspace = new Workspace(store, clock);
            UiText text = new UiText(SnapshotProgram.locale);
            MainWindow window = new MainWindow(stage, text, workspace, "layla");
            window.show();
            window.speakers().show();
            window.speakers().model().choose(kimmitt.id());
            Stage directory = window.speakers().stage();
            PauseTransition settle = new PauseTransition(Duration.millis(900));
            settle.setOnFinished(e -> {
                SnapshotProgram.snapshot(directory, SnapshotProgram.out.resolve("speakers-" + SnapshotProgram.locale.getLanguage() + ".png"));
                Platform.exit();
            });
            settle.play();
        }
    }
}
