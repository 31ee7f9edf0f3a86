package org.isnad.service;

import java.util.List;
import org.isnad.domain.SignOff;
import org.isnad.domain.StateChange;
import org.isnad.domain.Verdict;

/** Verdicts, sign-offs and the review history of annotation sets. */
public interface ReviewRepository {
    /** The current verdicts of a set (one per annotation at most). */
    List<Verdict> verdictsOf(String setId);

    /** Stores a verdict, replacing the annotation's earlier one. */
    void saveVerdict(String setId, Verdict verdict);

    void removeVerdict(String setId, String spanId);

    void addSignOff(SignOff signOff);

    /** A set's sign-offs, oldest first, superseded ones included. */
    List<SignOff> signOffsOf(String setId);

    /** Marks every sign-off of the set superseded; returns how many were current. */
    int supersedeSignOffs(String setId);

    /** Appends a step to the set's review history; the sequence number is assigned by the store. */
    void addStateChange(StateChange change);

    /** The set's review history, oldest first. */
    List<StateChange> stateChangesOf(String setId);
}
