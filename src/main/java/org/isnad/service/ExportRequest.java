package org.isnad.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What to export: the documents (an empty list means every document), the format, and where to.
 * {@code out} is a file for isnad, w3c and csv, and a folder for brat. {@code withAudit} adds the
 * audit trail to a native bundle; {@code user} is recorded as the bundle's creator.
 */
public record ExportRequest(List<String> documentIds, InterchangeFormat format, Path out, boolean withAudit, String user) {
    public ExportRequest {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        if (format == null || out == null) {
            throw new IllegalArgumentException("an export needs a format and a place to write to");
        }
    }

    public boolean allDocuments() {
        return documentIds.isEmpty();
    }
}
