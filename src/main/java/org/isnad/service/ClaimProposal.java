package org.isnad.service;

import org.isnad.domain.ClaimRecord;

/** An existing record that says what a newly marked claim says, with how alike they are. */
public record ClaimProposal(ClaimRecord record, double score) {
}
