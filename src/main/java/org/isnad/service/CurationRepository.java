package org.isnad.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.CurationRecord;

/** Curations: when each began, what the analysts' sets held then, and the units left out ("none"). */
public interface CurationRepository {
    /** Records a curation that begins, with each analyst's fingerprints at that moment (in analyst order). */
    void start(CurationRecord record, List<Set<String>> basis);

    Optional<CurationRecord> find(String curatedSetId);

    /** Each analyst's fingerprints when curation began, in analyst order. */
    List<Set<String>> basis(String curatedSetId);

    Set<String> dismissals(String curatedSetId);

    void addDismissal(String curatedSetId, String unitKey);

    void removeDismissal(String curatedSetId, String unitKey);
}
