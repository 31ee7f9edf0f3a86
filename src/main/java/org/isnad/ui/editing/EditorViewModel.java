package org.isnad.ui.editing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.isnad.domain.Actor;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.Action;
import org.isnad.service.ActorRegistry;
import org.isnad.service.AnnotationSession;
import org.isnad.service.StorageException;
import org.isnad.service.Workspace;
import org.isnad.ui.editor.DocumentCanvas;
import org.isnad.ui.editor.HighlightOwner;
import org.isnad.ui.editor.Highlight;
import org.isnad.ui.editor.LinkLine;
import org.isnad.ui.language.UiText;

/**
 * The state and actions of the annotation editor, independent of the controls: what is selected,
 * marking with S/K/Q/C (with the quick links an analyst expects), linking, deleting, undo/redo,
 * and what the status line says. Every action is committed by the service before the status says
 * it is saved.
 */
public final class EditorViewModel {
    private final Workspace workspace;
    private final String user;
    private final UiText text;
    private DocumentCanvas canvas;

    private final ObjectProperty<AnnotationSession> session = new SimpleObjectProperty<>();
    private final StringProperty selectedSpanId = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty savedState = new SimpleStringProperty("");
    private final StringProperty undoText = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final BooleanProperty linkMode = new SimpleBooleanProperty(false);
    private final IntegerProperty revision = new SimpleIntegerProperty(0);
    private final ObservableList<AttributionRow> attributions = FXCollections.observableArrayList();
    private String linkSourceId;
    private String speakerJustMarked;

    public EditorViewModel(Workspace workspace, String user, UiText text) {
        this.workspace = workspace;
        this.user = user;
        this.text = text;
        selectedSpanId.addListener((obs, old, now) -> onSelectionChanged(old, now));
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
        linkMode.set(false);
        speakerJustMarked = null;
        selectedSpanId.set(null);
        canvas.setText(opened.document().text());
        canvas.setHighlights(HighlightOwner.ANNOTATIONS, highlights(opened));
        canvas.setLinks(List.of());
        // listeners (the suggestions) see the new session only once its text and highlights are drawn
        session.set(opened);
        savedState.set(text.get("status.saved.all"));
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

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty savedStateProperty() {
        return savedState;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public BooleanProperty linkModeProperty() {
        return linkMode;
    }

    /** Increases after every change, so that panels showing the selected annotation refresh. */
    public IntegerProperty revisionProperty() {
        return revision;
    }

    public ObservableList<AttributionRow> attributions() {
        return attributions;
    }

    /**
     * Marks the selection in a layer. Quick links: a quote marked right after a speaker is
     * attributed to that speaker; with a quote selected, a new speaker or cue is linked to it and a
     * new claim is expressed by it (with the quote's speaker as claimant).
     */
    public void mark(Layer layer, int selectionStart, int selectionEnd) {
        AnnotationSession s = session.get();
        if (s == null) {
            return;
        }
        if (selectionStart == selectionEnd) {
            message.set(text.get("message.select.first"));
            return;
        }
        Optional<Span> selectedQuote = selectedSpan().filter(sp -> sp.layer() == Layer.QUOTE);
        String previousSpeaker = speakerJustMarked;
        Optional<Span> marked = perform(() -> {
            if (layer == Layer.QUOTE && previousSpeaker != null && s.set().span(previousSpeaker).isPresent()) {
                return s.markQuoteOf(previousSpeaker, selectionStart, selectionEnd);
            }
            if (layer == Layer.CLAIM && selectedQuote.isPresent()) {
                return s.markClaimOf(selectedQuote.get().id(), selectionStart, selectionEnd);
            }
            if (layer == Layer.SPEAKER && selectedQuote.isPresent() && free(selectedQuote.get(), LinkType.ATTRIBUTED_TO)) {
                return s.markLinked(layer, selectionStart, selectionEnd, LinkType.ATTRIBUTED_TO, selectedQuote.get().id());
            }
            if (layer == Layer.CUE && selectedQuote.isPresent() && free(selectedQuote.get(), LinkType.CUED_BY)) {
                return s.markLinked(layer, selectionStart, selectionEnd, LinkType.CUED_BY, selectedQuote.get().id());
            }
            return s.mark(layer, selectionStart, selectionEnd);
        });
        marked.ifPresent(span -> {
            selectedSpanId.set(span.id());
            speakerJustMarked = layer == Layer.SPEAKER ? span.id() : null;
        });
    }

    private boolean free(Span quote, LinkType type) {
        return session.get().set().linksFrom(quote.id(), type).isEmpty();
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

    /** Starts linking: the next annotation clicked becomes the other end of the link. */
    public void startLink() {
        Optional<Span> source = selectedSpan();
        if (source.isEmpty()) {
            linkMode.set(false);
            message.set(text.get("message.link.select.first"));
            return;
        }
        linkSourceId = source.get().id();
        linkMode.set(true);
        message.set(text.get("message.link.pick"));
    }

    public void cancel() {
        if (linkMode.get()) {
            linkMode.set(false);
            message.set(text.get("message.link.cancelled"));
        }
    }

    public void undo() {
        AnnotationSession s = session.get();
        if (s != null && s.history().canUndo()) {
            perform(() -> {
                s.undo();
                return null;
            });
        }
    }

    public void redo() {
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
        AnnotationSession s = session.get();
        if (s == null) {
            return Optional.empty();
        }
        try {
            T result = edit.get();
            speakerJustMarked = null;
            savedState.set(text.format("status.saved.at",
                    LocalTime.now(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
            message.set("");
            afterChange();
            return Optional.ofNullable(result);
        } catch (StorageException e) {
            savedState.set(text.get("status.not.saved"));
            message.set(e.getMessage());
            afterChange();
            return Optional.empty();
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
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

    public String describe(Action action) {
        String verb = text.get(action.key());
        return action.excerpt() == null || action.excerpt().isEmpty() ? verb : verb + " «" + action.excerpt() + "»";
    }

    /** Selects an annotation (e.g. from the attributions table) and scrolls to it. */
    public void reveal(String spanId) {
        selectedSpanId.set(spanId);
        selectedSpan().ifPresent(span -> canvas.scrollToOffset(span.start()));
    }

    private void onSelectionChanged(String previous, String now) {
        if (linkMode.get() && now != null && linkSourceId != null && !now.equals(linkSourceId)) {
            String source = linkSourceId;
            linkMode.set(false);
            linkSourceId = null;
            linkTo(source, now);
            selectedSpanId.set(source);
            return;
        }
        drawLinks();
    }

    private void linkTo(String sourceId, String targetId) {
        AnnotationSession s = session.get();
        Span source = s.set().requireSpan(sourceId);
        Span target = s.set().requireSpan(targetId);
        for (LinkType type : LinkType.values()) {
            if (type.from() == source.layer() && type.to() == target.layer()) {
                perform(() -> s.link(type, source.id(), target.id()));
                return;
            }
        }
        for (LinkType type : LinkType.values()) {
            if (type.from() == target.layer() && type.to() == source.layer()) {
                perform(() -> s.link(type, target.id(), source.id()));
                return;
            }
        }
        message.set(text.format("message.link.impossible", text.get("layer." + source.layer().key()),
                text.get("layer." + target.layer().key())));
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
        undoText.set(s.history().undoAction().map(a -> text.format("status.undo", describe(a))).orElse(""));
        Map<Layer, Integer> c = s.set().countsByLayer();
        counts.set(text.format("status.counts", c.get(Layer.SPEAKER), c.get(Layer.CUE), c.get(Layer.QUOTE),
                c.get(Layer.CLAIM), s.set().links().size()));
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
