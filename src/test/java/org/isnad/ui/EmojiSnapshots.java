package org.isnad.ui;

import java.time.Clock;
import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.isnad.domain.Layer;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.store.H2Store;
import org.isnad.ui.language.UiText;

/**
 * Not a test: an article quoted from social media, with emoji, skin tones, a family (ZWJ), flags, a keycap,
 * an RLM inside a word, an LRM, a ZWNJ and isolates, open in the main window with a quote over emoji
 * (emoji-LANG.png), then with View → Show invisible marks on at 135 % (invisible-marks-LANG.png).
 * Usage: EmojiSnapshots OUT_DIR [ar|en]
 */
public final class EmojiSnapshots {
    static final String TITLE = "تفاعل واسع 👍🏽 مع بيان الخارجية 🇪🇬";
    static final String TEXT = "كتب أحد المتابعين على منصة إكس: «نحن مع مصر 🇪🇬 حتى النهاية 🔥👍🏽» وأضاف آخر 👨‍👩‍👧 «العائلة أولًا».\n\n"
            + "وقالت وزارة الخا\u200Fرجية في بيانها رقم 1️⃣ إن «الحوار هو الطريق» ❤️، ونشرت صورًا من السعودية 🇸🇦 والإمارات 🇦🇪.\n\n"
            + "In English: the ministry said \u200Ethe talks were “constructive” 🙂 and the flags 🇪🇬🇸🇦 were raised.\n\n"
            + "مي\u200Cخواهم (بالفارسية، مع فاصل غير واصل) ونقلت \u2067Reuters\u2069 الخبر.";

    public static void main(String[] args) {
        SnapshotProgram.launch(Snapshotting.class, args, "ar");
    }

    /** The application that imports the article, marks a quote and takes the two pictures. */
    public static final class Snapshotting extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            H2Store store = H2Store.open(SnapshotProgram.folder().resolve("isnad"));
            Clock clock = Clock.systemUTC();
            String doc = new Library(store, clock).importText(TEXT, "snap", new ImportOptions(TITLE, null, "إكس", LocalDate.of(2026, 3, 1)),
                    "layla").document().id();
            AnnotationSession s = AnnotationSession.open(store, doc, "layla", clock);
            String t = s.document().text();
            Span speaker = s.mark(Layer.SPEAKER, t.indexOf("أحد المتابعين"), t.indexOf("أحد المتابعين") + "أحد المتابعين".length());
            s.markQuoteOf(speaker.id(), t.indexOf("نحن مع"), t.indexOf("👍🏽»") + "👍🏽".length());
            Workspace workspace = new Workspace(store, clock);
            MainWindow window = new MainWindow(stage, new UiText(SnapshotProgram.locale), workspace, "layla");
            window.show();
            window.editor().show(workspace.open(doc, "layla"));
            String lang = SnapshotProgram.locale.getLanguage();
            PauseTransition settle = new PauseTransition(Duration.millis(1200));
            settle.setOnFinished(e -> {
                SnapshotProgram.snapshot(stage, SnapshotProgram.out.resolve("emoji-" + lang + ".png"));
                window.documentView().showInvisibleMarksProperty().set(true);
                window.documentView().textSize().set(135);
                PauseTransition again = new PauseTransition(Duration.millis(1200));
                again.setOnFinished(x -> {
                    SnapshotProgram.snapshot(stage, SnapshotProgram.out.resolve("invisible-marks-" + lang + ".png"));
                    Platform.exit();
                });
                again.play();
            });
            settle.play();
        }
    }
}
