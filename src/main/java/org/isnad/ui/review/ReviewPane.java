package org.isnad.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.isnad.domain.Layer;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * The review panel beside the document in review mode (in the inspector's place): whose set, the
 * progress, the filters, the current annotation with its verdict, the comment field for R and for
 * requesting changes, and buttons for every key. It shows {@link ReviewMode}; it holds no state.
 */
public final class ReviewPane extends VBox {
    /** An entry of the layer filter; {@code layer} null means every layer. */
    record LayerChoice(Layer layer, String label) {
    }

    private final ReviewMode mode;
    private final UiText text;
    private final Runnable focusDocument;
    private final WrappedText title = new WrappedText(StyleClasses.REVIEW_TITLE, 16);
    private final WrappedText progress = new WrappedText(StyleClasses.REVIEW_PROGRESS, 15);
    private final Label position = new Label();
    private final Label layer = new Label();
    private final WrappedText excerpt = new WrappedText(StyleClasses.REVIEW_EXCERPT, 19);
    private final WrappedText verdict = new WrappedText(StyleClasses.REVIEW_VERDICT, 15);
    private final WrappedText commentLabel = new WrappedText(StyleClasses.REVIEW_COMMENT_LABEL, 14);
    private final TextField comment = new TextField();
    private final VBox commentBox = new VBox(4);
    private final ComboBox<VerdictFilter> verdictFilter = new ComboBox<>();
    private final ComboBox<LayerChoice> layerFilter = new ComboBox<>();
    private final FlowPane steps;

    public ReviewPane(ReviewMode mode, Runnable focusDocument, Runnable approve, Runnable requestChanges, Runnable fix,
                      Runnable leave) {
        this.mode = mode;
        this.text = mode.text();
        this.focusDocument = focusDocument;
        getStyleClass().add(StyleClasses.REVIEW_PANE);
        setSpacing(8);
        setNodeOrientation(text.orientation());

        Label heading = new Label(text.get("review.pane.heading"));
        heading.getStyleClass().add(StyleClasses.REVIEW_HEADING);

        verdictFilter.getItems().setAll(VerdictFilter.values());
        verdictFilter.setConverter(converter(f -> f == null ? "" : text.get(f.messageKey())));
        verdictFilter.valueProperty().bindBidirectional(mode.verdictFilterProperty());
        verdictFilter.getStyleClass().add(StyleClasses.REVIEW_VERDICT_FILTER);
        List<LayerChoice> layers = new ArrayList<>();
        layers.add(new LayerChoice(null, text.get("review.filter.layers.all")));
        for (Layer l : Layer.values()) {
            layers.add(new LayerChoice(l, text.get("layer." + l.key())));
        }
        layerFilter.getItems().setAll(layers);
        layerFilter.setConverter(converter(c -> c == null ? "" : c.label()));
        layerFilter.getSelectionModel().select(0);
        layerFilter.valueProperty().addListener((o, a, b) -> mode.layerFilterProperty().set(b == null ? null : b.layer()));
        layerFilter.getStyleClass().add(StyleClasses.REVIEW_LAYER_FILTER);
        verdictFilter.setFocusTraversable(false);
        layerFilter.setFocusTraversable(false);
        verdictFilter.setOnHidden(e -> focusDocument.run());
        layerFilter.setOnHidden(e -> focusDocument.run());
        FlowPane filters = new FlowPane(6, 4, new Label(text.get("review.filter.label")), verdictFilter, layerFilter);

        position.getStyleClass().add(StyleClasses.REVIEW_POSITION);
        layer.getStyleClass().add(StyleClasses.LAYER_CHIP);
        // the annotation's text is Arabic whatever the window's language
        excerpt.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        HBox currentLine = new HBox(8, position, layer);

        comment.getStyleClass().add(StyleClasses.REVIEW_COMMENT);
        comment.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (mode.giveComment(comment.getText())) {
                    comment.clear();
                    focusDocument.run();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                mode.cancelComment();
                comment.clear();
                focusDocument.run();
                e.consume();
            }
        });
        commentBox.getChildren().addAll(commentLabel, comment);
        commentBox.getStyleClass().add(StyleClasses.REVIEW_COMMENT_BOX);

        steps = new FlowPane(6, 6,
                button("review.button.previous", mode::previous),
                button("review.button.next", mode::next),
                button("review.button.accept", mode::accept),
                button("review.button.reject", mode::startReject),
                button("review.button.fix", fix));
        FlowPane finish = new FlowPane(6, 6,
                button("review.button.approve", approve),
                button("review.button.changes", requestChanges),
                button("review.button.leave", leave));
        finish.getChildren().get(0).getStyleClass().add(StyleClasses.REVIEW_APPROVE);

        WrappedText keysHelp = new WrappedText(StyleClasses.REVIEW_KEYS_HELP, 13);
        keysHelp.setText(text.get("review.keys.help"));

        VBox content = new VBox(8, heading, title, progress, filters, currentLine, excerpt, verdict, commentBox, steps,
                finish, keysHelp);
        content.getStyleClass().add(StyleClasses.REVIEW_CONTENT);
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(StyleClasses.REVIEW_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);

        mode.revisionProperty().addListener((o, a, b) -> refresh());
        mode.currentSpanIdProperty().addListener((o, a, b) -> refresh());
        commentBox.visibleProperty().bind(mode.commentForProperty().isNotEqualTo(CommentFor.NONE));
        commentBox.managedProperty().bind(commentBox.visibleProperty());
        mode.commentForProperty().addListener((o, a, now) -> askForComment(now));
        refresh();
    }

    /** Adds the "fix attributes" step (Shift+F) after the other steps. */
    public void addFixAttributes(Runnable fixAttributes) {
        Button b = button("review.button.fix.attributes", fixAttributes);
        b.getStyleClass().add("review-fix-attributes");
        steps.getChildren().add(b);
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(text.get(key));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            action.run();
            if (mode.commentForProperty().get() == CommentFor.NONE) {
                focusDocument.run();
            }
        });
        return b;
    }

    private void askForComment(CommentFor what) {
        if (what != CommentFor.NONE) {
            commentLabel.setText(text.get(what == CommentFor.REJECT ? "review.comment.reject" : "review.comment.changes"));
            comment.clear();
            comment.requestFocus();
        }
    }

    /** The comment field, for tests. */
    public TextField commentField() {
        return comment;
    }

    private void refresh() {
        ReviewReadout now = mode.readout();
        title.setText(now.titleText());
        progress.setText(now.progressText());
        position.setText(now.positionText());
        layer.setText(now.currentLayerText());
        layer.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.LAYER_PREFIX) && !c.equals(StyleClasses.LAYER_CHIP));
        now.current().ifPresent(s -> layer.getStyleClass().add(StyleClasses.layer(s.layer().key())));
        layer.setVisible(now.current().isPresent());
        excerpt.setText(now.currentExcerpt());
        verdict.setText(now.currentVerdictText());
        verdict.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.VERDICT_PREFIX));
        now.currentVerdict().ifPresent(v -> verdict.getStyleClass().add(StyleClasses.VERDICT_PREFIX + v.kind().key()));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
