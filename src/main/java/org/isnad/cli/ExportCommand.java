package org.isnad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.isnad.service.ClaimReviewBatch;
import org.isnad.service.ClaimReviewReport;
import org.isnad.service.ClaimReviewRequest;
import org.isnad.service.ExportReport;
import org.isnad.service.ExportRequest;
import org.isnad.service.InterchangeFormat;
import org.isnad.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad export}: documents with their annotations as a bundle, brat, W3C Web Annotation or CSV. */
@Command(name = "export")
final class ExportCommand implements CliCommand {
    static final String CLAIMREVIEW = "claimreview";

    @Option(names = "--doc", paramLabel = "ID[,ID…]")
    String doc;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--claim", paramLabel = "ID", arity = "1")
    List<String> claims = new ArrayList<>();

    @Option(names = "--format", paramLabel = "F", completionCandidates = Candidates.Formats.class)
    String format;

    @Option(names = "--out", paramLabel = "PATH")
    Path out;

    @Option(names = "--with-audit")
    boolean withAudit;

    /** None are taken; kept so that a stray word is named in the refusal. */
    @Parameters(hidden = true)
    List<String> words = new ArrayList<>();

    @Override
    public String summary() {
        return "export documents and annotations (isnad, brat, w3c, csv) or claim reviews (claimreview)";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] [--as USER] export (--doc ID[,ID…] | --all) --format isnad|brat|w3c|csv
                                                           --out PATH [--with-audit]
                       isnad [--db PATH] export --format claimreview --out FILE.jsonld (--all | --claim ID [--claim ID]…)

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
                  claimreview  one schema.org ClaimReview (JSON-LD) per rated claim record at the file PATH;
                         records without a rating, or whose rating changed since it was signed, are left out
                         and counted: prints {"format", "file", "reviews", "leftOut", "omitted": [{id,
                         statement, reason}], "appearancesWithoutUrl": [{id, document, title}]} (published
                         appearances whose article has no URL: set it with isnad docs); configure the
                         organisation once with isnad claims config
                The same data always gives the same entries, byte for byte. The output appears only once
                it is complete. Prints one JSON line: {"format", "files", "documents", "sets",
                "annotations", "links"}.

                options:
                  --doc ID[,ID…]  the documents to export (ids as isnad list shows them)
                  --all           every document (every claim record with claimreview)
                  --claim ID      a claim record to publish (claimreview only; repeat for more)
                  --format F      isnad, brat, w3c, csv or claimreview
                  --out PATH      a file (isnad, w3c, csv, claimreview) or a folder (brat)
                  --with-audit    add each document's audit trail to a native bundle
                exit codes: 0 written, 1 an unknown document or the output could not be written, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (!words.isEmpty()) {
            throw new UsageException("cli.usage.unexpectedArgument", words.get(0));
        }
        if (CLAIMREVIEW.equals(format)) {
            return claimReviews(context);
        }
        if (!claims.isEmpty()) {
            throw new UsageException("cli.export.claimsNeedClaimReview");
        }
        if ((doc == null) == !all) {
            throw new UsageException("cli.export.docOrAll");
        }
        if (format == null) {
            throw new UsageException("cli.export.formatMissing");
        }
        InterchangeFormat chosen = InterchangeFormat.ofKey(format).orElseThrow(() ->
                new UsageException("cli.export.unknownFormat", format));
        if (out == null) {
            throw new UsageException("cli.export.outMissing");
        }
        if (withAudit && chosen != InterchangeFormat.ISNAD) {
            throw new UsageException("cli.export.auditNeedsBundle");
        }
        List<String> ids = doc == null ? List.of()
                : Arrays.stream(doc.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (doc != null && ids.isEmpty()) {
            throw new UsageException("cli.export.noDocumentIds");
        }
        ExportReport report = context.interchange().export(new ExportRequest(ids, chosen, out, withAudit,
                context.user()), Progress.none());
        context.out().println(context.json().writeValueAsString(ReportJson.of(report, context.json())));
        return ExitCode.OK;
    }

    private int claimReviews(CliContext context) throws Exception {
        if (claims.isEmpty() == !all || doc != null) {
            throw new UsageException("cli.export.claimOrAll");
        }
        if (out == null) {
            throw new UsageException("cli.export.outMissing");
        }
        if (withAudit) {
            throw new UsageException("cli.export.auditNeedsBundle");
        }
        ClaimReviewReport report = context.interchange().exportClaimReviews(new ClaimReviewRequest(claims, out));
        ObjectNode o = context.json().createObjectNode();
        o.put("format", CLAIMREVIEW);
        o.put("file", report.file().toString());
        o.put("reviews", report.reviews());
        o.put("leftOut", report.leftOut().size());
        ArrayNode omitted = o.putArray("omitted");
        for (ClaimReviewBatch.LeftOut l : report.leftOut()) {
            omitted.addObject().put("id", l.claimId()).put("statement", l.statement()).put("reason", l.reason());
        }
        ArrayNode withoutUrl = o.putArray("appearancesWithoutUrl");
        for (ClaimReviewReport.WithoutUrl w : report.withoutUrl()) {
            withoutUrl.addObject().put("id", w.claimId()).put("document", w.documentId()).put("title", w.title());
        }
        context.out().println(context.json().writeValueAsString(o));
        return ExitCode.OK;
    }
}
