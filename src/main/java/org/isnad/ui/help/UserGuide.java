package org.isnad.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The user guide as shipped in the program ({@code /org/isnad/guide/guide-en.md} and
 * {@code guide-ar.md}): a small part of Markdown, read into blocks. Headings ({@code #},
 * {@code ##}), paragraphs, list items ({@code - }) and pictures on their own line
 * ({@code ![caption](file.png)}, from {@code /org/isnad/guide/images/}); nothing else is needed,
 * and the same files read well where Markdown is shown.
 */
public record UserGuide(Locale language, List<Block> blocks) {
    static final String FOLDER = "/org/isnad/guide/";

    public UserGuide {
        blocks = List.copyOf(blocks);
    }

    /** One block of the guide, in reading order. */
    public sealed interface Block permits Heading, Paragraph, Item, Picture {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Item(String text) implements Block {
    }

    /** A screenshot: {@code resource} is its path on the class path. */
    public record Picture(String caption, String resource) implements Block {
    }

    /** The guide in Arabic for an Arabic locale, else in English. */
    public static UserGuide load(Locale locale) {
        Locale language = "ar".equals(locale.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        String name = FOLDER + "guide-" + language.getLanguage() + ".md";
        try (InputStream in = UserGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the program: " + name);
            }
            return new UserGuide(language, parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\n", -1)) {
            String line = raw.strip();
            boolean special = line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || line.startsWith("![");
            if (special && paragraph.length() > 0) {
                blocks.add(new Paragraph(paragraph.toString()));
                paragraph.setLength(0);
            }
            if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                blocks.add(new Heading(Math.max(1, level), line.substring(level + 1).strip()));
            } else if (line.startsWith("- ")) {
                blocks.add(new Item(line.substring(2).strip()));
            } else if (line.startsWith("![") && line.endsWith(")") && line.contains("](")) {
                int split = line.indexOf("](");
                blocks.add(new Picture(line.substring(2, split), FOLDER + line.substring(split + 2, line.length() - 1)));
            } else if (!line.isEmpty()) {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
        }
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(paragraph.toString()));
        }
        return blocks;
    }
}
