package org.isnad.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.RatingLevel;
import org.isnad.domain.RatingScale;
import org.isnad.service.signing.RatingCheck;
import org.isnad.service.signing.RatingSignatures;
import org.isnad.service.signing.SigningKeys;

/**
 * Rating claim records on the organisation's scale, signed with the reviewer's Ed25519 key (as sign-offs
 * are), undoable and audited through the records' history; checking a rating's signature.
 */
public final class ClaimRatings {
    private final Repositories repositories;
    private final ClaimRecords records;
    private final SigningKeys keys;
    private final Clock clock;

    public ClaimRatings(Repositories repositories, ClaimRecords records, SigningKeys keys, Clock clock) {
        this.repositories = repositories;
        this.records = records;
        this.keys = keys;
        this.clock = clock;
    }

    public RatingScale scale() {
        return repositories.claims().scale();
    }

    public void configureScale(RatingScale scale) {
        repositories.transactions().run(() -> repositories.claims().putScale(scale));
    }

    /**
     * Rates a record. A label naming a level of the scale (in Arabic or English) is stored in Arabic with
     * its English label; any other label is stored as given.
     */
    public ClaimRating rate(String claimId, int value, int best, int worst, String label, String explanation,
                            List<String> evidence, String reviewer) {
        ClaimRecord record = records.require(claimId);
        Optional<RatingLevel> level = scale().named(label == null ? "" : label);
        String arabic = level.map(RatingLevel::labelArabic).orElse(label);
        String english = level.map(RatingLevel::labelEnglish).orElse(null);
        ClaimRating unsigned = new ClaimRating(claimId, value, best, worst, arabic, english, explanation, evidence,
                reviewer, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), null, null);
        ClaimRating signed = RatingSignatures.sign(record, unsigned, keys.keyPairOf(reviewer));
        records.rate(record, signed, reviewer);
        return signed;
    }

    /** Rates with a level of the scale: its value, the scale's best and worst, its labels. */
    public ClaimRating rate(String claimId, RatingLevel level, String explanation, List<String> evidence, String reviewer) {
        RatingScale scale = scale();
        return rate(claimId, level.value(), scale.best(), scale.worst(), level.labelArabic(), explanation, evidence, reviewer);
    }

    public Optional<ClaimRating> rating(String claimId) {
        records.require(claimId);
        return repositories.claims().rating(claimId);
    }

    /** The signature's status: valid, invalid (the rating or statement changed) or unknown-key. */
    public Optional<RatingCheck> check(String claimId) {
        ClaimRecord record = records.require(claimId);
        return repositories.claims().rating(claimId).map(r -> RatingSignatures.check(record, r, keys::isTrusted));
    }
}
