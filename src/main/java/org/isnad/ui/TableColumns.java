package org.isnad.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import org.isnad.ui.editor.InlineCell;
import org.isnad.ui.language.NumberCell;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** Read-only table columns computed from the row. */
final class TableColumns {
    private TableColumns() {
    }

    static <R, T> void show(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    /**
     * A column of whole numbers, shown in the window's digits ({@link UiText#number}); the cells keep the
     * number itself, so a sort stays numeric.
     */
    static <R> void showNumber(TableColumn<R, Integer> column, Function<R, Integer> value, UiText text) {
        show(column, value);
        column.setCellFactory(c -> new NumberCell<>(text));
    }

    /** A column whose text is Arabic document text: set in the document font, right to left, emoji as pictures. */
    static <R> void showArabic(TableColumn<R, String> column, Function<R, String> value) {
        show(column, value);
        column.getStyleClass().add(StyleClasses.ARABIC_CELL);
        column.setCellFactory(c -> new InlineCell<>(15));
    }
}
