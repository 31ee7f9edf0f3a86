package org.isnad.ui.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.isnad.domain.Actor;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.Span;
import org.isnad.service.ActorRegistry;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Marking;
import org.isnad.service.StorageException;
import org.isnad.service.Workspace;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.LinkLine;
import org.isnad.ui.language.UiText;

/**
 * The state and actions of the annotation editor, independent of the controls: the open session,
 * what is selected, marking with S/K/Q/C (the links that come with it are {@link Marking}'s rule),
 * deleting, undo/redo; link mode is {@link Linking}, the status line's texts {@link EditorStatus}.
 * Every action is committed by the service before the status says it is saved.
 */
public final class EditorViewModel {
    private final Workspace workspace;
    private final String user;
    private final UiText text;
    private DocumentCanvas canvas;

    private final ObjectProperty<AnnotationSession> session = new SimpleObjectProperty<>();
    private final StringProperty selectedSpanId = new SimpleStringProperty();
    private final IntegerProperty revision = new SimpleIntegerProperty(0);
    private final ObservableList<AttributionRow> attributions = FXCollections.observableArrayList();
    private final EditorStatus status;
    private final Linking linking;
    private Marking marking;
    private final ClaimProposals claimProposals;

    public EditorViewModel(Workspace workspace, String user, UiText text) {
        this.workspace = workspace;
        this.user = user;
        this.text = text;
        this.status = new EditorStatus(text);
        this.linking = new Linking(this, status);
        this.claimProposals = workspace.claimMatching()
                .map(m -> new ClaimProposals(workspace.claims(), m, user, text)).orElse(null);
        selectedSpanId.addListener((obs, old, now) -> onSelectionChanged(old, now));
    }

    /** Existing claim records proposed for the selected claim, when the program keeps a claim match index. */
    public Optional<ClaimProposals> claimProposals() {
        return Optional.ofNullable(claimProposals);
    }

    /** Attaches the selected claim to the chosen proposed record (A); false when there is nothing to attach. */
    public boolean attachClaimToProposal() {
        boolean done = claimProposals != null && editable() && selectedSpan().isPresent() && claimProposals.attachChosen();
        claimsUndoChanged();
        return done;
    }

    /** Starts a new claim record from the selected claim's text (N); false when no claim is selected. */
    public boolean newClaimRecord() {
        boolean done = claimProposals != null && editable()
                && claimProposals.newRecord(session.get().document().text(), selectedSpan());
        claimsUndoChanged();
        return done;
    }

    /** A set shown read-only (another analyst's, in review) is not the place to file its claims. */
    private boolean editable() {
        return session.get() != null && !session.get().isReadOnly();
    }

    private void claimsUndoChanged() {
        if (claimProposals != null) {
            status.claims(claimProposals.canUndo(), claimProposals.canRedo());
        }
    }

    private void followClaim() {
        if (claimProposals != null) {
            claimProposals.follow(selectedSpan(), session.get() == null ? "" : session.get().document().text());
        }
    }

    public void attach(DocumentCanvas documentCanvas) {
        this.canvas = documentCanvas;
    }

    /** Opens the user's annotations on a document. */
    public void open(String documentId) {
        show(workspace.open(documentId, user));
    }

    /** Shows a session that is already loaded (by {@link #open}, or elsewhere, e.g. off the FX thread). */
    public void show(AnnotationSession opened) {
        linking.stop();
        marking = new Marking(opened);
        if (claimProposals != null) {
            claimProposals.forgetUndo();
            claimsUndoChanged();
        }
        selectedSpanId.set(null);
        canvas.setText(opened.document().text());
        canvas.setHighlights(HighlightOwner.ANNOTATIONS, highlights(opened));
        canvas.setLinks(List.of());
        // listeners (the suggestions) see the new session only once its text and highlights are drawn
        session.set(opened);
        status.opened();
        afterChange();
    }

    public ObjectProperty<AnnotationSession> sessionProperty() {
        return session;
    }

    public Optional<AnnotationSession> session() {
        return Optional.ofNullable(session.get());
    }

    public StringProperty selectedSpanIdProperty() {
        return selectedSpanId;
    }

    public Optional<Span> selectedSpan() {
        AnnotationSession s = session.get();
        String id = selectedSpanId.get();
        return s == null || id == null ? Optional.empty() : s.set().span(id);
    }

    /** The status line's message, which other panels write too. */
    public StringProperty messageProperty() {
        return status.messageProperty();
    }

    public EditorStatus status() {
        return status;
    }

    public Linking linking() {
        return linking;
    }

    /** Increases after every change, so that panels showing the selected annotation refresh. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    public ObservableList<AttributionRow> attributions() {
        return attributions;
    }

    /** Marks the selection in a layer, with the links {@link Marking} adds, and selects the new annotation. */
    public void mark(Layer layer, int selectionStart, int selectionEnd) {
        if (session.get() == null) {
            return;
        }
        if (selectionStart == selectionEnd) {
            status.say("message.select.first");
            return;
        }
        Marking rule = marking;
        String selected = selectedSpanId.get();
        run(() -> rule.mark(layer, selectionStart, selectionEnd, selected), false)
                .ifPresent(span -> selectedSpanId.set(span.id()));
    }

    public void deleteSelected() {
        selectedSpan().ifPresent(span -> perform(() -> {
            session.get().delete(span.id());
            selectedSpanId.set(null);
            return span;
        }));
    }

    /** Moves the selected annotation's boundaries to the current text selection. */
    public void setBoundsOfSelected(int selectionStart, int selectionEnd) {
        selectedSpan().ifPresent(span -> perform(() -> session.get().adjustBounds(span.id(), selectionStart, selectionEnd)));
    }

    public void undo() {
        if (claimProposals != null && claimProposals.undo()) {
            claimsUndoChanged();
            return;
        }
        AnnotationSession s = session.get();
        if (s != null && s.history().canUndo()) {
            perform(() -> {
                s.undo();
                return null;
            });
        }
    }

    public void redo() {
        if (claimProposals != null && claimProposals.redo()) {
            claimsUndoChanged();
            return;
        }
        AnnotationSession s = session.get();
        if (s != null && s.history().canRedo()) {
            perform(() -> {
                s.redo();
                return null;
            });
        }
    }

    /** Runs an edit through the service; the status says "saved" only once the commit returned. */
    public <T> Optional<T> perform(Supplier<T> edit) {
        return run(edit, true);
    }

    /** {@code otherThanMarking}: the edit breaks a "speaker, then quote" sequence. */
    private <T> Optional<T> run(Supplier<T> edit, boolean otherThanMarking) {
        AnnotationSession s = session.get();
        if (s == null) {
            return Optional.empty();
        }
        try {
            T result = edit.get();
            if (claimProposals != null) {
                claimProposals.forgetUndo(); // the editor's own command is the last one now
                claimsUndoChanged();
            }
            if (otherThanMarking && marking != null) {
                marking.otherEdit();
            }
            status.saved();
            afterChange();
            return Optional.ofNullable(result);
        } catch (StorageException e) {
            status.notSaved(e);
            afterChange();
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            status.refused(e);
            return Optional.empty();
        }
    }

    public Optional<Actor> actor(String actorId) {
        return workspace.actors().find(actorId);
    }

    /** The actor registry, for pickers. */
    public ActorRegistry actors() {
        return workspace.actors();
    }

    public UiText text() {
        return text;
    }

    /** Selects an annotation (e.g. from the attributions table) and scrolls to it. */
    public void reveal(String spanId) {
        selectedSpanId.set(spanId);
        selectedSpan().ifPresent(span -> canvas.scrollToOffset(span.start()));
    }

    private void onSelectionChanged(String previous, String now) {
        Optional<String> linkedFrom = linking.picked(now);
        if (linkedFrom.isPresent()) {
            selectedSpanId.set(linkedFrom.get());
            return;
        }
        drawLinks();
        followClaim();
    }

    private void afterChange() {
        AnnotationSession s = session.get();
        // the whole layer is handed over; the view redraws only the paragraphs whose highlights changed
        canvas.setHighlights(HighlightOwner.ANNOTATIONS, highlights(s));
        if (selectedSpanId.get() != null && s.set().span(selectedSpanId.get()).isEmpty()) {
            selectedSpanId.set(null);
        }
        drawLinks();
        attributions.setAll(Attributions.of(s.set(), id -> workspace.actors().find(id).orElse(null), text));
        status.show(s);
        followClaim();
        revision.set(revision.get() + 1);
    }

    private void drawLinks() {
        AnnotationSession s = session.get();
        if (s == null || canvas == null) {
            return;
        }
        String id = selectedSpanId.get();
        List<LinkLine> lines = new ArrayList<>();
        if (id != null) {
            for (Link l : s.set().linksOf(id)) {
                lines.add(new LinkLine(l.fromSpanId(), l.toSpanId()));
            }
        }
        canvas.setLinks(lines);
    }

    private static List<Highlight> highlights(AnnotationSession s) {
        List<Highlight> out = new ArrayList<>(s.set().spans().size());
        for (Span span : s.set().spans()) {
            out.add(new Highlight(span.id(), span.layer().key(), span.start(), span.end()));
        }
        return out;
    }
}
