package org.isnad.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import javafx.scene.text.Font;

/** The bundled Amiri font, loaded once: system fallback fonts break the visual order of Arabic lines. */
public final class DocumentFont {

    public static final String RESOURCE = "/org/isnad/fonts/Amiri-Regular.ttf";
    public static final double DEFAULT_SIZE = 20;

    private static volatile String family;
    private static final Map<Double, Font> FONTS = new ConcurrentHashMap<>();

    private DocumentFont() {
    }

    /** Amiri at {@code size} pixels. */
    public static Font font(double size) {
        String fam = family();
        return FONTS.computeIfAbsent(size, s -> {
            Font f = Font.font(fam, s);
            if (!fam.equals(f.getFamily())) {
                throw new IllegalStateException("Amiri not available, got " + f.getFamily());
            }
            return f;
        });
    }

    public static String family() {
        String f = family;
        if (f == null) {
            synchronized (DocumentFont.class) {
                f = family;
                if (f == null) {
                    f = load();
                    family = f;
                }
            }
        }
        return f;
    }

    private static String load() {
        try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + RESOURCE);
            }
            Font f = Font.loadFont(in, DEFAULT_SIZE);
            if (f == null) {
                throw new IllegalStateException("could not load " + RESOURCE);
            }
            FONTS.put(DEFAULT_SIZE, f);
            return f.getFamily();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
