package org.isnad.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.domain.ClaimRecord;

/**
 * Proposes existing claim records for a newly marked claim (issue 17): the records' statements and the
 * texts of their claim spans are kept in a {@link ClaimMatchIndex}; a proposal never writes anything.
 */
public final class ClaimMatching implements AutoCloseable {
    private final Repositories repositories;
    private final ClaimMatchIndex index;
    private ClaimFeatures features;

    public ClaimMatching(Repositories repositories, ClaimMatchIndex index) {
        this.repositories = repositories;
        this.index = index;
    }

    /** Fills the index from the database: every record's statement and its claim spans' texts. */
    public int rebuild() {
        features = new ClaimFeatures(repositories.actors().all());
        index.clear();
        Map<String, List<ClaimMatchEntry>> byClaim = new LinkedHashMap<>();
        repositories.claims().summaries().forEach(s ->
                byClaim.computeIfAbsent(s.record().id(), k -> new ArrayList<>()).add(features.entry(s.record().id(), s.record().statement())));
        for (Map.Entry<String, String> t : repositories.claims().spanTexts()) {
            List<ClaimMatchEntry> list = byClaim.get(t.getKey());
            if (list != null) {
                list.add(features.entry(t.getKey(), t.getValue()));
            }
        }
        byClaim.forEach(index::put);
        return byClaim.size();
    }

    /** Brings one record up to date in the index after it was made, edited, merged, split or deleted. */
    public void refresh(String claimId) {
        Optional<ClaimRecord> record = repositories.claims().find(claimId);
        if (record.isEmpty()) {
            index.remove(claimId);
            return;
        }
        List<ClaimMatchEntry> entries = new ArrayList<>();
        entries.add(features().entry(claimId, record.get().statement()));
        repositories.claims().appearances(claimId).forEach(a -> entries.add(features().entry(claimId, a.text())));
        index.put(claimId, entries);
    }

    /** Up to {@code max} records that say what {@code claimText} says, most alike first. */
    public List<ClaimProposal> propose(String claimText, int max) {
        List<ClaimProposal> proposals = new ArrayList<>();
        for (ClaimMatchHit hit : index.match(features().entry(null, claimText), max)) {
            repositories.claims().find(hit.claimId()).ifPresent(r -> proposals.add(new ClaimProposal(r, hit.score())));
        }
        return proposals;
    }

    private ClaimFeatures features() {
        if (features == null) {
            features = new ClaimFeatures(repositories.actors().all());
        }
        return features;
    }

    @Override
    public void close() {
        index.close();
    }
}
