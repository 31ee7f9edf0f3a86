package org.isnad.suggest.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.isnad.message.LocalizedException;
import org.isnad.message.Message;
import org.isnad.text.ImportedText;
import org.isnad.text.TextDecodingException;

/** A folder of gold articles: every {@code NAME.ann} with its {@code NAME.txt}, in name order. */
public final class GoldFolder {
    private GoldFolder() {
    }

    public static List<GoldArticle> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new LocalizedException(Message.of("evaluate.gold.noFolder", folder));
        }
        List<Path> anns;
        try (Stream<Path> files = Files.list(folder)) {
            anns = files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ann")).sorted().toList();
        } catch (IOException e) {
            throw new LocalizedException(Message.of("evaluate.gold.unreadable", folder, e.getMessage()), e);
        }
        if (anns.isEmpty()) {
            throw new LocalizedException(Message.of("evaluate.gold.empty", folder));
        }
        List<GoldArticle> articles = new ArrayList<>();
        for (Path ann : anns) {
            String file = ann.getFileName().toString();
            String name = file.substring(0, file.length() - 4);
            Path txt = ann.resolveSibling(name + ".txt");
            String text;
            String annotations;
            try {
                text = ImportedText.decode(Files.readAllBytes(txt));
                annotations = ImportedText.decode(Files.readAllBytes(ann));
            } catch (NoSuchFileException e) {
                throw new LocalizedException(Message.of("evaluate.gold.noText", txt.getFileName(), file), e);
            } catch (IOException e) {
                throw new LocalizedException(Message.of("evaluate.gold.unreadable", ann, e.getMessage()), e);
            } catch (TextDecodingException e) {
                throw new LocalizedException(Message.of("evaluate.gold.notUtf8", name), e);
            }
            articles.add(BratGold.read(name, text, annotations, file));
        }
        return articles;
    }
}
