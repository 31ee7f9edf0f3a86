package org.isnad.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.isnad.service.ExportReport;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;

/** {@code isnad export}: documents with their annotations as a bundle, brat, W3C Web Annotation or CSV. */
final class ExportCommand implements CliCommand {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export documents and annotations (isnad, brat, w3c, csv)";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] [--as USER] export (--doc ID[,ID…] | --all) --format isnad|brat|w3c|csv
                                                           --out PATH [--with-audit]

                Writes the chosen documents with all their annotation sets:
                  isnad  a native bundle (a zip) at the file PATH: manifest.json with every entry's SHA-256,
                         actors.json, and per document its text, record and annotation sets (offsets in
                         UTF-16 units and in code points); lossless, and checked by isnad verify
                  brat   into the folder PATH (created if needed): NAME.txt and NAME.ann per document
                         (NAME is the document id; NAME-2, NAME-3 … for further annotation sets);
                         offsets in code points
                  w3c    W3C Web Annotation JSON-LD (an AnnotationCollection) at the file PATH;
                         positions in code points
                  csv    the attributions table (one row per quote) at the file PATH, UTF-8 with BOM
                The same data always gives the same entries, byte for byte. The output appears only once
                it is complete. Prints one JSON line: {"format", "files", "documents", "sets",
                "annotations", "links"}.

                options:
                  --doc ID[,ID…]  the documents to export (ids as isnad list shows them)
                  --all           every document
                  --format F      isnad, brat, w3c or csv
                  --out PATH      a file (isnad, w3c, csv) or a folder (brat)
                  --with-audit    add each document's audit trail to a native bundle
                exit codes: 0 written, 1 an unknown document or the output could not be written, 2 usage error
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of("--doc", "--format", "--out"), Set.of("--all", "--with-audit"), name());
        if (!a.positional().isEmpty()) {
            throw new UsageException("export: unexpected argument " + a.positional().get(0));
        }
        if ((a.option("--doc") == null) == !a.flag("--all")) {
            throw new UsageException("export: give either --doc ID or --all");
        }
        String formatName = a.option("--format");
        if (formatName == null) {
            throw new UsageException("export: --format isnad|brat|w3c|csv is needed");
        }
        InterchangeFormat format = InterchangeFormat.ofKey(formatName).orElseThrow(() ->
                new UsageException("export: --format must be isnad, brat, w3c or csv, not " + formatName));
        if (a.option("--out") == null) {
            throw new UsageException("export: --out PATH is needed");
        }
        if (a.flag("--with-audit") && format != InterchangeFormat.ISNAD) {
            throw new UsageException("export: --with-audit goes with --format isnad");
        }
        List<String> ids = a.option("--doc") == null ? List.of()
                : Arrays.stream(a.option("--doc").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (a.option("--doc") != null && ids.isEmpty()) {
            throw new UsageException("export: --doc needs at least one document id");
        }
        ExportReport report = context.interchange().export(new ExportRequest(ids, format, Path.of(a.option("--out")),
                a.flag("--with-audit"), context.user()), Progress.none());
        context.out().println(context.json().writeValueAsString(ReportJson.of(report, context.json())));
        return ExitCode.OK;
    }
}
