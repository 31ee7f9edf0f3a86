package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.isnad.app.IsnadApp;
import org.isnad.bundle.BundleInterchange;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.Stance;
import org.isnad.service.Assignments;
import org.isnad.service.ClaimRatings;
import org.isnad.service.ClaimRecords;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import org.isnad.store.FileSigningKeys;
import org.isnad.testing.ClaimArticles;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.RealWindow;
import org.isnad.ui.language.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview of a bundle opened as from the file manager, in the real window, counts what format 3
 * carries besides documents: claim records with their linked spans, each rating with its signature's
 * status, and who each document is assigned to. Its picture goes to {@code target/bundle-preview-claims-LANG.png}.
 */
class BundlePreviewClaimsWindowTest extends RealWindow {
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    private final FileSigningKeys keys = new FileSigningKeys(stores.dir().resolve("keys"));

    @AfterEach
    void language() {
        System.clearProperty("isnad.lang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void thePreviewCountsClaimRecordsRatingsAndAssignments(String lang) throws Exception {
        ClaimArticles articles = new ClaimArticles(store, "salma", clock);
        ClaimRecords records = new ClaimRecords(store, clock);
        ClaimRecord record = records.create(ClaimArticles.STATEMENT, null, "huda");
        records.attach(articles.kimmittClaim.spanId(), record.id(), Stance.ASSERTS, "huda");
        records.attach(articles.amiriClaim.spanId(), record.id(), Stance.DENIES, "huda");
        new ClaimRatings(store, records, keys, clock).rate(record.id(), 2, 5, 1, "غير صحيح في معظمه",
                "تراجع المتحدث نفسه عن تصريحه", List.of(), "nadia");
        new Assignments(store, clock).assign(List.of(articles.kimmittClaim.documentId()), List.of("ليلى", "عمر"), "رانيا", "huda");
        Path bundle = stores.dir().resolve("claims.isnad");
        new BundleInterchange(() -> store, clock).export(new ExportRequest(List.of(), InterchangeFormat.ISNAD, bundle, false,
                "huda"), Progress.none());
        int documents = store.documents().count();

        System.setProperty("isnad.lang", lang);
        IsnadApp app = fx.start(() -> new IsnadApp(store, "omar", clock, keys));
        settle();
        FxToolkitExtension.fx(() -> {
            app.mainWindow().previewBundle(bundle);
            return null;
        });
        UiText text = new UiText(Locale.forLanguageTag(lang));
        DialogPane preview = waitForDialog(text.get("preview.title"));
        settle();
        String labels = FxToolkitExtension.fx(() -> preview.lookupAll(".label").stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n")));
        assertTrue(labels.contains(text.format("preview.carried", text.number(1), text.number(2), text.number(1), text.number(1))), labels);
        TreeView<?> tree = FxToolkitExtension.fx(() -> (TreeView<?>) preview.lookup(".tree-view"));
        String shown = FxToolkitExtension.fx(() -> treeText(tree.getRoot()));
        assertTrue(shown.contains(text.format("preview.claims", text.number(1), text.number(2))), shown);
        assertTrue(shown.contains(ClaimArticles.STATEMENT) && shown.contains("nadia")
                && shown.contains(text.get("preview.signature.valid")), shown);
        assertTrue(shown.contains(text.format("preview.assignment.curator", "ليلى" + text.get("preview.separator") + "عمر",
                "رانيا")), shown);
        shoot(preview, Path.of("target/bundle-preview-claims-" + lang + ".png"));
        assertEquals(documents, store.documents().count(), "the preview wrote nothing");

        // importing it into the database it came from merges the record by id: nothing new, and the status says so
        new org.testfx.api.FxRobot().clickOn(text.get("preview.import"));
        String expected = text.format("transfer.import.carried", 0, 1, 0, 0, 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> FxToolkitExtension.fx(() -> Window.getWindows().stream()
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .anyMatch(n -> n instanceof Label l && l.getText() != null && l.getText().contains(expected))));
        assertEquals(1, store.claims().summaries().size());
        assertEquals(documents, store.documents().count());
    }

    private static DialogPane waitForDialog(String title) throws Exception {
        java.util.function.Supplier<java.util.Optional<Window>> dialog = () -> Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && title.equals(s.getTitle()) && s.isShowing()
                        && s.getScene().getRoot() instanceof DialogPane).findFirst();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog.get().isPresent());
        return (DialogPane) dialog.get().orElseThrow().getScene().getRoot();
    }

    private static String treeText(TreeItem<?> item) {
        StringBuilder all = new StringBuilder(String.valueOf(item.getValue())).append('\n');
        for (var child : item.getChildren()) {
            all.append(treeText(child));
        }
        return all.toString();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void shoot(DialogPane pane, Path file) throws IOException {
        WritableImage image = FxToolkitExtension.fx(() -> pane.getScene().snapshot(null));
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
    }
}
