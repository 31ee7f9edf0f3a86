package org.isnad.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.agreement.AgreementCsv;
import org.isnad.agreement.AgreementReport;
import org.isnad.service.AgreementMeasurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad agreement}: how far the analysts agree, per pair and layer, pooled and per document. */
@Command(name = "agreement")
final class AgreementCommand implements CliCommand {
    @Option(names = "--doc", paramLabel = "ID[,ID…]")
    String doc;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--annotators", paramLabel = "A,B[,…]")
    String annotators;

    @Option(names = "--format", paramLabel = "F")
    String format;

    /** None are taken; kept so that a stray word is named in the refusal. */
    @Parameters(hidden = true)
    List<String> words = new ArrayList<>();

    @Override
    public String summary() {
        return "agreement between analysts (F1, alpha-u, kappa) as JSON or CSV";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] agreement (--doc ID[,ID…] | --all) [--annotators A,B,…] [--format json|csv]

                Compares the analysts' own annotation sets (not curated ones) for every pair of analysts
                and every layer, pooled over the documents and per document:
                  exact_f1          2·m/(|A|+|B|), m spans with the same layer, start and end, paired one to one
                  overlap_f1        the same, a pair needing one shared character, most overlap paired first
                  alpha_u           Krippendorff's unitizing alpha over the characters of the text
                  kappa_quote_type  Cohen's kappa on quote type over exactly matched quotes (QUOTE only)
                  speaker_agreement share of exactly matched quotes with the same speaker (QUOTE only)
                  cue_agreement     share of exactly matched quotes with the same cue (QUOTE only)
                A figure that cannot be computed is null, and "undefined" names the reason. A document
                only one analyst worked on says so in its "note".
                JSON: {"analysts", "pairs": [{"a", "b", "layer", "documents", "a_count", "b_count",
                "exact_matches", "exact_f1", "overlap_f1", "alpha_u", …, "undefined"}], "documents":
                [{"id", "analysts", "note", "pairs"}]}. CSV: one row per pair and layer, UTF-8.

                options:
                  --doc ID[,ID…]      the documents to compare on
                  --all               every document
                  --annotators A,B,…  whom to compare (default: everyone with a set on the documents)
                  --format F          json (default) or csv
                exit codes: 0 measured, 1 an unknown document, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (!words.isEmpty()) {
            throw new UsageException("cli.usage.unexpectedArgument", words.get(0));
        }
        if ((doc == null) == !all) {
            throw new UsageException("cli.agreement.docOrAll");
        }
        boolean csv = "csv".equals(format);
        if (format != null && !csv && !"json".equals(format)) {
            throw new UsageException("cli.agreement.unknownFormat", format);
        }
        List<String> ids = names(doc);
        if (doc != null && ids.isEmpty()) {
            throw new UsageException("cli.export.noDocumentIds");
        }
        List<String> who = names(annotators);
        if (annotators != null && who.size() < 2) {
            throw new UsageException("cli.agreement.twoAnnotators");
        }
        AgreementMeasurement measurement = new AgreementMeasurement(context.repositories());
        AgreementReport report = all ? measurement.measureAll(who) : measurement.measure(ids, who);
        if (csv) {
            context.out().print(AgreementCsv.of(report));
        } else {
            context.out().println(context.json().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(AgreementJson.of(report, context.json())));
        }
        return ExitCode.OK;
    }

    static List<String> names(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
