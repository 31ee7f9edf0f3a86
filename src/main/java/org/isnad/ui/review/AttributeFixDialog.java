package org.isnad.ui.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.ActorRegistry;
import org.isnad.ui.inspector.ActorPicker;
import org.isnad.ui.language.UiText;

/**
 * Shift+F in review mode: the current quote's or claim's attributes in a form, filled in as the
 * analyst left them; OK gives the corrected attributes, which the reviewer's fix records (a verdict
 * "fixed", one undoable step). Actors (a mention's, a quote's implicit speaker, a claimant) are chosen
 * among the known actors; a new one is not created here.
 */
final class AttributeFixDialog {
    static final String STYLE = "attribute-fix";
    private static final String NONE = "inspector.choice.none";
    /** The picker names no annotation here: it only reports the actor chosen. */
    private static final String FIX_TARGET = "fix";

    private AttributeFixDialog() {
    }

    /** The form for these attributes; empty when they have nothing a reviewer can fix (a cue). */
    static Optional<Dialog<SpanAttributes>> of(UiText text, Window owner, String excerpt, SpanAttributes attributes,
                                               ActorRegistry actors) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setNodeOrientation(text.orientation());
        Label what = new Label(excerpt);
        what.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        what.setWrapText(true);
        what.setMaxWidth(460);
        grid.add(what, 0, 0, 2, 1);
        java.util.function.Supplier<SpanAttributes> result;
        if (attributes instanceof SpeakerMention m) {
            java.util.function.Supplier<String> actor = actorRow(grid, 1, text, "review.fix.attributes.actor", actors, m.actorId());
            result = () -> new SpeakerMention(actor.get());
        } else if (attributes instanceof QuoteDetails q) {
            ComboBox<QuoteType> type = combo(text, "quote.type.", QuoteType.values(), false, q.type(), "fix-quote-type");
            row(grid, 1, text.get("inspector.quote.type"), type);
            java.util.function.Supplier<String> speaker = actorRow(grid, 2, text, "inspector.quote.speaker", actors, q.implicitSpeakerActorId());
            result = () -> new QuoteDetails(type.getValue(), speaker.get());
        } else if (attributes instanceof ClaimDetails c) {
            TextField normalized = field(c.normalizedText(), "fix-claim-text", true);
            ComboBox<Polarity> polarity = combo(text, "inspector.claim.polarity.", Polarity.values(), false, c.polarity(), "fix-claim-polarity");
            ComboBox<Commitment> commitment = combo(text, "inspector.claim.commitment.", Commitment.values(), true, c.commitment(), "fix-claim-commitment");
            ComboBox<ClaimType> claimType = combo(text, "inspector.claim.type.", ClaimType.values(), true, c.claimType(), "fix-claim-type");
            ComboBox<Integer> worthiness = new ComboBox<>();
            worthiness.getItems().addAll(Arrays.asList(null, 1, 2, 3, 4, 5));
            worthiness.setConverter(converter(v -> v == null ? text.get(NONE) : text.number(v)));
            worthiness.setValue(c.checkWorthiness());
            worthiness.getStyleClass().add("fix-claim-worthiness");
            TextField topic = field(c.topic(), "fix-claim-topic", false);
            TextField verdict = field(c.verdict(), "fix-claim-verdict", false);
            row(grid, 1, text.get("inspector.claim.text"), normalized);
            row(grid, 2, text.get("inspector.claim.polarity"), polarity);
            row(grid, 3, text.get("inspector.claim.commitment"), commitment);
            row(grid, 4, text.get("inspector.claim.type"), claimType);
            row(grid, 5, text.format("inspector.claim.worthiness", 1, 5), worthiness);
            row(grid, 6, text.get("inspector.claim.topic"), topic);
            row(grid, 7, text.get("inspector.claim.verdict"), verdict);
            java.util.function.Supplier<String> claimant = actorRow(grid, 8, text, "inspector.claim.claimant", actors, c.claimantActorId());
            result = () -> new ClaimDetails(normalized.getText(), claimant.get(), polarity.getValue(),
                    commitment.getValue(), claimType.getValue(), worthiness.getValue(), topic.getText(), verdict.getText());
        } else {
            return Optional.empty();
        }
        Dialog<SpanAttributes> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.get("review.fix.attributes.title"));
        dialog.setHeaderText(text.get("review.fix.attributes.header"));
        dialog.getDialogPane().getStyleClass().add(STYLE);
        dialog.getDialogPane().setNodeOrientation(text.orientation());
        dialog.getDialogPane().setContent(grid);
        ButtonType fix = new ButtonType(text.get("review.fix.attributes.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(fix, new ButtonType(text.get("review.fix.attributes.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == fix ? result.get() : null);
        return Optional.of(dialog);
    }

    /** A picker among the known actors; gives the id chosen (or cleared) when asked. */
    private static java.util.function.Supplier<String> actorRow(GridPane grid, int row, UiText text, String labelKey,
                                                                ActorRegistry actors, String actorId) {
        String[] chosen = {actorId};
        ActorPicker picker = new ActorPicker(text, actors);
        picker.withoutCreating();
        picker.getStyleClass().add("fix-actor");
        picker.setOnPick((target, actor) -> {
            chosen[0] = actor == null ? null : actor.id();
            picker.show(target, actor, "");
        });
        picker.show(FIX_TARGET, actorId == null ? null : actors.find(actorId).orElse(null), "");
        row(grid, row, text.get(labelKey), picker);
        return () -> chosen[0];
    }

    private static <E extends Enum<E>> ComboBox<E> combo(UiText text, String prefix, E[] values, boolean withNone, E value,
                                                         String style) {
        ComboBox<E> box = new ComboBox<>();
        List<E> items = new ArrayList<>();
        if (withNone) {
            items.add(null);
        }
        items.addAll(Arrays.asList(values));
        box.getItems().setAll(items);
        box.setConverter(converter(v -> v == null ? text.get(NONE) : text.get(prefix + v.name().toLowerCase(Locale.ROOT))));
        box.setValue(value);
        box.getStyleClass().add(style);
        return box;
    }

    private static TextField field(String value, String style, boolean arabic) {
        TextField f = new TextField(value == null ? "" : value);
        f.getStyleClass().add(style);
        f.setPrefColumnCount(28);
        if (arabic) {
            f.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        return f;
    }

    private static void row(GridPane grid, int row, String label, Node control) {
        grid.add(new Label(label), 0, row);
        grid.add(control, 1, row);
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
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
