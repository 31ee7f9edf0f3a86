package org.isnad.ui.claims;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.ClaimRating;
import org.isnad.domain.Contradiction;
import org.isnad.domain.Stance;
import org.isnad.service.signing.RatingCheck;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * A record's page: its statement, the timeline of its appearances by stance, who asserted and who denied
 * it, contradictions, its rating with the signature's status, and the appearances, each of which opens its
 * article at the claim (double click or Enter).
 */
final class ClaimPage extends VBox {
    private final UiText text;
    private final ClaimsViewModel model;
    private final Label statement = new Label();
    private final Label sides = new Label();
    private final Label rating = new Label();
    private final Label unsourced = new Label();
    private final Button rate = new Button();
    private final ClaimTimeline timeline;
    private final ListView<Contradiction> contradictions = new ListView<>();
    private final TableView<ClaimAppearance> appearances = new TableView<>();

    private final Button split = new Button();

    ClaimPage(UiText text, ClaimsViewModel model, Consumer<ClaimAppearance> open, Runnable rateChosen,
              Consumer<java.util.List<ClaimAppearance>> splitSelected) {
        super(6);
        this.text = text;
        this.model = model;
        setPadding(new javafx.geometry.Insets(8));
        getStyleClass().add(StyleClasses.CLAIM_PAGE);
        statement.getStyleClass().add(StyleClasses.CLAIM_STATEMENT);
        statement.setWrapText(true);
        sides.setWrapText(true);
        unsourced.setWrapText(true);
        unsourced.getStyleClass().add(StyleClasses.CLAIMS_UNSOURCED);
        for (Label l : new Label[] {statement, sides, rating, unsourced}) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        rating.setWrapText(true);
        rating.getStyleClass().add(StyleClasses.CLAIM_RATING);
        timeline = new ClaimTimeline(text);
        timeline.node().setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        rate.setText(text.get("claims.rate"));
        rate.setOnAction(e -> rateChosen.run());
        rate.setVisible(model.ratings().isPresent());
        rate.setManaged(model.ratings().isPresent());
        HBox ratingRow = new HBox(8, rating, rate);
        HBox.setHgrow(rating, Priority.ALWAYS);
        rating.setMaxWidth(Double.MAX_VALUE);
        contradictions.setItems(model.contradictions());
        contradictions.setPrefHeight(64);
        contradictions.setMinHeight(64);
        contradictions.setPlaceholder(new Label(text.get("claims.contradictions.none")));
        contradictions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Contradiction c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : describe(c));
            }
        });
        appearances.setItems(model.appearances());
        appearances.getStyleClass().add(StyleClasses.CLAIM_APPEARANCES);
        appearances.setPlaceholder(new Label(text.get("claims.appearances.none")));
        appearances.getColumns().add(column(text.get("claims.column.date"), a -> a.date() == null ? "" : text.digits(a.date().toString()), 90));
        appearances.getColumns().add(column(text.get("claims.column.stance"), a -> text.get("claims.stance." + a.stance().key()), 80));
        appearances.getColumns().add(column(text.get("claims.column.claimant"), a -> orDash(a.claimantName()), 120));
        appearances.getColumns().add(column(text.get("claims.column.outlet"), a -> orDash(a.outlet()), 100));
        appearances.getColumns().add(column(text.get("claims.column.source"), this::source, 120));
        appearances.getColumns().add(column(text.get("claims.column.text"), ClaimAppearance::text, 330));
        appearances.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && appearances.getSelectionModel().getSelectedItem() != null) {
                open.accept(appearances.getSelectionModel().getSelectedItem());
            }
        });
        appearances.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && appearances.getSelectionModel().getSelectedItem() != null) {
                open.accept(appearances.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        appearances.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        split.setText(text.get("claims.split"));
        split.getStyleClass().add(StyleClasses.CLAIMS_SPLIT);
        split.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(appearances.getSelectionModel().getSelectedItems()));
        split.setOnAction(e -> splitSelected.accept(java.util.List.copyOf(appearances.getSelectionModel().getSelectedItems())));
        Label splitHint = new Label(text.get("claims.split.hint"));
        splitHint.setWrapText(true);
        HBox splitRow = new HBox(8, split, splitHint);
        splitRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(appearances, Priority.ALWAYS);
        getChildren().addAll(statement, timeline.node(), sides, heading("claims.contradictions"), contradictions, ratingRow,
                heading("claims.appearances"), unsourced, appearances, splitRow);
        model.revisionProperty().addListener((o, a, b) -> update());
        update();
    }

    private Label heading(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add(StyleClasses.CLAIM_HEADING);
        return l;
    }

    private void update() {
        boolean none = model.chosenProperty().get() == null;
        statement.setText(none ? text.get("claims.page.empty") : model.chosenProperty().get().record().statement());
        timeline.show(model.appearances());
        timeline.node().setVisible(!none);
        sides.setText(none ? "" : text.format("claims.sides", names(Stance.ASSERTS), names(Stance.DENIES)));
        rate.setDisable(none);
        long lacking = model.appearances().stream().filter(a -> a.url() == null || a.outlet() == null).count();
        unsourced.setText(lacking == 0 ? "" : text.format("claims.unsourced", lacking));
        unsourced.setVisible(lacking > 0);
        unsourced.setManaged(lacking > 0);
        rating.setText(none ? "" : ratingText(model.ratingProperty().get(), model.checkProperty().get()));
    }

    /** Whether the ClaimReview export can name where the appearance was published: its web address and outlet. */
    private String source(ClaimAppearance a) {
        if (a.url() != null && a.outlet() != null) {
            return text.get("claims.source.complete");
        }
        if (a.url() == null && a.outlet() == null) {
            return text.get("claims.source.neither");
        }
        return text.get(a.url() == null ? "claims.source.no.url" : "claims.source.no.outlet");
    }

    private String names(Stance stance) {
        var names = model.speakers(stance);
        return names.isEmpty() ? text.get("claims.sides.nobody") : String.join("، ", names);
    }

    private String ratingText(ClaimRating r, RatingCheck check) {
        if (r == null) {
            return text.get("claims.rating.none");
        }
        String label = !text.isRightToLeft() && r.labelEnglish() != null ? r.labelEnglish() : r.label();
        String status = check == null ? "" : text.get("claims.signature." + check.status().key());
        return text.format("claims.rating.shown", label, r.value(), r.worst(), r.best(), r.reviewer(), status);
    }

    private String describe(Contradiction c) {
        String key = c.kind() == Contradiction.Kind.SAME_SPEAKER ? "claims.contradiction.same" : "claims.contradiction.opposite";
        return text.format(key, orDash(c.asserted().claimantName()), text.digits(String.valueOf(c.asserted().date())),
                orDash(c.denied().claimantName()), text.digits(String.valueOf(c.denied().date())));
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    private static TableColumn<ClaimAppearance, String> column(String title, Function<ClaimAppearance, String> value, double width) {
        TableColumn<ClaimAppearance, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    TableView<ClaimAppearance> appearances() {
        return appearances;
    }

    ClaimTimeline timeline() {
        return timeline;
    }

    Label ratingLabel() {
        return rating;
    }

    Button splitButton() {
        return split;
    }

    Button rateButton() {
        return rate;
    }
}
