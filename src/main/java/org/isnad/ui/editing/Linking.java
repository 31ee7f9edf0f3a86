package org.isnad.ui.editing;

import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.service.AnnotationSession;

/**
 * Link mode: L (or the Link button) with an annotation selected, then a click on another one links
 * the two by the one link type that joins their layers, in whichever direction it runs.
 */
public final class Linking {
    private final EditorViewModel editor;
    private final EditorStatus status;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private String sourceId;

    Linking(EditorViewModel editor, EditorStatus status) {
        this.editor = editor;
        this.status = status;
    }

    /** On while the next annotation selected becomes the other end; the Link button shows and sets it. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Starts linking from the selected annotation. */
    public void start() {
        Optional<Span> source = editor.selectedSpan();
        if (source.isEmpty()) {
            active.set(false);
            status.say("message.link.select.first");
            return;
        }
        sourceId = source.get().id();
        active.set(true);
        status.say("message.link.pick");
    }

    public void cancel() {
        if (active.get()) {
            active.set(false);
            status.say("message.link.cancelled");
        }
    }

    void stop() {
        active.set(false);
    }

    /**
     * The selection moved to {@code selectedId}: while linking, that is the other end. Returns the
     * annotation linked from, to be selected again, or empty when this selection was no pick.
     */
    Optional<String> picked(String selectedId) {
        if (!active.get() || selectedId == null || sourceId == null || selectedId.equals(sourceId)) {
            return Optional.empty();
        }
        String source = sourceId;
        active.set(false);
        sourceId = null;
        link(source, selectedId);
        return Optional.of(source);
    }

    private void link(String sourceId, String targetId) {
        AnnotationSession s = editor.session().orElseThrow();
        Span source = s.set().requireSpan(sourceId);
        Span target = s.set().requireSpan(targetId);
        for (LinkType type : LinkType.values()) {
            if (type.from() == source.layer() && type.to() == target.layer()) {
                editor.perform(() -> s.link(type, source.id(), target.id()));
                return;
            }
        }
        for (LinkType type : LinkType.values()) {
            if (type.from() == target.layer() && type.to() == source.layer()) {
                editor.perform(() -> s.link(type, target.id(), source.id()));
                return;
            }
        }
        status.say("message.link.impossible", status.layerName(source.layer()), status.layerName(target.layer()));
    }
}
