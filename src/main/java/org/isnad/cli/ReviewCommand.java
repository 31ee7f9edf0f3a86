package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

/**
 * {@code isnad review STEP --doc ID}: moves an annotation set through review (submit, resume,
 * approve, request changes, reopen), gives verdicts, and shows a set's review status.
 */
final class ReviewCommand implements CliCommand {
    private static final Set<String> STEPS = Set.of("submit", "resume", "approve", "request-changes", "reopen", "verdict", "status");

    @Override
    public String name() {
        return "review";
    }

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
    public int run(List<String> args, CliContext context) {
        Arguments a = Arguments.parse(args, Set.of("--doc", "--set", "--comment", "--span", "--keys", "--start", "--end"),
                Set.of("--accept-remaining"), name());
        List<String> words = a.positional();
        if (words.isEmpty() || !STEPS.contains(words.get(0))) {
            throw new UsageException("review: name a step: submit, resume, approve, request-changes, reopen, verdict or status"
                    + (words.isEmpty() ? "" : " (not «" + words.get(0) + "»)"));
        }
        String step = words.get(0);
        if (!step.equals("verdict") && words.size() > 1) {
            throw new UsageException("review " + step + ": unexpected argument " + words.get(1));
        }
        String doc = a.option("--doc");
        if (doc == null || doc.isBlank()) {
            throw new UsageException("review " + step + ": --doc ID is required");
        }
        if (a.flag("--accept-remaining") && !step.equals("approve")) {
            throw new UsageException("review " + step + ": --accept-remaining goes with approve only");
        }
        ReviewService review = new ReviewService(context.repositories(), context.signingKeys(a.option("--keys")), context.clock());
        String user = context.user();
        String comment = a.option("--comment");
        AnnotationSetInfo set = chooseSet(review, doc, a.option("--set"), step, user);
        ObjectNode result = context.json().createObjectNode();
        switch (step) {
            case "submit" -> set = review.submit(set.id(), user);
            case "resume" -> set = review.resume(set.id(), user);
            case "request-changes" -> set = review.requestChanges(set.id(), user, comment);
            case "reopen" -> set = review.reopen(set.id(), user, comment);
            case "approve" -> {
                SignOff signOff = review.approve(set.id(), user, a.flag("--accept-remaining"));
                set = review.set(set.id());
                result.set("signOff", signOff(context, signOff, review.check(set.id()).orElse(null)));
            }
            case "verdict" -> result.set("verdict", verdict(context, review, set, a, words, user));
            case "status" -> status(context, review, set, result);
            default -> throw new IllegalStateException(step);
        }
        ObjectNode out = context.json().createObjectNode();
        out.put("document", set.documentId());
        out.put("set", set.id());
        out.put("annotator", set.annotator());
        out.put("state", set.state().key());
        out.setAll(result);
        context.out().println(out.toString());
        return ExitCode.OK;
    }

    private static ObjectNode verdict(CliContext context, ReviewService review, AnnotationSetInfo set, Arguments a,
                                      List<String> words, String user) {
        if (words.size() != 2) {
            throw new UsageException("review verdict: say accept, reject or fix (once)");
        }
        String span = a.option("--span");
        if (span == null || span.isBlank()) {
            throw new UsageException("review verdict: --span SPAN is required");
        }
        String comment = a.option("--comment");
        ReviewSession session = review.review(set.id(), user);
        Verdict v = switch (words.get(1).toLowerCase(Locale.ROOT)) {
            case "accept" -> session.accept(span, comment);
            case "reject" -> session.reject(span, comment);
            case "fix" -> {
                if (a.option("--start") == null || a.option("--end") == null) {
                    throw new UsageException("review verdict fix: give the corrected bounds with --start N --end N");
                }
                yield session.fixBounds(span, number(a, "--start"), number(a, "--end"), comment);
            }
            default -> throw new UsageException("review verdict: say accept, reject or fix, not «" + words.get(1) + "»");
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
                    "document " + documentId + " has no annotation set " + setId + describe(sets)));
        }
        if (sets.isEmpty()) {
            throw new BadInputException("document " + documentId + " has no annotation sets (or there is no such document)");
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
        throw new BadInputException("document " + documentId + " has " + sets.size()
                + " annotation sets; say which with --set" + describe(sets));
    }

    private static String describe(List<AnnotationSetInfo> sets) {
        StringBuilder sb = new StringBuilder();
        for (AnnotationSetInfo s : sets) {
            sb.append("\n  ").append(s.id()).append("  ").append(s.annotator()).append("  ").append(ReviewState.words(s.state()));
        }
        return sb.toString();
    }

    private static int number(Arguments a, String option) {
        try {
            return Integer.parseInt(a.option(option).strip());
        } catch (NumberFormatException e) {
            throw new UsageException("review verdict: " + option + " needs a whole number, not «" + a.option(option) + "»");
        }
    }
}
