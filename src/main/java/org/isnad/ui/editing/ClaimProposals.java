package org.isnad.ui.editing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.ClaimStance;
import org.isnad.domain.Span;
import org.isnad.domain.Stance;
import org.isnad.service.ClaimChange;
import org.isnad.service.ClaimCommand;
import org.isnad.service.ClaimMatching;
import org.isnad.service.ClaimProposal;
import org.isnad.service.ClaimRecords;
import org.isnad.ui.language.UiText;

/**
 * Issue 17 §2 in the editor: when the selected annotation is a claim (just marked, or an accepted
 * suggestion), the existing claim records that say the same thing are looked up off the window's thread
 * (typing never waits) and offered; one key attaches the claim to the chosen record with the chosen stance,
 * another starts a new record from its text. Both are undoable claim commands ({@link ClaimRecords}); the
 * editor's Undo takes them back first while nothing else was edited since.
 */
public final class ClaimProposals {
    static final int MAX = 5;
    private final ClaimRecords records;
    private final ClaimMatching matching;
    private final String user;
    private final UiText text;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "isnad-claim-proposals");
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<ClaimProposal> proposals = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimProposal> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<Stance> stance = new SimpleObjectProperty<>(Stance.ASSERTS);
    private final StringProperty spanId = new SimpleStringProperty();
    private final ObjectProperty<ClaimRecord> attachedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<Stance> attachedStance = new SimpleObjectProperty<>();
    private final BooleanProperty looking = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** The claim commands done here, most recent first, that the editor's Undo takes back before its own. */
    private final Deque<ClaimCommand> done = new ArrayDeque<>();
    private final Deque<ClaimCommand> undone = new ArrayDeque<>();
    private java.util.function.Consumer<String> openRecord = id -> { };
    private String query;
    private long generation;

    public ClaimProposals(ClaimRecords records, ClaimMatching matching, String user, UiText text) {
        this.records = records;
        this.matching = matching;
        this.user = user;
        this.text = text;
    }

    /** Follows the selected annotation: proposals for a claim, nothing for anything else. */
    public void follow(Optional<Span> selected, String documentText) {
        Span span = selected.filter(s -> s.attributes() instanceof ClaimDetails).orElse(null);
        if (span == null) {
            query = null;
            generation++;
            spanId.set(null);
            proposals.clear();
            chosen.set(null);
            attachedTo.set(null);
            looking.set(false);
            return;
        }
        String claimText = claimText(span, documentText);
        String key = span.id() + "\u0000" + claimText;
        if (key.equals(query)) {
            return;
        }
        if (!span.id().equals(spanId.get())) {
            message.set("");
        }
        query = key;
        spanId.set(span.id());
        lookUp(span.id(), claimText);
    }

    /** The normalized text when the analyst wrote one, else the words of the span. */
    static String claimText(Span span, String documentText) {
        String normalized = ((ClaimDetails) span.attributes()).normalizedText();
        return normalized != null ? normalized : span.textIn(documentText).strip();
    }

    private void lookUp(String id, String claimText) {
        long asked = ++generation;
        looking.set(true);
        worker.submit(() -> {
            List<ClaimProposal> found;
            Optional<ClaimStance> current;
            try {
                found = matching.proposeBuilt(claimText, MAX + 1);
                current = records.recordOf(id);
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (asked == generation) {
                        looking.set(false);
                        message.set(text.describe(e));
                    }
                });
                return;
            }
            Optional<ClaimRecord> record = current.flatMap(s -> found.stream().map(ClaimProposal::record)
                    .filter(r -> r.id().equals(s.claimId())).findFirst().or(() -> find(s.claimId())));
            List<ClaimProposal> others = found.stream()
                    .filter(p -> current.map(s -> !s.claimId().equals(p.record().id())).orElse(true)).limit(MAX).toList();
            Platform.runLater(() -> {
                if (asked != generation) {
                    return; // the selection moved on meanwhile
                }
                proposals.setAll(others);
                chosen.set(others.isEmpty() ? null : others.get(0));
                attachedStance.set(current.map(ClaimStance::stance).orElse(null));
                attachedTo.set(record.orElse(null));
                looking.set(false);
            });
        });
    }

    private Optional<ClaimRecord> find(String claimId) {
        try {
            return Optional.of(records.require(claimId));
        } catch (RuntimeException e) {
            return Optional.empty(); // deleted meanwhile
        }
    }

    /** Attaches the claim to the chosen proposal with the chosen stance; false when there is none. */
    public boolean attachChosen() {
        ClaimProposal proposal = chosen.get();
        String id = spanId.get();
        if (proposal == null || id == null) {
            return false;
        }
        String was = records.recordOf(id).map(ClaimStance::claimId).orElse(null);
        try {
            records.attach(id, proposal.record().id(), stance.get(), user);
        } catch (RuntimeException e) {
            message.set(text.describe(e));
            return true;
        }
        remember();
        message.set(text.format("claims.proposals.attached", proposal.record().statement(),
                text.get("claims.stance." + stance.get().key())));
        reindex(proposal.record().id(), was);
        return true;
    }

    /** Starts a new record whose statement is the claim's text, the claim attached with the chosen stance. */
    public boolean newRecord(String documentText, Optional<Span> selected) {
        Span span = selected.filter(s -> s.attributes() instanceof ClaimDetails).orElse(null);
        if (span == null) {
            return false;
        }
        String was = records.recordOf(span.id()).map(ClaimStance::claimId).orElse(null);
        ClaimRecord record;
        try {
            record = records.createFrom(span.id(), claimText(span, documentText), null, stance.get(), user);
        } catch (RuntimeException e) {
            message.set(text.describe(e));
            return true;
        }
        remember();
        message.set(text.format("claims.proposals.created", record.statement()));
        reindex(record.id(), was);
        return true;
    }

    private void remember() {
        records.history().undoable().ifPresent(done::push);
        undone.clear();
        requery();
    }

    /** Takes back the last claim command done here, if nothing else was done to the claim records since. */
    public boolean undo() {
        ClaimCommand last = done.peek();
        if (last == null || records.history().undoable().orElse(null) != last) {
            done.clear();
            return false;
        }
        records.undo(user);
        undone.push(done.pop());
        message.set(text.format("claims.proposals.undone", text.get(last.key())));
        reindexAll(last);
        requery();
        return true;
    }

    public boolean redo() {
        ClaimCommand next = undone.peek();
        if (next == null || records.history().redoable().orElse(null) != next) {
            undone.clear();
            return false;
        }
        records.redo(user);
        done.push(undone.pop());
        message.set(text.format("claims.proposals.redone", text.get(next.key())));
        reindexAll(next);
        requery();
        return true;
    }

    /** The editor edited the document: its Undo is the editor's own again. */
    void forgetUndo() {
        done.clear();
        undone.clear();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    private void requery() {
        String id = spanId.get();
        if (id != null && query != null) {
            lookUp(id, query.substring(query.indexOf('\u0000') + 1));
        }
    }

    private void reindex(String claimId, String previous) {
        worker.submit(() -> {
            matching.refresh(claimId);
            if (previous != null && !Objects.equals(previous, claimId)) {
                matching.refresh(previous);
            }
        });
    }

    private void reindexAll(ClaimCommand command) {
        List<String> ids = command.changes().stream().map(ClaimChange::claimOf).distinct().toList();
        worker.submit(() -> ids.forEach(matching::refresh));
    }

    /** Where "Open the record's page" goes (the claims window, at the record). */
    public void setOnOpenRecord(java.util.function.Consumer<String> open) {
        this.openRecord = open;
    }

    public void openRecord(String claimId) {
        openRecord.accept(claimId);
    }

    public ObservableList<ClaimProposal> proposals() {
        return proposals;
    }

    public ObjectProperty<ClaimProposal> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<Stance> stanceProperty() {
        return stance;
    }

    /** The claim whose proposals are shown (null: the selection is no claim). */
    public StringProperty spanIdProperty() {
        return spanId;
    }

    /** The record the claim belongs to already, if any. */
    public ObjectProperty<ClaimRecord> attachedToProperty() {
        return attachedTo;
    }

    public ObjectProperty<Stance> attachedStanceProperty() {
        return attachedStance;
    }

    public BooleanProperty lookingProperty() {
        return looking;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
