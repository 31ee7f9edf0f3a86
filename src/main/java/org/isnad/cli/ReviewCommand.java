package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isnad.domain.AnnotationSet;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ReviewProgress;
import org.isnad.domain.ReviewState;
import org.isnad.domain.SetState;
import org.isnad.domain.SignOff;
import org.isnad.domain.Verdict;
import org.isnad.service.ReviewService;
import org.isnad.service.ReviewSession;
import org.isnad.service.ReviewerKey;
import org.isnad.service.SignOffCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad review STEP --doc ID}: moves an annotation set through review (submit, resume,
 * approve, request changes, reopen), gives verdicts, and shows a set's review status.
 */
@Command(name = "review")
final class ReviewCommand implements CliCommand {
    static final List<String> STEPS = List.of("submit", "resume", "approve", "request-changes", "reopen", "verdict", "status");
    static final List<String> VERDICTS = List.of("accept", "reject", "fix");

    @Parameters(index = "0", arity = "0..1", paramLabel = "STEP", completionCandidates = Candidates.ReviewSteps.class)
    String step;

    /** After verdict: accept, reject or fix. */
    @Parameters(index = "1..*", paramLabel = "VERDICT", completionCandidates = Candidates.Verdicts.class)
    List<String> more = new ArrayList<>();

    @Option(names = "--doc", paramLabel = "ID")
    String doc;

    @Option(names = "--set", paramLabel = "SET")
    String set;

    @Option(names = "--comment", paramLabel = "TEXT")
    String comment;

    @Option(names = "--span", paramLabel = "SPAN")
    String span;

    @Option(names = "--keys", paramLabel = "DIR")
    Path keys;

    @Option(names = "--start", paramLabel = "N")
    String start;

    @Option(names = "--end", paramLabel = "N")
    String end;

    @Option(names = "--accept-remaining")
    boolean acceptRemaining;

    @Override
    public String summary() {
        return "submit, review, approve (signed) or reopen an annotation set";
    }

    @Override
    public String help() {
        return """
                usage: isnad [--db PATH] [--as USER] review STEP --doc ID [--set SET] [options]

                steps:
                  submit                      the analyst hands their set over for review
                  resume                      the analyst takes up a set sent back to them (back in progress)
                  approve [--accept-remaining]
                                              a reviewer (not the analyst) approves and signs the set; refused
                                              while annotations have no verdict, unless --accept-remaining,
                                              which accepts each of them in the reviewer's name first
                  request-changes --comment TEXT
                                              a reviewer sends the set back to its analyst
                  reopen --comment REASON     reopens an approved set; its sign-off is kept, marked superseded
                  verdict --span SPAN accept|reject|fix [--comment TEXT] [--start N --end N]
                                              a reviewer's verdict on one annotation; reject needs --comment;
                                              fix moves the annotation to [N, M) (UTF-16 offsets) and accepts it
                  status                      the set's state, review progress, history and sign-off check

                The set: --set SET, else the document's only set; with several, submit and resume take
                the acting user's own set, the other steps the one set in the state the step starts from.
                options:
                  --doc ID        the document (required)
                  --set SET       the annotation set
                  --comment TEXT  comment (request-changes, verdict) or reason (reopen)
                  --keys DIR      the signing keys folder (default: $ISNAD_KEYS, else "keys" next to the database)
                Prints one JSON object on stdout: the set's id, annotator and state, and for approve the
                sign-off (reviewer, time, digest, key fingerprint, signature status).
                exit codes: 0 done, 1 refused (the message says the state and who), 2 usage error
                """;
    }

    @Override
    public int run(CliContext context) {
        if (step == null) {
            throw new UsageException("cli.review.noStep");
        }
        if (!STEPS.contains(step)) {
            throw new UsageException("cli.review.unknownStep", step);
        }
        if (!step.equals("verdict") && !more.isEmpty()) {
            throw new UsageException("cli.review.unexpectedArgument", step, more.get(0));
        }
        if (doc == null || doc.isBlank()) {
            throw new UsageException("cli.review.docMissing", step);
        }
        if (acceptRemaining && !step.equals("approve")) {
            throw new UsageException("cli.review.acceptRemainingOnlyApprove", step);
        }
        ReviewService review = new ReviewService(context.repositories(), context.signingKeys(keys), context.clock());
        String user = context.user();
        AnnotationSetInfo chosen = chooseSet(review, doc, set, step, user);
        ObjectNode result = context.json().createObjectNode();
        switch (step) {
            case "submit" -> chosen = review.submit(chosen.id(), user);
            case "resume" -> chosen = review.resume(chosen.id(), user);
            case "request-changes" -> chosen = review.requestChanges(chosen.id(), user, comment);
            case "reopen" -> chosen = review.reopen(chosen.id(), user, comment);
            case "approve" -> {
                SignOff signOff = review.approve(chosen.id(), user, acceptRemaining);
                chosen = review.set(chosen.id());
                result.set("signOff", signOff(context, signOff, review.check(chosen.id()).orElse(null)));
            }
            case "verdict" -> result.set("verdict", verdict(context, review, chosen, user));
            case "status" -> status(context, review, chosen, result);
            default -> throw new IllegalStateException(step);
        }
        ObjectNode out = context.json().createObjectNode();
        out.put("document", chosen.documentId());
        out.put("set", chosen.id());
        out.put("annotator", chosen.annotator());
        out.put("state", chosen.state().key());
        out.setAll(result);
        context.out().println(out.toString());
        return ExitCode.OK;
    }

    private ObjectNode verdict(CliContext context, ReviewService review, AnnotationSetInfo chosen, String user) {
        if (more.size() != 1) {
            throw new UsageException("cli.review.verdictWord");
        }
        if (span == null || span.isBlank()) {
            throw new UsageException("cli.review.spanMissing");
        }
        ReviewSession session = review.review(chosen.id(), user);
        Verdict v = switch (more.get(0).toLowerCase(Locale.ROOT)) {
            case "accept" -> session.accept(span, comment);
            case "reject" -> session.reject(span, comment);
            case "fix" -> {
                if (start == null || end == null) {
                    throw new UsageException("cli.review.fixBounds");
                }
                yield session.fixBounds(span, number("--start", start), number("--end", end), comment);
            }
            default -> throw new UsageException("cli.review.unknownVerdict", more.get(0));
        };
        ObjectNode o = context.json().createObjectNode();
        o.put("span", v.spanId());
        o.put("verdict", v.kind().key());
        o.put("comment", v.comment());
        o.put("reviewer", v.reviewer());
        ReviewProgress p = session.progress();
        o.put("reviewed", p.reviewed());
        o.put("of", p.total());
        return o;
    }

    private static void status(CliContext context, ReviewService review, AnnotationSetInfo set, ObjectNode result) {
        AnnotationSet loaded = review.load(set.id());
        ReviewProgress p = loaded.reviewProgress();
        ObjectNode progress = result.putObject("progress");
        progress.put("annotations", p.total());
        progress.put("accepted", p.accepted());
        progress.put("rejected", p.rejected());
        progress.put("fixed", p.fixed());
        progress.put("unreviewed", p.unreviewed());
        ArrayNode history = result.putArray("history");
        review.history(set.id()).forEach(c -> {
            ObjectNode h = history.addObject();
            h.put("step", c.step().words());
            h.put("from", c.from().key());
            h.put("to", c.to().key());
            h.put("user", c.user());
            h.put("at", c.at().toString());
            h.put("comment", c.comment());
        });
        ArrayNode signOffs = result.putArray("signOffs");
        Optional<SignOffCheck> check = review.check(set.id());
        for (SignOff s : review.signOffs(set.id())) {
            SignOffCheck current = check.filter(c -> c.signOff().id().equals(s.id())).orElse(null);
            signOffs.add(signOff(context, s, current));
        }
    }

    private static ObjectNode signOff(CliContext context, SignOff s, SignOffCheck check) {
        ObjectNode o = context.json().createObjectNode();
        o.put("id", s.id());
        o.put("reviewer", s.reviewer());
        o.put("signedAt", s.signedAt().toString());
        o.put("digest", s.digest());
        o.put("keyFingerprint", ReviewerKey.fingerprint(s.publicKey()));
        o.put("superseded", s.superseded());
        if (check != null) {
            o.put("signature", check.status().key());
            o.put("message", check.message());
        }
        return o;
    }

    /** The set a step acts on; see the help text. */
    static AnnotationSetInfo chooseSet(ReviewService review, String documentId, String setId, String step, String user) {
        List<AnnotationSetInfo> sets = review.setsOf(documentId);
        if (setId != null) {
            return sets.stream().filter(s -> s.id().equals(setId)).findFirst().orElseThrow(() -> new BadInputException(
                    "cli.review.noSuchSet", documentId, setId, describe(sets)));
        }
        if (sets.isEmpty()) {
            throw new BadInputException("cli.review.noSets", documentId);
        }
        if (sets.size() == 1) {
            return sets.get(0);
        }
        List<AnnotationSetInfo> candidates = switch (step) {
            case "submit", "resume" -> sets.stream().filter(s -> s.annotator().equals(user)).toList();
            case "approve", "request-changes", "verdict" -> sets.stream()
                    .filter(s -> s.state() == SetState.SUBMITTED && !s.annotator().equals(user)).toList();
            case "reopen" -> sets.stream().filter(s -> s.state() == SetState.APPROVED).toList();
            default -> sets;
        };
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        throw new BadInputException("cli.review.whichSet", documentId, sets.size(), describe(sets));
    }

    private static String describe(List<AnnotationSetInfo> sets) {
        StringBuilder sb = new StringBuilder();
        for (AnnotationSetInfo s : sets) {
            sb.append("\n  ").append(s.id()).append("  ").append(s.annotator()).append("  ").append(ReviewState.words(s.state()));
        }
        return sb.toString();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.review.notANumber", option, value);
        }
    }
}
