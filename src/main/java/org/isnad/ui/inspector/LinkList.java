package org.isnad.ui.inspector;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * Links listed one per row: how the other end is related, its text, "go to" and "remove". Rows are
 * rebuilt only when the links changed; an annotation has a handful of them.
 */
final class LinkList extends VBox {
    private final UiText text;
    private final boolean showType;
    private final String emptyKey;
    private Consumer<String> onGoTo = id -> { };
    private Consumer<String> onRemove = id -> { };
    private List<LinkRow> shown;
    private boolean editable = true;

    LinkList(UiText text, boolean showType, String emptyKey) {
        this.text = text;
        this.showType = showType;
        this.emptyKey = emptyKey;
        getStyleClass().add(StyleClasses.LINK_LIST);
        setSpacing(4);
    }

    void setOnGoTo(Consumer<String> onGoTo) {
        this.onGoTo = onGoTo;
    }

    void setOnRemove(Consumer<String> onRemove) {
        this.onRemove = onRemove;
    }

    void show(List<LinkRow> rows, boolean canEdit) {
        if (rows.equals(shown) && canEdit == editable) {
            return;
        }
        shown = rows;
        editable = canEdit;
        getChildren().clear();
        if (rows.isEmpty()) {
            Label none = new Label(text.get(emptyKey));
            none.getStyleClass().add(StyleClasses.EMPTY_NOTE);
            getChildren().add(none);
            return;
        }
        for (LinkRow row : rows) {
            getChildren().add(rowOf(row));
        }
    }

    /** Two lines, so that a narrow panel keeps the text readable: what and actions, then the text. */
    private VBox rowOf(LinkRow row) {
        HBox head = new HBox(6);
        head.getStyleClass().add(StyleClasses.LINK_HEAD);
        if (showType) {
            Label type = new Label(row.label());
            type.getStyleClass().add(StyleClasses.LINK_TYPE);
            type.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(type);
        }
        Label layer = new Label(row.otherLayerName());
        layer.getStyleClass().addAll(StyleClasses.LAYER_CHIP, StyleClasses.layer(row.otherLayer().key()));
        layer.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        var goTo = Fields.button(text.get("inspector.link.goto"), StyleClasses.LINK_GOTO, () -> onGoTo.accept(row.otherSpanId()));
        var remove = Fields.button(text.get("inspector.link.remove"), StyleClasses.LINK_REMOVE, () -> onRemove.accept(row.linkId()));
        remove.setDisable(!editable);
        head.getChildren().addAll(layer, gap, goTo, remove);
        TokenFlow other = Fields.documentText(StyleClasses.LINK_TEXT, 16);
        other.setText(row.otherText());
        VBox box = new VBox(2, head, other);
        box.getStyleClass().addAll(StyleClasses.LINK_ROW, StyleClasses.LINK_PREFIX + row.type().name().toLowerCase(Locale.ROOT));
        box.setUserData(row.linkId());
        return box;
    }
}
