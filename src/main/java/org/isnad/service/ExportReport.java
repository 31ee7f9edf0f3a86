package org.isnad.service;

import java.nio.file.Path;
import java.util.List;

/** What an export wrote: the files, and how many documents, annotation sets, annotations and links went in. */
public record ExportReport(InterchangeFormat format, List<Path> files, int documents, int sets, int spans, int links) {
    public ExportReport {
        files = List.copyOf(files);
    }
}
