package org.isnad.ui.editor;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Opens the document view on a sample with a few highlights, writes a snapshot PNG and exits.
 * Usage: {@code EditorPreview OUT.png [ARTICLE.txt]} (default: the bundled Alhurra sample).
 * A developer tool for looking at real rendering, e.g. under {@code xvfb-run}.
 */
public final class EditorPreview {

    private EditorPreview() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: EditorPreview OUT.png [ARTICLE.txt]");
            System.exit(2);
        }
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws IOException {
            List<String> args = getParameters().getRaw();
            Path out = Path.of(args.get(0));
            String text = args.size() > 1 ? Files.readString(Path.of(args.get(1)), StandardCharsets.UTF_8) : bundledSample();
            DocumentView view = new DocumentView();
            view.setText(text);
            List<Highlight> hs = demoHighlights(text);
            view.setHighlights(HighlightOwner.ANNOTATIONS, hs);
            if (hs.size() >= 4) {
                view.setLinks(List.of(new LinkLine("speaker", "quote"), new LinkLine("cue", "quote")));
                view.selectedIdProperty(HighlightOwner.ANNOTATIONS).set("claim");
                int s = text.indexOf("مقابلة مع قناة", hs.get(0).start());
                if (s >= 0) {
                    view.select(s, s + "مقابلة مع قناة".length());
                }
            }
            stage.setScene(new Scene(view, 1000, 720));
            stage.setTitle("Isnad editor preview");
            stage.show();
            if (!hs.isEmpty()) {
                view.scrollToOffset(hs.get(0).start());
            }
            PauseTransition wait = new PauseTransition(Duration.millis(600));
            wait.setOnFinished(e -> {
                WritableImage img = view.getScene().snapshot(null);
                BufferedImage buf = SwingFXUtils.fromFXImage(img, null);
                try {
                    Path parent = out.toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    ImageIO.write(buf, "png", out.toFile());
                    System.out.println("wrote " + out.toAbsolutePath() + " (" + buf.getWidth() + "x" + buf.getHeight() + ")");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                } finally {
                    Platform.exit();
                }
            });
            wait.play();
        }

        private static String bundledSample() throws IOException {
            try (InputStream in = EditorPreview.class.getResourceAsStream("/org/isnad/samples/coalition-iraq-alhurra.ar.txt")) {
                if (in == null) {
                    throw new IOException("bundled sample missing");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        /** The worked example of docs/architecture.md (Kimmitt's quote), found by searching the text. */
        private static List<Highlight> demoHighlights(String text) {
            List<Highlight> out = new ArrayList<>();
            int speaker = text.indexOf("مارك كيميت");
            int cue = text.lastIndexOf("قال", speaker);
            int quote = text.indexOf("لا أعتقد", speaker);
            int quoteEnd = quote < 0 ? -1 : text.indexOf("”", quote);
            int claim = quote < 0 ? -1 : text.indexOf("الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني", quote);
            if (speaker < 0 || cue < 0 || quote < 0 || quoteEnd < 0 || claim < 0) {
                return out;
            }
            out.add(new Highlight("speaker", Highlight.SPEAKER, speaker, speaker + "مارك كيميت".length()));
            out.add(new Highlight("cue", Highlight.CUE, cue, cue + "قال".length()));
            out.add(new Highlight("quote", Highlight.QUOTE, quote, quoteEnd));
            out.add(new Highlight("claim", Highlight.CLAIM, claim, claim + "الانسحاب الأميركي من العراق سيؤدي إلى فراغ أمني".length()));
            int bl = text.indexOf("بلومبيرغ");
            if (bl >= 0) {
                out.add(new Highlight("speaker2", Highlight.SPEAKER, bl, bl + "بلومبيرغ".length()));
            }
            return out;
        }
    }
}
