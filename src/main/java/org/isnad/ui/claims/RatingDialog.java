package org.isnad.ui.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.ClaimRecord;
import org.isnad.domain.RatingLevel;
import org.isnad.service.ClaimRatings;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * A reviewer rates a claim record on the organisation's scale (value and its Arabic and English label),
 * with a rationale and evidence URLs, one a line. The rating is made (signed and audited) by
 * {@link ClaimRatings}; what it refuses is shown in the dialog, which stays open with what was typed.
 */
final class RatingDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ComboBox<RatingLevel> level = new ComboBox<>();
    private final TextArea rationale = new TextArea();
    private final TextArea evidence = new TextArea();
    private final Label error = new Label();
    private ClaimRating made;

    RatingDialog(Window owner, UiText text, ClaimRatings ratings, ClaimRecord record, Optional<ClaimRating> current,
                 String reviewer) {
        dialog.initOwner(owner);
        dialog.setTitle(text.get("claims.rating.title"));
        dialog.setHeaderText(text.format("claims.rating.header", record.statement()));
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().getStyleClass().add(StyleClasses.CLAIM_RATING_DIALOG);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        level.getItems().setAll(ratings.scale().levels());
        level.setCellFactory(v -> cell(text));
        level.setButtonCell(cell(text));
        level.setMaxWidth(Double.MAX_VALUE);
        current.ifPresent(r -> {
            ratings.scale().level(r.value()).ifPresent(level::setValue);
            rationale.setText(r.explanation() == null ? "" : r.explanation());
            evidence.setText(String.join("\n", r.evidence()));
        });
        rationale.setPromptText(text.get("claims.rating.rationale.prompt"));
        rationale.setWrapText(false);
        rationale.setPrefRowCount(5);
        evidence.setPromptText(text.get("claims.rating.evidence.prompt"));
        evidence.setPrefRowCount(3);
        evidence.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        error.getStyleClass().add(StyleClasses.CLAIM_RATING_ERROR);
        error.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(labels, new javafx.scene.layout.ColumnConstraints());
        grid.addRow(0, new Label(text.get("claims.rating.level")), level);
        grid.addRow(1, new Label(text.get("claims.rating.rationale")), rationale);
        grid.addRow(2, new Label(text.get("claims.rating.evidence")), evidence);
        grid.add(error, 0, 3, 2, 1);
        grid.setPrefWidth(720);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(text.get("claims.rating.save"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            if (level.getValue() == null) {
                error.setText(text.get("claims.rating.no.level"));
                e.consume();
                return;
            }
            try {
                made = ratings.rate(record.id(), level.getValue(), rationale.getText(), urls(), reviewer);
            } catch (RuntimeException ex) {
                error.setText(text.describe(ex));
                e.consume();
            }
        });
    }

    private List<String> urls() {
        return Arrays.stream(evidence.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ListCell<RatingLevel> cell(UiText text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(RatingLevel l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : text.format("claims.rating.level.item", l.value(),
                        l.labelArabic(), l.labelEnglish()));
            }
        };
    }

    /** Shows the dialog without waiting; {@code saved} runs once it closes with a rating made. */
    void show(Runnable saved) {
        dialog.setOnHidden(e -> {
            if (made != null) {
                saved.run();
            }
        });
        dialog.show();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    ComboBox<RatingLevel> level() {
        return level;
    }

    TextArea rationale() {
        return rationale;
    }

    TextArea evidence() {
        return evidence;
    }
}
