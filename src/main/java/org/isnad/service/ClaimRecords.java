package org.isnad.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimRecordSummary;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Contradiction;
import org.isnad.domain.Contradictions;
import org.isnad.domain.DomainException;
import org.isnad.domain.Stance;
import org.isnad.message.Message;
import org.isnad.service.ClaimChange.RatingChanged;
import org.isnad.service.ClaimChange.RecordAdded;
import org.isnad.service.ClaimChange.RecordEdited;
import org.isnad.service.ClaimChange.RecordRemoved;
import org.isnad.service.ClaimChange.StanceAdded;
import org.isnad.service.ClaimChange.StanceRemoved;

/**
 * Claim records across the corpus (issue 17): new, edit, attach and detach claim spans, merge, split and
 * delete, each an undoable command recorded in the audit trail ({@link ClaimHistory}); what a record's
 * page shows (appearances, contradictions). Rating is {@link ClaimRatings}.
 */
public final class ClaimRecords {
    private final Repositories repositories;
    private final Clock clock;
    private final ClaimHistory history;

    public ClaimRecords(Repositories repositories, Clock clock) {
        this(repositories, clock, new ClaimHistory(repositories, clock));
    }

    public ClaimRecords(Repositories repositories, Clock clock, ClaimHistory history) {
        this.repositories = repositories;
        this.clock = clock;
        this.history = history;
    }

    public ClaimHistory history() {
        return history;
    }

    public List<ClaimRecordSummary> list() {
        return claims().summaries();
    }

    public ClaimRecord require(String claimId) {
        return claims().find(claimId).orElseThrow(() -> new DomainException(Message.of("claims.unknown", claimId)));
    }

    public List<ClaimStance> stances(String claimId) {
        require(claimId);
        return claims().stancesOf(claimId);
    }

    public List<ClaimAppearance> appearances(String claimId) {
        require(claimId);
        return claims().appearances(claimId);
    }

    public List<Contradiction> contradictions(String claimId) {
        return Contradictions.find(appearances(claimId));
    }

    public boolean isRated(String claimId) {
        return claims().rating(claimId).isPresent();
    }

    public Optional<ClaimStance> recordOf(String spanId) {
        return claims().stanceOfSpan(spanId);
    }

    public ClaimRecord create(String statement, String gloss, String user) {
        ClaimRecord record = ClaimRecord.create(statement, gloss, clock.instant(), user);
        history.execute(new ClaimCommand("claims.action.new", "New claim record «" + record.statement() + "»",
                List.of(new RecordAdded(record))), user);
        return record;
    }

    /** A new record with a claim span attached to it at once, in one command. */
    public ClaimRecord createFrom(String spanId, String statement, String gloss, Stance stance, String user) {
        requireSpan(spanId);
        ClaimRecord record = ClaimRecord.create(statement, gloss, clock.instant(), user);
        List<ClaimChange> changes = new ArrayList<>();
        changes.add(new RecordAdded(record));
        claims().stanceOfSpan(spanId).ifPresent(old -> changes.add(new StanceRemoved(old)));
        changes.add(new StanceAdded(new ClaimStance(record.id(), spanId, stance)));
        history.execute(new ClaimCommand("claims.action.new", "New claim record «" + record.statement()
                + "» from span " + spanId, changes), user);
        return record;
    }

    public ClaimRecord edit(String claimId, String statement, String gloss, String user) {
        ClaimRecord was = require(claimId);
        ClaimRecord now = was.withText(statement, gloss);
        if (now.equals(was)) {
            return was;
        }
        history.execute(new ClaimCommand("claims.action.edit", "Edit claim record «" + was.statement() + "»",
                List.of(new RecordEdited(was, now))), user);
        return now;
    }

    /** Links a claim span of a given document to a record; refused when the span is in another document. */
    public ClaimStance attach(String documentId, String spanId, String claimId, Stance stance, String user) {
        String actual = requireSpan(spanId);
        if (!actual.equals(documentId)) {
            throw new DomainException(Message.of("claims.span.other.document", spanId, documentId, actual));
        }
        return attach(spanId, claimId, stance, user);
    }

    /** Links a claim span to a record (moving it from the record it was linked to, if any). */
    public ClaimStance attach(String spanId, String claimId, Stance stance, String user) {
        ClaimRecord record = require(claimId);
        requireSpan(spanId);
        ClaimStance stanceNow = new ClaimStance(claimId, spanId, stance);
        Optional<ClaimStance> old = claims().stanceOfSpan(spanId);
        if (old.isPresent() && old.get().equals(stanceNow)) {
            return stanceNow;
        }
        List<ClaimChange> changes = new ArrayList<>();
        old.ifPresent(o -> changes.add(new StanceRemoved(o)));
        changes.add(new StanceAdded(stanceNow));
        history.execute(new ClaimCommand("claims.action.attach", "Attach span " + spanId + " (" + stanceNow.stance().key()
                + ") to claim record «" + record.statement() + "»", changes), user);
        return stanceNow;
    }

    public void detach(String spanId, String user) {
        ClaimStance stance = claims().stanceOfSpan(spanId).orElseThrow(() ->
                new DomainException(Message.of("claims.span.not.attached", spanId)));
        history.execute(new ClaimCommand("claims.action.detach", "Detach span " + spanId + " from claim record "
                + stance.claimId(), List.of(new StanceRemoved(stance))), user);
    }

    /**
     * Merges {@code otherId} into {@code keepId}: every span of the other record moves to the kept one with
     * its stance; the other record and its rating go. The kept record's statement and rating stay.
     */
    public ClaimRecord merge(String keepId, String otherId, String user) {
        return merge(keepId, List.of(otherId), user);
    }

    /** Merges several records into {@code keepId} at once: one command, undone in one step. */
    public ClaimRecord merge(String keepId, List<String> otherIds, String user) {
        ClaimRecord keep = require(keepId);
        if (otherIds.isEmpty()) {
            throw new DomainException(Message.of("claims.merge.same", keepId));
        }
        List<ClaimChange> changes = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        for (String otherId : new java.util.LinkedHashSet<>(otherIds)) {
            if (keepId.equals(otherId)) {
                throw new DomainException(Message.of("claims.merge.same", keepId));
            }
            ClaimRecord other = require(otherId);
            for (ClaimStance s : claims().stancesOf(otherId)) {
                changes.add(new StanceRemoved(s));
                changes.add(new StanceAdded(s.movedTo(keepId)));
            }
            claims().rating(otherId).ifPresent(r -> changes.add(new RatingChanged(r, null)));
            changes.add(new RecordRemoved(other));
            merged.add("«" + other.statement() + "»");
        }
        history.execute(new ClaimCommand("claims.action.merge", "Merge claim record" + (merged.size() > 1 ? "s " : " ")
                + String.join(", ", merged) + " into «" + keep.statement() + "»", changes), user);
        return keep;
    }

    /** Moves the given spans of a record to a new record with its own statement; returns the new record. */
    public ClaimRecord split(String claimId, Set<String> spanIds, String statement, String gloss, String user) {
        ClaimRecord from = require(claimId);
        List<ClaimStance> moving = claims().stancesOf(claimId).stream().filter(s -> spanIds.contains(s.spanId())).toList();
        if (spanIds.isEmpty() || moving.size() != spanIds.size()) {
            throw new DomainException(Message.of("claims.split.spans", claimId));
        }
        ClaimRecord record = ClaimRecord.create(statement, gloss, clock.instant(), user);
        List<ClaimChange> changes = new ArrayList<>();
        changes.add(new RecordAdded(record));
        for (ClaimStance s : moving) {
            changes.add(new StanceRemoved(s));
            changes.add(new StanceAdded(s.movedTo(record.id())));
        }
        history.execute(new ClaimCommand("claims.action.split", "Split «" + record.statement() + "» off claim record «"
                + from.statement() + "» (" + moving.size() + " spans)", changes), user);
        return record;
    }

    /** Deletes a record with its links and rating; the claim spans stay. Undo brings all of it back. */
    public void delete(String claimId, String user) {
        ClaimRecord record = require(claimId);
        List<ClaimChange> changes = new ArrayList<>();
        claims().stancesOf(claimId).forEach(s -> changes.add(new StanceRemoved(s)));
        claims().rating(claimId).ifPresent(r -> changes.add(new RatingChanged(r, null)));
        changes.add(new RecordRemoved(record));
        history.execute(new ClaimCommand("claims.action.delete", "Delete claim record «" + record.statement() + "»",
                changes), user);
    }

    public void undo(String user) {
        history.undo(user);
    }

    public void redo(String user) {
        history.redo(user);
    }

    void rate(ClaimRecord record, ClaimRating signed, String user) {
        Optional<ClaimRating> was = claims().rating(record.id());
        history.execute(new ClaimCommand("claims.action.rate", "Rate claim record «" + record.statement() + "» "
                + signed.value() + " «" + signed.label() + "»", List.of(new RatingChanged(was.orElse(null), signed))), user);
    }

    private String requireSpan(String spanId) {
        return claims().documentOfClaimSpan(spanId).orElseThrow(() ->
                new DomainException(Message.of("claims.span.unknown", spanId)));
    }

    private ClaimRepository claims() {
        return repositories.claims();
    }
}
