package org.isnad.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.isnad.app.IsnadApp;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.service.ReviewService;
import org.isnad.store.FileSigningKeys;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.RealWindow;
import org.isnad.testing.SampleArticles;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.language.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The user guide's screenshots, taken from the real window in each language, so that the guide
 * cannot drift from the program. Every run takes them and checks that each picture shows what its
 * section describes, and that every picture the guides name exists. A plain run writes them under
 * {@code target/guide-screenshots/} (a test run never changes the sources); with
 * {@code -Disnad.screenshots.update=true} they replace the guide's images
 * ({@code src/main/resources/org/isnad/guide/images/}) and the README's screenshots of the bundle
 * preview, About and the Arabic guide ({@code docs/screenshots/}).
 */
class GuideScreenshotsTest extends RealWindow {
    static final boolean UPDATE = Boolean.getBoolean("isnad.screenshots.update");
    static final Path IMAGES = UPDATE ? Path.of("src/main/resources/org/isnad/guide/images")
            : Path.of("target/guide-screenshots/images");
    static final Path DOCS = UPDATE ? Path.of("docs/screenshots") : Path.of("target/guide-screenshots/docs");
    final FxRobot robot = new FxRobot();
    final Clock clock = Clock.systemUTC();
    final FileSigningKeys keys = new FileSigningKeys(stores.dir().resolve("keys"));

    /** The real program's window in that language, as that user, with signing keys. */
    IsnadApp start(String lang, String user) throws Exception {
        System.setProperty("isnad.lang", lang);
        IsnadApp app = fx.start(() -> new IsnadApp(store, user, clock, keys));
        settle();
        return app;
    }

    @AfterEach
    void language() {
        System.clearProperty("isnad.lang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theAnalystsTasks(String lang) throws Exception {
        IsnadApp app = start(lang, "layla");
        shoot(fx.stage().getScene(), IMAGES.resolve("import-" + lang + ".png"));
        assertEquals(1, store.documents().count(), "the sample article was imported on the first start");

        EditorViewModel editor = app.mainWindow().editor();
        FxToolkitExtension.fx(() -> {
            AnnotationSession s = editor.session().orElseThrow();
            String t = s.document().text();
            int at = t.indexOf(Kimmitt.SPEAKER);
            editor.mark(Layer.SPEAKER, at, at + Kimmitt.SPEAKER.length());
            Span speaker = editor.selectedSpan().orElseThrow();
            int q = t.indexOf("لا أعتقد أن الانسحاب");
            editor.mark(Layer.QUOTE, q, t.indexOf("”.", q));
            Span quote = editor.selectedSpan().orElseThrow();
            editor.perform(() -> s.link(LinkType.ATTRIBUTED_TO, quote.id(), speaker.id()));
            int cue = t.indexOf("قال مارك");
            editor.mark(Layer.CUE, cue, cue + 3);
            Span cueSpan = editor.selectedSpan().orElseThrow();
            editor.perform(() -> s.link(LinkType.CUED_BY, quote.id(), cueSpan.id()));
            int c = t.indexOf("الانسحاب الأميركي", q);
            editor.mark(Layer.CLAIM, c, t.indexOf(". القوات", c));
            editor.selectedSpanIdProperty().set(quote.id());
            editor.reveal(quote.id());
            return null;
        });
        settle();
        shoot(fx.stage().getScene(), IMAGES.resolve("mark-" + lang + ".png"));
        assertEquals(4, store.annotations().spansOf(editor.session().orElseThrow().set().id()).size());

        FxToolkitExtension.fx(() -> {
            app.mainWindow().suggestions().next();
            return null;
        });
        settle();
        shoot(fx.stage().getScene(), IMAGES.resolve("suggestions-" + lang + ".png"));

        // a bundle of this work, submitted and approved by a reviewer, opened as from the file manager
        String setId = editor.session().orElseThrow().set().id();
        // a fixed time of sign-off, so that the picture changes only when the program does
        ReviewService review = new ReviewService(store, keys, Clock.fixed(java.time.Instant.parse("2026-03-02T09:30:00Z"),
                java.time.ZoneOffset.UTC));
        review.submit(setId, "layla");
        review.approve(setId, "omar", true);
        Path bundle = stores.dir().resolve("work-of-layla.isnad");
        new BundleInterchange(() -> store, clock).export(new ExportRequest(List.of(), InterchangeFormat.ISNAD, bundle, false,
                "layla"), Progress.none());
        FxToolkitExtension.fx(() -> {
            app.mainWindow().previewBundle(bundle);
            return null;
        });
        DialogPane preview = waitForDialog(new UiText(java.util.Locale.forLanguageTag(lang)).get("preview.title"));
        TreeView<?> tree = robot.from(preview).lookup(".tree-view").queryAs(TreeView.class);
        String shown = treeText(tree.getRoot());
        assertTrue(shown.contains("layla") && shown.contains("omar"), shown);
        assertTrue(shown.contains(new UiText(java.util.Locale.forLanguageTag(lang)).get("preview.signature.valid")), shown);
        settle();
        shoot(preview.getScene(), IMAGES.resolve("bundle-preview-" + lang + ".png"));
        if (lang.equals("en")) {
            shoot(preview.getScene(), DOCS.resolve("import-preview-en.png"));
        }
        int documents = store.documents().count();
        FxToolkitExtension.fx(() -> {
            preview.getScene().getWindow().hide();
            return null;
        });
        assertEquals(documents, store.documents().count(), "nothing was written by the preview");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theReviewersTask(String lang) throws Exception {
        String docId = new org.isnad.service.Library(store, clock).importFile(SampleArticles.bytes(SampleArticles.ALHURRA),
                SampleArticles.fileName(SampleArticles.ALHURRA), new org.isnad.service.ImportOptions(null, null, "الحرة", null),
                "layla").document().id();
        AnnotationSession layla = AnnotationSession.open(store, docId, "layla", clock);
        String t = layla.document().text();
        int at = t.indexOf(Kimmitt.SPEAKER);
        Span speaker = layla.mark(Layer.SPEAKER, at, at + Kimmitt.SPEAKER.length());
        int q = t.indexOf("لا أعتقد أن الانسحاب");
        layla.markQuoteOf(speaker.id(), q, t.indexOf("”.", q));
        int r = t.indexOf("رويترز");
        layla.mark(Layer.SPEAKER, r, r + "رويترز".length());
        new ReviewService(store, keys, clock).submit(layla.set().id(), "layla");

        IsnadApp app = start(lang, "omar");
        FxToolkitExtension.fx(() -> {
            app.mainWindow().review().orElseThrow().reviewThisDocument();
            return null;
        });
        settle();
        FxToolkitExtension.fx(() -> {
            var mode = app.mainWindow().review().orElseThrow().mode();
            mode.accept();
            mode.accept();
            return null;
        });
        settle();
        shoot(fx.stage().getScene(), IMAGES.resolve("review-" + lang + ".png"));
        assertTrue(app.mainWindow().review().orElseThrow().mode().active(), "review mode is on");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aboutAndTheGuideFromTheHelpMenu(String lang) throws Exception {
        UiText text = new UiText(java.util.Locale.forLanguageTag(lang));
        start(lang, "layla");
        robot.clickOn(text.get("menu.help")).clickOn(text.get("menu.help.about"));
        DialogPane about = waitForDialog(text.get("about.title"));
        String facts = robot.from(about).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(facts.contains("0.1.0") || facts.contains("SNAPSHOT"), facts);
        assertFalse(facts.contains("${"), "the build wrote the version and date: " + facts);
        String licences = robot.from(about).lookup(".text-area").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(licences.contains("H2 Database Engine") && licences.contains("Amiri"), licences);
        settle();
        shoot(about.getScene(), DOCS.resolve("about-" + lang + ".png"));
        FxToolkitExtension.fx(() -> {
            about.getScene().getWindow().hide();
            return null;
        });

        robot.clickOn(text.get("menu.help")).clickOn(text.get("menu.help.guide"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> guideWindow(text).isPresent());
        Window guide = guideWindow(text).orElseThrow();
        settle();
        String guideText = robot.from(guide.getScene().getRoot())
                .lookup((javafx.scene.Node n) -> n instanceof javafx.scene.text.Text).queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).reduce("", String::concat);
        assertTrue(guideText.contains(lang.equals("ar") ? "دليل استخدام إسناد" : "Isnad user guide"), guideText);
        shoot(guide.getScene(), DOCS.resolve("user-guide-" + lang + ".png"));
        FxToolkitExtension.fx(() -> {
            guide.hide();
            return null;
        });
    }

    @org.junit.jupiter.api.Test
    void everyPictureTheGuidesNameIsThere() {
        for (String lang : List.of("en", "ar")) {
            UserGuide guide = UserGuide.load(java.util.Locale.forLanguageTag(lang));
            long pictures = guide.blocks().stream().filter(b -> b instanceof UserGuide.Picture).count();
            assertEquals(5, pictures, lang + ": one picture per task with a screen");
            for (UserGuide.Block b : guide.blocks()) {
                if (b instanceof UserGuide.Picture p) {
                    // the committed file (the class path may hold an older copy until the next build)
                    Path file = Path.of("src/main/resources" + p.resource());
                    assertTrue(Files.isRegularFile(file), lang + ": " + file);
                }
            }
        }
    }

    private java.util.Optional<Window> guideWindow(UiText text) {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && text.get("guide.title")
                .equals(s.getTitle()) && s.isShowing()).findFirst();
    }

    private DialogPane waitForDialog(String title) throws Exception {
        // the background step before it may carry the same title: the dialog is the one with a DialogPane
        java.util.function.Supplier<java.util.Optional<Window>> dialog = () -> Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && title.equals(s.getTitle()) && s.isShowing()
                        && s.getScene().getRoot() instanceof DialogPane).findFirst();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.get().isPresent());
        return (DialogPane) dialog.get().orElseThrow().getScene().getRoot();
    }

    private static String treeText(javafx.scene.control.TreeItem<?> item) {
        StringBuilder all = new StringBuilder(String.valueOf(item.getValue())).append('\n');
        for (var child : item.getChildren()) {
            all.append(treeText(child));
        }
        return all.toString();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(Scene scene, Path file) {
        WritableImage image = FxToolkitExtension.fx(() -> scene.snapshot(null));
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
