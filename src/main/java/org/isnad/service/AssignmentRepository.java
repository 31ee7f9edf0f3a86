package org.isnad.service;

import java.util.List;
import java.util.Optional;
import org.isnad.domain.Assignment;

/** Who works on which document. */
public interface AssignmentRepository {
    /** Stores the document's assignment, replacing the one it had. */
    void save(Assignment assignment);

    Optional<Assignment> find(String documentId);

    /** Every assignment, by document id. */
    List<Assignment> all();
}
