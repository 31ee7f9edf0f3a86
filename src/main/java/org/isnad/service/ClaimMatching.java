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
    private boolean built;

    public ClaimMatching(Repositories repositories, ClaimMatchIndex index) {
        this.repositories = repositories;
        this.index = index;
    }

    /** Fills the index from the database: every record's statement and its claim spans' texts. */
    public synchronized int rebuild() {
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
        built = true;
        return byClaim.size();
    }

    /** Brings one record up to date in the index after it was made, edited, merged, split or deleted. */
    public synchronized void refresh(String claimId) {
        if (!built) {
            return; // the rebuild before the first proposal reads it
        }
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
    public synchronized List<ClaimProposal> propose(String claimText, int max) {
        List<ClaimProposal> proposals = new ArrayList<>();
        for (ClaimMatchHit hit : index.match(features().entry(null, claimText), max)) {
            repositories.claims().find(hit.claimId()).ifPresent(r -> proposals.add(new ClaimProposal(r, hit.score())));
        }
        return proposals;
    }

    /**
     * Proposals for a claim, the index filled from the database first if nothing filled it yet: for a window,
     * which calls this off its thread (on a large corpus the first call reads every record).
     */
    public synchronized List<ClaimProposal> proposeBuilt(String claimText, int max) {
        if (!built) {
            rebuild();
        }
        return propose(claimText, max);
    }

    private ClaimFeatures features() {
        if (features == null) {
            features = new ClaimFeatures(repositories.actors().all());
        }
        return features;
    }

    @Override
    public synchronized void close() {
        index.close();
    }
}
