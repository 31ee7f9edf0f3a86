package org.isnad.ui.review;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The strip above the document: the sign-off badge (green valid, red invalid, amber untrusted key),
 * the banner that says why the user's set is read-only or what a reviewer asked, and the verdict on
 * the selected annotation. It hides itself when it has nothing to say.
 */
public final class ReviewBar extends VBox {
    private final Label badge = new Label();
    private final WrappedText banner = new WrappedText("review-banner-text", 15);
    private final HBox bannerBox = new HBox(banner);
    private final WrappedText verdictNote = new WrappedText("review-verdict-note", 15);
    private final Tooltip badgeTip = new Tooltip();

    public ReviewBar(SetStatus status, ObservableValue<String> selectedVerdict) {
        getStyleClass().add("review-bar");
        setSpacing(4);
        badge.getStyleClass().add("signoff-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        badge.setTooltip(badgeTip);
        bannerBox.getStyleClass().add("review-banner");
        HBox.setHgrow(banner, Priority.ALWAYS);
        HBox.setHgrow(bannerBox, Priority.ALWAYS);
        HBox line = new HBox(10, badge, bannerBox);
        getChildren().addAll(line, verdictNote);

        status.badgeProperty().addListener((o, a, b) -> showBadge(b));
        status.bannerTextProperty().addListener((o, a, b) -> showBanner(b));
        selectedVerdict.addListener((o, a, b) -> showVerdict(b));
        showBadge(status.badgeProperty().get());
        showBanner(status.bannerTextProperty().get());
        showVerdict(selectedVerdict.getValue());
    }

    /** The badge label, for tests: its text and style class. */
    public Label badge() {
        return badge;
    }

    private void showBadge(SignOffBadge b) {
        badge.getStyleClass().removeIf(c -> c.startsWith("signoff-") && !c.equals("signoff-badge"));
        show(badge, b != null);
        if (b != null) {
            badge.setText(b.text());
            badge.getStyleClass().add(b.styleClass());
            badgeTip.setText(b.details());
        }
        update();
    }

    private void showBanner(String text) {
        banner.setText(text);
        show(bannerBox, text != null && !text.isEmpty());
        update();
    }

    private void showVerdict(String text) {
        verdictNote.setText(text);
        show(verdictNote, text != null && !text.isEmpty());
        update();
    }

    private void update() {
        show(this, badge.isVisible() || bannerBox.isVisible() || verdictNote.isVisible());
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
