package org.isnad.ui.inspector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.isnad.ui.editing.EditorViewModel;
import org.isnad.ui.editor.DocumentFont;
import org.isnad.ui.style.StyleClasses;

/**
 * The inspector of the selected annotation, to put beside the document (e.g. in a SplitPane). It
 * follows the editor's selection and revision, and redraws only when what it shows has changed.
 */
public final class InspectorPane extends BorderPane {
    private final InspectorModel model;
    private final CommitField note;
    private final QuoteSection quote;
    private final ClaimSection claim;
    private final SpeakerSection speaker;
    private final LinkList links;
    private Optional<InspectorState> shown;
    private boolean refreshing;
    private boolean again;

    @FXML private Label placeholder;
    @FXML private ScrollPane scroll;
    @FXML private Label layerLabel;
    @FXML private VBox textBox;
    @FXML private Label readOnly;
    @FXML private VBox noteBox;
    @FXML private VBox sections;
    @FXML private VBox linksBox;
    private final TokenFlow spanText = Fields.documentText(StyleClasses.INSPECTOR_TEXT, 19);

    public InspectorPane(EditorViewModel editor) {
        this(new InspectorModel(editor));
    }

    public InspectorPane(InspectorModel model) {
        this.model = model;
        DocumentFont.family(); // the stylesheet names Amiri; it must be loaded before the first layout
        FXMLLoader loader = new FXMLLoader(InspectorPane.class.getResource("/fxml/inspector.fxml"),
                model.editor().text().bundle());
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the inspector's layout could not be loaded", e);
        }
        getStylesheets().add(InspectorPane.class.getResource("/styles/inspector.css").toExternalForm());
        setNodeOrientation(model.editor().text().orientation());

        textBox.getChildren().add(spanText);
        note = new CommitField(StyleClasses.INSPECTOR_NOTE, model.editor().text().get("inspector.note.prompt"));
        note.setOnCommit(model::setNote);
        noteBox.getChildren().add(Fields.labelled(model.editor().text().get("inspector.note"), note));
        quote = new QuoteSection(model);
        claim = new ClaimSection(model);
        speaker = new SpeakerSection(model);
        sections.getChildren().addAll(quote, claim, speaker);
        links = new LinkList(model.editor().text(), true, "inspector.links.none");
        links.setOnGoTo(model::goTo);
        links.setOnRemove(model::unlink);
        linksBox.getChildren().add(links);

        EditorViewModel editor = model.editor();
        editor.selectedSpanIdProperty().addListener((obs, old, now) -> {
            flush();
            refresh();
        });
        editor.revisionProperty().addListener((obs, old, now) -> refresh());
        editor.sessionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    public InspectorModel model() {
        return model;
    }

    /** Redraws from the current selection; does nothing when the panel would look the same. */
    public void refresh() {
        if (refreshing) {
            again = true; // an edit committed while redrawing: draw once more afterwards
            return;
        }
        refreshing = true;
        try {
            do {
                again = false;
                show(model.state());
            } while (again);
        } finally {
            refreshing = false;
        }
    }

    /** Commits text being typed, to the annotation it was typed for. */
    public void flush() {
        note.commit();
        claim.flush();
    }

    private void show(Optional<InspectorState> state) {
        if (state.equals(shown)) {
            return;
        }
        String before = shown == null ? null : shown.map(InspectorState::spanId).orElse(null);
        shown = state;
        placeholder.setVisible(state.isEmpty());
        scroll.setVisible(state.isPresent());
        if (state.isEmpty()) {
            return;
        }
        InspectorState s = state.get();
        layerLabel.setText(s.layerName());
        layerLabel.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.LAYER_PREFIX) && !c.equals(StyleClasses.LAYER_CHIP));
        layerLabel.getStyleClass().add(StyleClasses.layer(s.layer().key()));
        spanText.setText(s.text());
        readOnly.setVisible(!s.editable());
        readOnly.setManaged(!s.editable());
        note.load(s.spanId(), s.note());
        note.setDisable(!s.editable());
        showSection(quote, s.showsQuote(), s.editable());
        showSection(claim, s.showsClaim(), s.editable());
        showSection(speaker, s.showsSpeaker(), s.editable());
        if (s.showsQuote()) {
            quote.show(s);
        }
        if (s.showsClaim()) {
            claim.show(s);
        }
        if (s.showsSpeaker()) {
            speaker.show(s);
        }
        links.show(s.links(), s.editable());
        if (!Objects.equals(before, s.spanId())) {
            scroll.setVvalue(0);
        }
    }

    private static void showSection(Node section, boolean visible, boolean editable) {
        section.setVisible(visible);
        section.setManaged(visible);
        section.setDisable(!editable);
    }
}
