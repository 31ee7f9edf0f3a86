package org.isnad.service;

import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;

/**
 * One elementary change to the claim records (ADR 4, for the corpus-wide records): each knows its exact
 * inverse, so undoing a merge or a split is the same machinery run backwards.
 */
public sealed interface ClaimChange {

    void store(ClaimRepository claims);

    ClaimChange inverse();

    /** A readable line for the audit trail's before/after ("" where nothing was). */
    String before();

    String after();

    /** The record this change is about. */
    static String claimOf(ClaimChange c) {
        if (c instanceof RecordAdded a) {
            return a.record().id();
        } else if (c instanceof RecordRemoved r) {
            return r.record().id();
        } else if (c instanceof RecordEdited e) {
            return e.was().id();
        } else if (c instanceof StanceAdded a) {
            return a.stance().claimId();
        } else if (c instanceof StanceRemoved r) {
            return r.stance().claimId();
        }
        RatingChanged r = (RatingChanged) c;
        return (r.was() != null ? r.was() : r.now()).claimId();
    }

    static String text(ClaimRecord r) {
        return "claim " + r.id() + " «" + r.statement() + "»" + (r.gloss() == null ? "" : " (" + r.gloss() + ")");
    }

    static String text(ClaimStance s) {
        return "span " + s.spanId() + " " + s.stance().key() + " claim " + s.claimId();
    }

    static String text(ClaimRating r) {
        return "rating of claim " + r.claimId() + ": " + r.value() + " (" + r.worst() + ".." + r.best() + ") «"
                + r.label() + "» by " + r.reviewer() + (r.explanation() == null ? "" : ": " + r.explanation())
                + (r.evidence().isEmpty() ? "" : " evidence " + String.join(" ", r.evidence()));
    }

    record RecordAdded(ClaimRecord record) implements ClaimChange {
        public void store(ClaimRepository claims) {
            claims.add(record);
        }

        public ClaimChange inverse() {
            return new RecordRemoved(record);
        }

        public String before() {
            return "";
        }

        public String after() {
            return text(record);
        }
    }

    record RecordRemoved(ClaimRecord record) implements ClaimChange {
        public void store(ClaimRepository claims) {
            claims.remove(record.id());
        }

        public ClaimChange inverse() {
            return new RecordAdded(record);
        }

        public String before() {
            return text(record);
        }

        public String after() {
            return "";
        }
    }

    record RecordEdited(ClaimRecord was, ClaimRecord now) implements ClaimChange {
        public void store(ClaimRepository claims) {
            claims.update(now);
        }

        public ClaimChange inverse() {
            return new RecordEdited(now, was);
        }

        public String before() {
            return text(was);
        }

        public String after() {
            return text(now);
        }
    }

    record StanceAdded(ClaimStance stance) implements ClaimChange {
        public void store(ClaimRepository claims) {
            claims.addStance(stance);
        }

        public ClaimChange inverse() {
            return new StanceRemoved(stance);
        }

        public String before() {
            return "";
        }

        public String after() {
            return text(stance);
        }
    }

    record StanceRemoved(ClaimStance stance) implements ClaimChange {
        public void store(ClaimRepository claims) {
            claims.removeStance(stance);
        }

        public ClaimChange inverse() {
            return new StanceAdded(stance);
        }

        public String before() {
            return text(stance);
        }

        public String after() {
            return "";
        }
    }

    /** A rating put on (was null), replaced, or taken off (now null). */
    record RatingChanged(ClaimRating was, ClaimRating now) implements ClaimChange {
        public RatingChanged {
            if (was == null && now == null) {
                throw new IllegalArgumentException("a rating change must change something");
            }
        }

        public void store(ClaimRepository claims) {
            if (now == null) {
                claims.removeRating(was.claimId());
            } else {
                claims.putRating(now);
            }
        }

        public ClaimChange inverse() {
            return new RatingChanged(now, was);
        }

        public String before() {
            return was == null ? "" : text(was);
        }

        public String after() {
            return now == null ? "" : text(now);
        }
    }
}
