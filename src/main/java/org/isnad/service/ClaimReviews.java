package org.isnad.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.DomainException;
import org.isnad.domain.Stance;
import org.isnad.message.Message;
import org.isnad.service.signing.RatingSignatures;
import org.isnad.service.signing.SignatureStatus;

/**
 * Gathers what a ClaimReview export publishes: one review per rated record whose rating's signature
 * holds (whoever's key it is); unrated records and ratings changed since they were signed are left out
 * and counted with their reason. The JSON-LD itself is written by the bundle package.
 */
public final class ClaimReviews {
    public static final String NOT_RATED = "not-rated";
    public static final String SIGNATURE_INVALID = "signature-invalid";

    private final Repositories repositories;

    public ClaimReviews(Repositories repositories) {
        this.repositories = repositories;
    }

    public Optional<ClaimReviewSettings> settings() {
        ClaimRepository claims = repositories.claims();
        Optional<String> name = claims.setting(ClaimReviewSettings.ORGANISATION);
        Optional<String> base = claims.setting(ClaimReviewSettings.BASE_URL);
        if (name.isEmpty() || base.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ClaimReviewSettings(name.get(), claims.setting(ClaimReviewSettings.ORGANISATION_URL).orElse(null),
                base.get()));
    }

    public void configure(ClaimReviewSettings settings) {
        repositories.transactions().run(() -> {
            ClaimRepository claims = repositories.claims();
            claims.putSetting(ClaimReviewSettings.ORGANISATION, settings.organisation());
            claims.putSetting(ClaimReviewSettings.ORGANISATION_URL, settings.organisationUrl() == null ? "" : settings.organisationUrl());
            claims.putSetting(ClaimReviewSettings.BASE_URL, settings.baseUrl());
        });
    }

    /** The reviews of the given records (every record when {@code claimIds} is empty). */
    public ClaimReviewBatch batch(List<String> claimIds) {
        ClaimReviewSettings settings = settings().orElseThrow(() -> new DomainException(Message.of("claims.settings.missing")));
        return repositories.transactions().inTransaction(() -> {
            List<ClaimRecord> chosen = new ArrayList<>();
            if (claimIds.isEmpty()) {
                repositories.claims().summaries().forEach(s -> chosen.add(s.record()));
            } else {
                for (String id : claimIds) {
                    chosen.add(repositories.claims().find(id).orElseThrow(() ->
                            new DomainException(Message.of("claims.unknown", id))));
                }
            }
            List<ClaimReviewEntry> entries = new ArrayList<>();
            List<ClaimReviewBatch.LeftOut> leftOut = new ArrayList<>();
            for (ClaimRecord record : chosen) {
                Optional<ClaimRating> rating = repositories.claims().rating(record.id());
                if (rating.isEmpty()) {
                    leftOut.add(new ClaimReviewBatch.LeftOut(record.id(), record.statement(), NOT_RATED));
                } else if (RatingSignatures.check(record, rating.get(), key -> true).status() != SignatureStatus.VALID) {
                    leftOut.add(new ClaimReviewBatch.LeftOut(record.id(), record.statement(), SIGNATURE_INVALID));
                } else {
                    List<ClaimAppearance> appearances = repositories.claims().appearances(record.id());
                    entries.add(new ClaimReviewEntry(record, rating.get(), appearances, author(appearances)));
                }
            }
            return new ClaimReviewBatch(settings, entries, leftOut);
        });
    }

    static ClaimAppearance author(List<ClaimAppearance> appearances) {
        return appearances.stream().filter(a -> a.claimantName() != null && a.stance() == Stance.ASSERTS).findFirst()
                .or(() -> appearances.stream().filter(a -> a.claimantName() != null).findFirst()).orElse(null);
    }
}
