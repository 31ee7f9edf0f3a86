package org.isnad.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;

/**
 * A combo box that reports only the analyst's choices, not the values the inspector loads into it,
 * and that can read its entries only when it opens (the document's quotes may be thousands).
 */
final class ChoiceCombo<T> extends ComboBox<Choice<T>> {
    private boolean loading;
    private boolean choosing;
    private Consumer<T> onChoose = v -> { };
    private Supplier<List<Choice<T>>> entries;

    ChoiceCombo(String styleClass) {
        getStyleClass().add(styleClass);
        setMaxWidth(Double.MAX_VALUE);
        valueProperty().addListener((obs, old, now) -> {
            if (!loading && now != null && !now.equals(old)) {
                choosing = true;
                try {
                    onChoose.accept(now.value());
                } finally {
                    choosing = false;
                }
            }
        });
        setOnShowing(e -> {
            if (entries != null) {
                quietly(() -> {
                    Choice<T> value = getValue();
                    getItems().setAll(entries.get());
                    setValue(value);
                });
            }
        });
    }

    ChoiceCombo(String styleClass, List<Choice<T>> fixed) {
        this(styleClass);
        getItems().setAll(fixed);
    }

    void setOnChoose(Consumer<T> onChoose) {
        this.onChoose = onChoose;
    }

    /** Entries read each time the list opens. */
    void setEntries(Supplier<List<Choice<T>>> entries) {
        this.entries = entries;
    }

    /** Shows a value without reporting it as a choice; null shows the prompt. */
    void load(Choice<T> value) {
        if (choosing) {
            // the list is still handling the click that chose; changing its value now breaks it
            Platform.runLater(() -> load(value));
        } else if (!Objects.equals(value, getValue())) {
            quietly(() -> setValue(value));
        }
    }

    private void quietly(Runnable r) {
        loading = true;
        try {
            r.run();
        } finally {
            loading = false;
        }
    }
}
