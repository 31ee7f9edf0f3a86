package org.isnad.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats work travels in: Isnad's own bundle, brat standoff, W3C Web Annotation, and a CSV table. */
public enum InterchangeFormat {
    /** A {@code .isnad} zip: lossless, checked by hashes. */
    ISNAD("isnad"),
    /** brat standoff: {@code NAME.txt} + {@code NAME.ann}, offsets in code points. */
    BRAT("brat"),
    /** W3C Web Annotation JSON-LD, offsets in code points. */
    W3C("w3c"),
    /** The attributions table for spreadsheets (export only). */
    CSV("csv");

    private final String key;

    InterchangeFormat(String key) {
        this.key = key;
    }

    /** The name used on the command line, e.g. {@code brat}. */
    public String key() {
        return key;
    }

    public boolean canImport() {
        return this != CSV;
    }

    public static Optional<InterchangeFormat> ofKey(String key) {
        for (InterchangeFormat f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a file to import is in, from its name: {@code .isnad}, {@code .ann}, {@code .json}/{@code .jsonld}. */
    public static Optional<InterchangeFormat> ofFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".isnad")) {
            return Optional.of(ISNAD);
        }
        if (name.endsWith(".ann")) {
            return Optional.of(BRAT);
        }
        if (name.endsWith(".json") || name.endsWith(".jsonld")) {
            return Optional.of(W3C);
        }
        return Optional.empty();
    }
}
