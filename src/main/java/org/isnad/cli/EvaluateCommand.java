package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.message.LocalizedException;
import org.isnad.suggest.evaluation.EvaluationTable;
import org.isnad.suggest.evaluation.Figure;
import org.isnad.suggest.evaluation.GoldArticle;
import org.isnad.suggest.evaluation.GoldFolder;
import org.isnad.suggest.evaluation.Scores;
import org.isnad.suggest.evaluation.SuggestionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad evaluate --gold DIR}: how good the suggestions are on hand-annotated articles; never opens the database. */
@Command(name = "evaluate")
final class EvaluateCommand implements CliCommand {
    @Option(names = "--gold", paramLabel = "DIR")
    String gold;

    @Option(names = "--format", paramLabel = "F", completionCandidates = Candidates.EvaluationFormats.class)
    String format;

    /** None are taken; kept so that a stray word is named in the refusal. */
    @Parameters(hidden = true)
    List<String> words = new ArrayList<>();

    @Override
    public String summary() {
        return "score the suggestions against hand-annotated brat articles";
    }

    @Override
    public String help() {
        return """
                usage: isnad evaluate --gold DIR [--format json|table]

                Reads every NAME.ann in DIR with the NAME.txt beside it (brat standoff as Isnad's brat
                export writes it: Quote, Cue, Speaker and Claim spans, QuoteType, AttributedTo, CuedBy,
                ClaimedBy, Reference names), runs the suggestions on each text and prints, pooled over
                the articles, precision, recall and F1 of:
                  quotes        a found quote sharing at least half of the longer span with a gold one
                                (one to one); "exact" asks for the same start and end
                  direct, indirect, mixed   the same, within each quote type
                  cues          the cue words of the quotes
                  claims        claim suggestions, on articles with at least one gold claim
                and speaker_accuracy: among found quotes matched to gold ones, the share whose speaker
                mention overlaps the gold mention or whose actor has the gold actor's name.
                JSON: {"articles": N, "quotes": {"p", "r", "f1", "gold", "found", "matched",
                "exact": {…}}, "direct": {…}, "indirect": {…}, "mixed": {…}, "cues": {…},
                "speaker_accuracy": 0.0, "claims": {…}, "per_article": [{"name", …}]}.

                options:
                  --gold DIR   the folder of gold articles
                  --format F   table (default) or json
                exit codes: 0 scored, 1 the folder or a file cannot be read (file and line named), 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (!words.isEmpty()) {
            throw new UsageException("cli.usage.unexpectedArgument", words.get(0));
        }
        if (gold == null) {
            throw new UsageException("cli.evaluate.goldMissing");
        }
        boolean json = "json".equals(format);
        if (format != null && !json && !"table".equals(format)) {
            throw new UsageException("cli.evaluate.unknownFormat", format);
        }
        List<GoldArticle> articles;
        try {
            articles = GoldFolder.read(Path.of(gold));
        } catch (LocalizedException e) {
            context.err().println("isnad evaluate: " + ErrorText.of(e));
            return ExitCode.BAD_INPUT;
        }
        SuggestionEvaluation evaluation = new SuggestionEvaluation();
        Map<String, Scores> perArticle = new LinkedHashMap<>();
        Scores total = Scores.NONE;
        for (GoldArticle a : articles) {
            Scores s = evaluation.score(a);
            perArticle.put(a.name(), s);
            total = total.plus(s);
        }
        if (!json) {
            context.out().print(EvaluationTable.of(perArticle, total));
            return ExitCode.OK;
        }
        ObjectNode root = context.json().createObjectNode();
        root.put("articles", total.articles());
        scores(root, total);
        var list = root.putArray("per_article");
        for (Map.Entry<String, Scores> e : perArticle.entrySet()) {
            ObjectNode o = list.addObject();
            o.put("name", e.getKey());
            scores(o, e.getValue());
        }
        context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return ExitCode.OK;
    }

    private static void scores(ObjectNode o, Scores s) {
        figure(o.putObject("quotes"), s.quotes()).set("exact", figure(o.objectNode(), s.quotesExact()));
        figure(o.putObject("direct"), s.direct());
        figure(o.putObject("indirect"), s.indirect());
        figure(o.putObject("mixed"), s.mixed());
        figure(o.putObject("cues"), s.cues());
        o.put("speaker_accuracy", round(s.speakerAccuracy()));
        figure(o.putObject("claims"), s.claims());
    }

    private static ObjectNode figure(ObjectNode o, Figure f) {
        o.put("p", round(f.precision()));
        o.put("r", round(f.recall()));
        o.put("f1", round(f.f1()));
        o.put("gold", f.gold());
        o.put("found", f.found());
        o.put("matched", f.matched());
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
