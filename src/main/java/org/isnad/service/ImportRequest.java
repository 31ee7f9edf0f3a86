package org.isnad.service;

import java.nio.file.Path;

/**
 * What to import: a {@code .isnad} bundle, a brat {@code .ann} (its {@code .txt} beside it), or W3C
 * Web Annotation JSON-LD with the text it annotates ({@code text}). {@code format} may be null to
 * decide by the file name. {@code documentOptions} describe a document created from a brat or W3C
 * text; {@code user} is who imports (and the annotator of sets made from brat or W3C files).
 */
public record ImportRequest(Path file, InterchangeFormat format, Path text, ConflictPolicy onConflict,
                            ImportOptions documentOptions, String user) {
    public ImportRequest {
        if (file == null) {
            throw new IllegalArgumentException("an import needs a file");
        }
        if (onConflict == null) {
            onConflict = ConflictPolicy.FAIL;
        }
        if (documentOptions == null) {
            documentOptions = ImportOptions.none();
        }
    }

    public static ImportRequest of(Path file, String user) {
        return new ImportRequest(file, null, null, ConflictPolicy.FAIL, ImportOptions.none(), user);
    }

    public ImportRequest withConflictPolicy(ConflictPolicy policy) {
        return new ImportRequest(file, format, text, policy, documentOptions, user);
    }

    public ImportRequest withText(Path textFile) {
        return new ImportRequest(file, format, textFile, onConflict, documentOptions, user);
    }
}
