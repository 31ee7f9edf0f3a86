package org.isnad.ui.editing;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.isnad.domain.Layer;
import org.isnad.service.Action;
import org.isnad.service.AnnotationSession;
import org.isnad.ui.language.UiText;

/**
 * What the status line says about the editor (saved or not, counts, what Undo will undo, the last
 * message) and whether Undo and Redo can do anything, in the window's language.
 */
public final class EditorStatus {
    private final UiText text;
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper savedState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private boolean sessionUndo;
    private boolean sessionRedo;
    private boolean claimUndo;
    private boolean claimRedo;
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    EditorStatus(UiText text) {
        this.text = text;
    }

    /** The last message; other panels (suggestions, review, imports) write theirs here too. */
    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty savedStateProperty() {
        return savedState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** How an undoable step reads in the status line and the audit: its verb and excerpt. */
    public String describe(Action action) {
        String verb = text.get(action.key());
        return action.excerpt() == null || action.excerpt().isEmpty() ? verb : verb + " «" + action.excerpt() + "»";
    }

    void opened() {
        savedState.set(text.get("status.saved.all"));
    }

    /** The service committed the edit. */
    void saved() {
        savedState.set(text.format("status.saved.at",
                text.digits(LocalTime.now(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("HH:mm:ss")))));
        message.set("");
    }

    /** Storage failed: the edit may not have been kept, and the analyst must see that. */
    void notSaved(Throwable failure) {
        savedState.set(text.get("status.not.saved"));
        message.set(text.describe(failure));
    }

    /** The model or the service refused the edit; nothing changed. */
    void refused(Throwable refusal) {
        message.set(text.describe(refusal));
    }

    String layerName(Layer layer) {
        return text.get("layer." + layer.key());
    }

    void say(String key, Object... args) {
        message.set(args.length == 0 ? text.get(key) : text.format(key, args));
    }

    /** Counts, the undo text and the undo/redo states after a change to the session. */
    void show(AnnotationSession s) {
        undoText.set(s.history().undoAction().map(a -> text.format("status.undo", describe(a))).orElse(""));
        Map<Layer, Integer> c = s.set().countsByLayer();
        counts.set(text.format("status.counts", c.get(Layer.SPEAKER), c.get(Layer.CUE), c.get(Layer.QUOTE),
                c.get(Layer.CLAIM), s.set().links().size()));
        sessionUndo = s.history().canUndo();
        sessionRedo = s.history().canRedo();
        canUndo.set(sessionUndo || claimUndo);
        canRedo.set(sessionRedo || claimRedo);
    }

    /** Undo and Redo take back claim record commands done from the editor (issue 17) before the session's. */
    void claims(boolean undo, boolean redo) {
        claimUndo = undo;
        claimRedo = redo;
        canUndo.set(sessionUndo || claimUndo);
        canRedo.set(sessionRedo || claimRedo);
    }
}
