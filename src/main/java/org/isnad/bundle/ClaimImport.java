package org.isnad.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;
import org.isnad.message.Message;
import org.isnad.service.Repositories;

/**
 * Merges a bundle's claim records into the database by id, deciding everything with reads first
 * ({@link #plan}) and writing inside the import's transaction ({@link #store}):
 * <ul>
 * <li>a record not here is added; a record here stays as it is. When the statements (or glosses) differ,
 *     the database's wording is kept and the report says so; the bundle's rating of that record is then not
 *     taken, since its signature signs the other wording;</li>
 * <li>a stance is added when its span is linked to no record here; a span already linked here keeps its
 *     link (a different one in the bundle is reported);</li>
 * <li>a rating is taken when the record has none here or the bundle's is more recent; it is stored exactly
 *     as carried, signature included, so a rating changed in the file shows as invalid;</li>
 * <li>a stance on a span that is neither in the bundle nor a claim span here refuses the whole bundle.</li>
 * </ul>
 */
final class ClaimImport {
    /** What the import writes: new records, new stances, ratings to store; {@code merged} records already here. */
    record Plan(List<ClaimRecord> records, List<ClaimStance> stances, List<ClaimRating> ratings, int merged) {
        boolean writes() {
            return !records.isEmpty() || !stances.isEmpty() || !ratings.isEmpty();
        }
    }

    private ClaimImport() {
    }

    /**
     * @param renamed the bundle's span ids that are stored under new ids (sets kept beside under new ids)
     * @param bundleSpans the ids of every span of the bundle (as the bundle has them)
     */
    static Plan plan(Repositories repositories, List<CarriedClaim> claims, Map<String, String> renamed,
                     Set<String> bundleSpans, List<Message> warnings) {
        List<ClaimRecord> records = new ArrayList<>();
        List<ClaimStance> stances = new ArrayList<>();
        List<ClaimRating> ratings = new ArrayList<>();
        int merged = 0;
        for (CarriedClaim c : claims) {
            ClaimRecord incoming = c.record();
            Optional<ClaimRecord> here = repositories.claims().find(incoming.id());
            boolean otherWording = false;
            if (here.isEmpty()) {
                records.add(incoming);
            } else {
                merged++;
                otherWording = !here.get().statement().equals(incoming.statement())
                        || !Objects.equals(here.get().gloss(), incoming.gloss());
                if (otherWording) {
                    warnings.add(Message.of("bundle.claims.statementKept", incoming.id(), here.get().statement(),
                            incoming.statement()));
                }
            }
            for (ClaimStance s : c.stances()) {
                String spanId = renamed.getOrDefault(s.spanId(), s.spanId());
                if (!bundleSpans.contains(s.spanId()) && repositories.claims().documentOfClaimSpan(spanId).isEmpty()) {
                    throw new BundleRefusal(EntryNames.CLAIMS, Message.of("bundle.claims.spanMissing", incoming.id(),
                            incoming.statement(), s.spanId()));
                }
                ClaimStance stance = new ClaimStance(incoming.id(), spanId, s.stance());
                Optional<ClaimStance> linked = repositories.claims().stanceOfSpan(spanId);
                if (linked.isEmpty()) {
                    stances.add(stance);
                } else if (!linked.get().equals(stance)) {
                    warnings.add(Message.of("bundle.claims.stanceKept", spanId, linked.get().claimId(),
                            linked.get().stance().key(), incoming.id(), s.stance().key()));
                }
            }
            if (c.rating() != null && !otherWording) {
                Optional<ClaimRating> rated = here.isEmpty() ? Optional.empty() : repositories.claims().rating(incoming.id());
                if (rated.isEmpty() || c.rating().ratedAt().isAfter(rated.get().ratedAt())) {
                    ratings.add(c.rating());
                } else if (!rated.get().equals(c.rating())) {
                    warnings.add(Message.of("bundle.claims.ratingKept", incoming.id(), rated.get().reviewer(),
                            rated.get().ratedAt().toString(), c.rating().reviewer(), c.rating().ratedAt().toString()));
                }
            }
        }
        return new Plan(records, stances, ratings, merged);
    }

    /** Writes the plan (inside the import's transaction) with one audit event when anything changed. */
    static void store(Repositories repositories, Plan plan, String user, String origin, Instant at) {
        if (!plan.writes()) {
            return;
        }
        plan.records().forEach(repositories.claims()::add);
        plan.stances().forEach(repositories.claims()::addStance);
        plan.ratings().forEach(repositories.claims()::putRating);
        repositories.audit().append(new AuditEvent(0, null, null, user, at, "import", "Import claim records from " + origin,
                "", "claim-records-added=" + plan.records().size() + " claim-records-merged=" + plan.merged()
                + " stances-added=" + plan.stances().size() + " ratings-taken=" + plan.ratings().size()));
    }
}
