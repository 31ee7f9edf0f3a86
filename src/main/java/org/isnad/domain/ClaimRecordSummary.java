package org.isnad.domain;

import java.time.LocalDate;

/**
 * A claim record with its counts, as the claims list shows it: appearances, distinct speakers and
 * outlets, first and last seen (null without appearances), and whether it is rated.
 */
public record ClaimRecordSummary(ClaimRecord record, int appearances, int speakers, int outlets,
                                 LocalDate firstSeen, LocalDate lastSeen, boolean rated) {
}
