package org.isnad.ui;

import static org.isnad.ui.SnapshotProgram.locale;
import static org.isnad.ui.SnapshotProgram.out;
import static org.isnad.ui.SnapshotProgram.snapshot;

import java.nio.file.Path;
import java.time.Clock;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.ActorKind;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ReviewService;
import org.isnad.service.Workspace;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.testing.Kimmitt;
import org.isnad.ui.review.ReviewMode;
import org.isnad.ui.review.ReviewWindow;
import org.isnad.ui.language.UiText;

/**
 * Not a test: analyst layla annotates the shipped sample and submits it; reviewer omar opens the
 * real main window, reviews it (accepts, rejects one with a comment) and approves; PNG snapshots of
 * review mode and of the sign-off badge (valid, then invalid after a change in the store) are
 * written, to look at under xvfb-run. Usage: ReviewSnapshots OUT_DIR [ar|en]
 */
public final class ReviewSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "ar");
    }

    /** The application that builds the reviewed window. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path dbDir = SnapshotProgram.folder();
            H2Store store = H2Store.open(dbDir.resolve("isnad"));
            FileSigningKeys keys = new FileSigningKeys(dbDir.resolve("keys"));
            Clock clock = Clock.systemUTC();
            String docId = SnapshotProgram.importSample(store, clock);
            AnnotationSession layla = AnnotationSession.open(store, docId, "layla", clock);
            String t = layla.document().text();
            Span speaker = mark(layla, Layer.SPEAKER, t, Kimmitt.SPEAKER, 0);
            layla.createActorFor(speaker.id(), Kimmitt.SPEAKER, ActorKind.PERSON, Kimmitt.ROLE);
            Span cue = mark(layla, Layer.CUE, t, "قال", t.indexOf("قال مارك"));
            int q = t.indexOf("لا أعتقد أن الانسحاب");
            Span quote = layla.markQuoteOf(speaker.id(), q, t.indexOf("”.", q));
            layla.link(LinkType.CUED_BY, quote.id(), cue.id());
            int c = t.indexOf("الانسحاب الأميركي", q);
            layla.markClaimOf(quote.id(), c, t.indexOf(". القوات", c));
            Span reuters = mark(layla, Layer.SPEAKER, t, "رويترز", 0);
            int r = t.indexOf("إن", t.indexOf("رويترز")) + 3;
            Span reutersQuote = layla.markQuoteOf(reuters.id(), r, t.indexOf(".", r));
            ReviewService service = new ReviewService(store, keys, clock);
            service.submit(layla.set().id(), "layla");

            UiText text = new UiText(locale);
            MainWindow window = new MainWindow(stage, text, new Workspace(store, clock, null, keys), "omar");
            window.show();
            ReviewWindow review = window.review().orElseThrow();
            review.reviewThisDocument();
            ReviewMode mode = review.mode();
            later(800, () -> {
                mode.select(mode.currentSpanIdProperty().get()); // scroll once the list is laid out
                mode.accept(); // Reuters
                mode.startReject(); // what Reuters reported
                mode.giveComment(locale.getLanguage().equals("ar")
                        ? "القائل هو «مصادر» نقلت عنها رويترز، لا رويترز نفسها"
                        : "the speaker is the sources Reuters quotes, not Reuters itself");
                mode.accept(); // the cue «قال»
                mode.accept(); // Kimmitt
                // now on Kimmitt's quote, with its links: review mode as the reviewer sees it
                later(700, () -> {
                    snapshot(stage, out.resolve("review-mode.png"));
                    mode.accept();
                    mode.accept();
                    // the confirmation before signing, as the reviewer sees it; then "Sign"
                    mode.setSigningConfirmation(summary -> {
                        javafx.scene.control.Dialog<?> confirm = org.isnad.ui.review.SigningConfirmationShots.show(text, stage, summary);
                        WritableImage shot = confirm.getDialogPane().getScene().snapshot(null);
                        SnapshotProgram.write(shot, out.resolve("signing-confirmation-" + locale.getLanguage() + ".png"));
                        confirm.close();
                        return true;
                    });
                    mode.approve();
                    mode.select(reutersQuote.id());
                    later(900, () -> {
                        snapshot(stage, out.resolve("signoff-badge.png"));
                        store.annotations().updateSpan(layla.set().id(), speaker.withBounds(speaker.start(), speaker.end() - 2));
                        review.checkAgain();
                        later(600, () -> {
                            snapshot(stage, out.resolve("signoff-badge-invalid.png"));
                            Platform.exit();
                        });
                    });
                });
            });
        }
    }

    private static Span mark(AnnotationSession session, Layer layer, String text, String words, int from) {
        int at = text.indexOf(words, from);
        return session.mark(layer, at, at + words.length());
    }

    private static void later(int millis, Runnable action) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
        pause.setOnFinished(e -> action.run());
        pause.play();
    }
}
