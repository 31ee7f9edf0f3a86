package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimRatings;
import org.isnad.service.ClaimRecords;
import org.isnad.service.ClaimReviewSettings;
import org.isnad.service.ClaimReviews;
import org.isnad.service.signing.SigningKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad claims list|show|new|attach|detach|merge|delete|rate|config}: claim records across the corpus (issue 17). */
@Command(name = "claims")
final class ClaimsCommand implements CliCommand {
    static final List<String> WORDS = List.of("list", "show", "new", "attach", "detach", "merge", "delete", "rate", "config");

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORD", completionCandidates = Candidates.ClaimsWords.class)
    String word;

    @Parameters(index = "1..*", paramLabel = "ID")
    List<String> ids = new ArrayList<>();

    @Option(names = "--text", paramLabel = "TEXT")
    String text;

    @Option(names = "--gloss", paramLabel = "TEXT")
    String gloss;

    @Option(names = "--doc", paramLabel = "DOC")
    String doc;

    @Option(names = "--span", paramLabel = "SPAN")
    String span;

    @Option(names = "--claim", paramLabel = "ID")
    String claim;

    @Option(names = "--stance", paramLabel = "asserts|denies|questions", completionCandidates = Candidates.Stances.class)
    String stance;

    @Option(names = "--value", paramLabel = "V")
    Integer value;

    @Option(names = "--best", paramLabel = "B")
    Integer best;

    @Option(names = "--worst", paramLabel = "W")
    Integer worst;

    @Option(names = "--label", paramLabel = "TEXT")
    String label;

    @Option(names = "--explanation", paramLabel = "TEXT")
    String explanation;

    @Option(names = "--evidence", paramLabel = "URL", arity = "1")
    List<String> evidence = new ArrayList<>();

    @Option(names = "--keys", paramLabel = "DIR")
    Path keys;

    @Option(names = "--org", paramLabel = "NAME")
    String org;

    @Option(names = "--org-url", paramLabel = "URL")
    String orgUrl;

    @Option(names = "--base-url", paramLabel = "URL")
    String baseUrl;

    @Override
    public String summary() {
        return "claim records across the corpus: list, show, new, attach, rate";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] claims list
                       isnad [--db PATH] claims show ID
                       isnad [--db PATH] [--as USER] claims new --text TEXT [--gloss TEXT] [--span SPAN [--stance S]]
                       isnad [--db PATH] [--as USER] claims attach --doc DOC --span SPAN --claim ID [--stance S]
                       isnad [--db PATH] [--as USER] claims detach --span SPAN
                       isnad [--db PATH] [--as USER] claims merge KEEP_ID OTHER_ID
                       isnad [--db PATH] [--as USER] claims delete ID
                       isnad [--db PATH] [--as USER] claims rate ID --value V --best B --worst W --label TEXT
                                                     [--explanation TEXT] [--evidence URL]… [--keys DIR]
                       isnad [--db PATH] claims config --org NAME --base-url URL [--org-url URL]

                A claim record holds one claim's canonical statement (in Arabic; --gloss adds English). Claim
                spans in any documents link to it, each asserting, denying or questioning it (--stance, default
                asserts). SPAN is a claim span's id, as list, show and the exports print it.
                  list     a JSON array by statement: id, statement, gloss, appearances, speakers, outlets,
                           firstSeen, lastSeen, rated, spans (the linked span ids)
                  show     the record with its rating (and the signature's status: valid, invalid or
                           unknown-key), its appearances oldest first (span, stance, doc, title, outlet, url,
                           date, claimant, text, start, end, quote) and its contradictions
                  new      prints {"id": …}; --span attaches that claim span at once
                  rate     a rating on the organisation's scale (a label naming a level of the scale, in
                           Arabic or English, is stored with both), signed with USER's Ed25519 key
                  config   the organisation and the base address the ClaimReview export uses
                Every change is recorded in the audit trail (the window can undo it).
                exit codes: 0 done, 1 an unknown record or span, or a refused change, 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) throws Exception {
        if (word == null) {
            throw new UsageException("cli.claims.noWord");
        }
        if (!WORDS.contains(word)) {
            throw new UsageException("cli.claims.unknownWord", word);
        }
        int expected = switch (word) {
            case "show", "delete", "rate" -> 1;
            case "merge" -> 2;
            default -> 0;
        };
        if (ids.size() != expected) {
            throw new UsageException("cli.claims.arguments", word, expected, ids.size());
        }
        Stance chosen = stance == null ? Stance.ASSERTS
                : Stance.ofKey(stance).orElseThrow(() -> new UsageException("cli.claims.stance", stance));
        checkOptions();
        ClaimRecords records = new ClaimRecords(context.repositories(), context.clock());
        ClaimsJson json = new ClaimsJson(context.json());
        Object result = switch (word) {
            case "list" -> json.list(records.list(), context.repositories().claims().allStances());
            case "show" -> json.show(records, ids.get(0), () -> new ClaimRatings(context.repositories(), records,
                    context.signingKeys(keys), context.clock()));
            case "new" -> created(context, records, chosen);
            case "attach" -> json.stance(records.attach(doc, span, claim, chosen, context.user()));
            case "detach" -> detached(context, records);
            case "merge" -> json.summary(records, records.merge(ids.get(0), ids.get(1), context.user()).id());
            case "delete" -> deleted(context, records);
            case "rate" -> rate(context, records, json);
            default -> configure(context);
        };
        context.out().println(context.json().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        return ExitCode.OK;
    }

    private void checkOptions() {
        switch (word) {
            case "new" -> {
                if (text == null || text.isBlank()) {
                    throw new UsageException("cli.claims.textMissing");
                }
            }
            case "attach" -> {
                if (doc == null || span == null || claim == null) {
                    throw new UsageException("cli.claims.attachOptions");
                }
            }
            case "detach" -> {
                if (span == null) {
                    throw new UsageException("cli.claims.spanMissing");
                }
            }
            case "rate" -> {
                if (value == null || best == null || worst == null || label == null) {
                    throw new UsageException("cli.claims.rateOptions");
                }
            }
            case "config" -> {
                if (org == null || baseUrl == null) {
                    throw new UsageException("cli.claims.configOptions");
                }
            }
            default -> { }
        }
    }

    private ObjectNode created(CliContext context, ClaimRecords records, Stance chosen) {
        ClaimRecord record = span != null ? records.createFrom(span, text, gloss, chosen, context.user())
                : records.create(text, gloss, context.user());
        return context.json().createObjectNode().put("id", record.id());
    }

    private ObjectNode detached(CliContext context, ClaimRecords records) {
        records.detach(span, context.user());
        return context.json().createObjectNode().put("detached", span);
    }

    private ObjectNode deleted(CliContext context, ClaimRecords records) {
        records.delete(ids.get(0), context.user());
        return context.json().createObjectNode().put("deleted", ids.get(0));
    }

    private ObjectNode rate(CliContext context, ClaimRecords records, ClaimsJson json) {
        SigningKeys signingKeys = context.signingKeys(keys);
        ClaimRatings ratings = new ClaimRatings(context.repositories(), records, signingKeys, context.clock());
        ClaimRating rating = ratings.rate(ids.get(0), value, best, worst, label, explanation, evidence, context.user());
        return json.rating(rating, ratings.check(ids.get(0)).orElseThrow());
    }

    private ObjectNode configure(CliContext context) {
        ClaimReviewSettings settings = new ClaimReviewSettings(org, orgUrl, baseUrl);
        new ClaimReviews(context.repositories()).configure(settings);
        ObjectNode o = context.json().createObjectNode();
        o.put("organisation", settings.organisation());
        o.put("organisationUrl", settings.organisationUrl());
        o.put("baseUrl", settings.baseUrl());
        return o;
    }
}
