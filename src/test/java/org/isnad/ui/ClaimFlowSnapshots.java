package org.isnad.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.domain.Stance;
import org.isnad.search.LuceneClaimMatchIndex;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ClaimMatching;
import org.isnad.service.ClaimRecords;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.ui.claims.ClaimsWindow;
import org.isnad.ui.language.UiText;

/**
 * Not a test: the inspector's claim proposals for a claim just marked in a fourth article
 * (claim-proposals-LANG.png), and merging two claim records in the claims window: the two selected
 * (claims-merge-selected-LANG.png) and the confirmation naming them (claims-merge-LANG.png).
 * Usage: ClaimFlowSnapshots OUT_DIR [ar|en]
 */
public final class ClaimFlowSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that fills the claims and takes the pictures one after the other. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path folder = SnapshotProgram.folder();
            H2Store store = H2Store.open(folder.resolve("isnad"));
            Clock clock = Clock.systemUTC();
            ClaimArticles articles = new ClaimArticles(store, "layla", clock);
            ClaimRecords records = new ClaimRecords(store, clock);
            String id = records.createFrom(articles.kimmittClaim.spanId(), ClaimArticles.STATEMENT,
                    "The US withdrawal will not leave a security vacuum in Iraq", Stance.ASSERTS, "layla").id();
            records.attach(articles.amiriClaim.spanId(), id, Stance.DENIES, "layla");
            String twin = records.createFrom(articles.kimmittLaterClaim.spanId(), "الانسحاب الأمريكي سيخلق فراغًا أمنيًا في العراق",
                    null, Stance.DENIES, "layla").id();
            records.create("القوات العراقية قادرة على حماية البلاد", null, "layla");
            records.create("ارتفاع أسعار النفط بعد الانسحاب", "Oil prices rise after the withdrawal", "layla");
            String doc = new Library(store, clock).importText(ClaimMatchingWindowTest.PENTAGON, "البنتاغون: لا فراغ أمني",
                    new ImportOptions("البنتاغون: لا فراغ أمني", "https://example.org/pentagon", "الحرة",
                            LocalDate.of(2021, 7, 27)), "layla").document().id();
            AnnotationSession session = AnnotationSession.open(store, doc, "layla", clock);
            int at = ClaimMatchingWindowTest.PENTAGON.indexOf(ClaimMatchingWindowTest.CLAIM);
            Span claim = session.mark(Layer.CLAIM, at, at + ClaimMatchingWindowTest.CLAIM.length());
            Workspace workspace = new Workspace(store, clock)
                    .withClaimMatching(new ClaimMatching(store, new LuceneClaimMatchIndex()));
            UiText text = new UiText(SnapshotProgram.locale);
            MainWindow window = new MainWindow(stage, text, workspace, "layla");
            window.show();
            window.openDocument(doc);
            window.editor().reveal(claim.id());
            String lang = SnapshotProgram.locale.getLanguage();
            var proposals = window.editor().claimProposals().orElseThrow();
            whenDone(proposals.lookingProperty(), () -> {
                SnapshotProgram.snapshot(stage, SnapshotProgram.out.resolve("claim-proposals-" + lang + ".png"));
                ClaimsWindow claims = window.claims();
                claims.show();
                later(() -> {
                    claims.table().getSelectionModel().clearSelection();
                    claims.table().getItems().stream().filter(s -> s.record().id().equals(id) || s.record().id().equals(twin))
                            .forEach(s -> claims.table().getSelectionModel().select(s));
                    later(() -> {
                        SnapshotProgram.snapshot(claims.stage(), SnapshotProgram.out.resolve("claims-merge-selected-" + lang + ".png"));
                        claims.mergeButton().fire();
                        later(() -> {
                            Stage dialog = (Stage) claims.mergeConfirmation().getDialogPane().getScene().getWindow();
                            SnapshotProgram.snapshot(dialog, SnapshotProgram.out.resolve("claims-merge-" + lang + ".png"));
                            Platform.exit();
                        });
                    });
                });
            });
        }

        /** Waits until the proposals were looked up (the first builds the match index), then a little more. */
        private static void whenDone(javafx.beans.value.ObservableBooleanValue looking, Runnable step) {
            later(() -> {
                if (looking.get()) {
                    whenDone(looking, step);
                } else {
                    later(step);
                }
            });
        }

        private static void later(Runnable step) {
            PauseTransition settle = new PauseTransition(Duration.millis(1500));
            settle.setOnFinished(e -> step.run());
            settle.play();
        }
    }
}
