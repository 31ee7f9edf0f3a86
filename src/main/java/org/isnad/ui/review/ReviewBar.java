package org.isnad.ui.review;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.isnad.ui.style.StyleClasses;

/**
 * The strip above the document: the sign-off badge (green valid, red invalid, amber untrusted key),
 * the banner that says why the user's set is read-only or what a reviewer asked, and the verdict on
 * the selected annotation. It hides itself when it has nothing to say.
 */
public final class ReviewBar extends VBox {
    private final Label badge = new Label();
    private final WrappedText banner = new WrappedText(StyleClasses.REVIEW_BANNER_TEXT, 15);
    private final HBox bannerBox = new HBox(banner);
    private final WrappedText verdictNote = new WrappedText(StyleClasses.REVIEW_VERDICT_NOTE, 15);
    private final Tooltip badgeTip = new Tooltip();

    public ReviewBar(SetStatus status, ObservableValue<String> selectedVerdict) {
        getStyleClass().add(StyleClasses.REVIEW_BAR);
        setSpacing(4);
        badge.getStyleClass().add(StyleClasses.SIGNOFF_BADGE);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badge.setTooltip(badgeTip);
        bannerBox.getStyleClass().add(StyleClasses.REVIEW_BANNER);
        HBox.setHgrow(banner, Priority.ALWAYS);
        HBox.setHgrow(bannerBox, Priority.ALWAYS);
        HBox line = new HBox(10, badge, bannerBox);
        getChildren().addAll(line, verdictNote);

        showWhile(badge, status.badgeProperty().isNotNull());
        showWhile(bannerBox, said(status.bannerTextProperty()));
        showWhile(verdictNote, said(selectedVerdict));
        showWhile(this, badge.visibleProperty().or(bannerBox.visibleProperty()).or(verdictNote.visibleProperty()));

        status.badgeProperty().addListener((o, a, b) -> showBadge(b));
        status.bannerTextProperty().addListener((o, a, b) -> banner.setText(b));
        selectedVerdict.addListener((o, a, b) -> verdictNote.setText(b));
        showBadge(status.badgeProperty().get());
        banner.setText(status.bannerTextProperty().get());
        verdictNote.setText(selectedVerdict.getValue());
    }

    /** The badge label, for tests: its text and style class. */
    public Label badge() {
        return badge;
    }

    private void showBadge(SignOffBadge b) {
        badge.getStyleClass().removeIf(c -> c.startsWith(StyleClasses.SIGNOFF_PREFIX) && !c.equals(StyleClasses.SIGNOFF_BADGE));
        if (b != null) {
            badge.setText(b.text());
            badge.getStyleClass().add(b.styleClass());
            badgeTip.setText(b.details());
        }
    }

    private static ObservableValue<Boolean> said(ObservableValue<String> text) {
        return text.map(t -> !t.isEmpty()).orElse(false);
    }

    /** Present only while {@code condition} holds: hidden parts take no room either. */
    private static void showWhile(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
