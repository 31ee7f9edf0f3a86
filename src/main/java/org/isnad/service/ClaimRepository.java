package org.isnad.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.RatingScale;

/** Claim records, the stances of the claim spans linked to them, ratings and the rating scale (issue 17). */
public interface ClaimRepository {
    void add(ClaimRecord record);

    void update(ClaimRecord record);

    void remove(String claimId);

    Optional<ClaimRecord> find(String claimId);

    /** Every record with its counts, by statement. */
    List<ClaimRecordSummary> summaries();

    void addStance(ClaimStance stance);

    void removeStance(ClaimStance stance);

    /** The stances of a record, including those of spans deleted meanwhile (they come back with an undo). */
    List<ClaimStance> stancesOf(String claimId);

    /** The record a claim span is linked to, if any. */
    Optional<ClaimStance> stanceOfSpan(String spanId);

    /** A record's appearances, derived from its living claim spans, oldest first. */
    List<ClaimAppearance> appearances(String claimId);

    /** The document of the claim span with that id (in any set), if there is one: only claim spans may be linked. */
    Optional<String> documentOfClaimSpan(String spanId);

    /** The text of every living claim span linked to a record, as (record id, text): what claim matching indexes. */
    List<Map.Entry<String, String>> spanTexts();

    /** Every stance of every record: what bundles and CSV exports carry. */
    List<ClaimStance> allStances();

    void putRating(ClaimRating rating);

    void removeRating(String claimId);

    Optional<ClaimRating> rating(String claimId);

    RatingScale scale();

    void putScale(RatingScale scale);

    /** A setting of the claim review export (the organisation, the base URL), if set. */
    Optional<String> setting(String name);

    void putSetting(String name, String value);
}
