package org.isnad.ui.language;

import javafx.scene.control.TableCell;

/**
 * A table cell showing a whole number in the window's digits ({@link UiText#number}). The cell's item stays
 * the number, so sorting and copying the row's value are unchanged.
 */
public final class NumberCell<R, N extends Number> extends TableCell<R, N> {
    private final UiText text;

    public NumberCell(UiText text) {
        this.text = text;
    }

    @Override
    protected void updateItem(N item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.number(item.longValue()));
    }
}
