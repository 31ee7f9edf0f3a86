package org.isnad.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimRatings;
import org.isnad.service.ClaimRecords;
import org.isnad.service.Workspace;
import org.isnad.store.FileSigningKeys;
import org.isnad.store.H2Store;
import org.isnad.testing.ClaimArticles;
import org.isnad.ui.claims.ClaimsWindow;
import org.isnad.ui.language.UiText;

/**
 * Not a test: the claims window (claims-view-LANG.png), a record's page with its timeline and rating
 * (claim-record-LANG.png) and the rating dialog (claim-rating-LANG.png), on the three articles of
 * {@link ClaimArticles} plus two records of their own. Usage: ClaimsSnapshots OUT_DIR [ar|en]
 */
public final class ClaimsSnapshots {
    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "en");
    }

    /** The application that fills the claims and takes the three pictures one after the other. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Path folder = SnapshotProgram.folder();
            H2Store store = H2Store.open(folder.resolve("isnad"));
            FileSigningKeys keys = new FileSigningKeys(folder.resolve("keys"));
            Clock clock = Clock.systemUTC();
            ClaimArticles articles = new ClaimArticles(store, "layla", clock);
            ClaimRecords records = new ClaimRecords(store, clock);
            String id = records.createFrom(articles.kimmittClaim.spanId(), ClaimArticles.STATEMENT,
                    "The US withdrawal will not leave a security vacuum in Iraq", Stance.ASSERTS, "layla").id();
            records.attach(articles.amiriClaim.spanId(), id, Stance.DENIES, "layla");
            records.attach(articles.kimmittLaterClaim.spanId(), id, Stance.DENIES, "layla");
            records.create("ارتفاع أسعار النفط بعد الانسحاب", "Oil prices rise after the withdrawal", "layla");
            records.create("الحكومة العراقية قادرة على حفظ الأمن في المدن الكبرى", null, "layla");
            new ClaimRatings(store, records, keys, clock).rate(id, store.claims().scale().level(2).orElseThrow(),
                    "نفى مارك كيميت نفسه الادعاء في ديسمبر 2021، وحذّر هادي العامري من فراغ أمني خطير.",
                    List.of("https://aawsat.com/home/article/2021/12/01/kimmitt"), "layla");
            Workspace workspace = new Workspace(store, clock, null, keys);
            UiText text = new UiText(SnapshotProgram.locale);
            MainWindow window = new MainWindow(stage, text, workspace, "layla");
            window.show();
            ClaimsWindow claims = window.claims();
            claims.show();
            String lang = SnapshotProgram.locale.getLanguage();
            later(() -> {
                SnapshotProgram.snapshot(claims.stage(), SnapshotProgram.out.resolve("claims-view-" + lang + ".png"));
                claims.table().getSelectionModel().select(claims.table().getItems().stream()
                        .filter(s -> s.record().id().equals(id)).findFirst().orElseThrow());
                later(() -> {
                    SnapshotProgram.snapshot(claims.stage(), SnapshotProgram.out.resolve("claim-record-" + lang + ".png"));
                    claims.rate();
                    later(() -> {
                        Stage dialog = (Stage) claims.ratingDialog().getDialogPane().getScene().getWindow();
                        SnapshotProgram.snapshot(dialog, SnapshotProgram.out.resolve("claim-rating-" + lang + ".png"));
                        Platform.exit();
                    });
                });
            });
        }

        private static void later(Runnable step) {
            PauseTransition settle = new PauseTransition(Duration.millis(900));
            settle.setOnFinished(e -> step.run());
            settle.play();
        }
    }
}
