package org.isnad.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Repositories;
import org.isnad.testing.SampleArticles;

/**
 * What the snapshot programs (not tests: they write PNG files to look at) share: their arguments
 * {@code OUT_DIR [ar|en]}, a database in a new temporary folder holding the shipped sample, and writing a PNG.
 */
final class SnapshotProgram {
    static Path out;
    static Locale locale;

    private SnapshotProgram() {
    }

    /** Reads the arguments and launches the program's application (a nested class, so that main() starts without the module path). */
    static void launch(Class<? extends Application> application, String[] args, String defaultLanguage) {
        out = Path.of(args[0]);
        locale = Locale.forLanguageTag(args.length > 1 ? args[1] : defaultLanguage);
        Application.launch(application, args);
    }

    /** A new temporary folder for the program's database (and key files). */
    static Path folder() throws IOException {
        return Files.createTempDirectory("isnad-snap");
    }

    /** Imports the Alhurra sample as the window's first start does, as layla's; returns its document id. */
    static String importSample(Repositories store, Clock clock) {
        return new Library(store, clock).importFile(SampleArticles.bytes(SampleArticles.ALHURRA),
                SampleArticles.fileName(SampleArticles.ALHURRA), new ImportOptions(null, null, "الحرة", null), "layla").document().id();
    }

    static void snapshot(Stage stage, Path file) {
        write(stage.getScene().snapshot(null), file);
    }

    static void write(WritableImage image, Path file) {
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
