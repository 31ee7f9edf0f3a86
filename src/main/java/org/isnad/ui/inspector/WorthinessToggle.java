package org.isnad.ui.inspector;

import java.util.function.Consumer;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** Check-worthiness as five buttons, 1 to 5; pressing the chosen one again unsets it. */
final class WorthinessToggle extends HBox {
    private final ToggleGroup group = new ToggleGroup();
    private boolean loading;
    private Consumer<Integer> onChoose = v -> { };

    WorthinessToggle(UiText text) {
        getStyleClass().add(StyleClasses.WORTHINESS);
        setSpacing(4);
        for (int i = 1; i <= 5; i++) {
            ToggleButton b = new ToggleButton(text.number(i));
            b.getStyleClass().add(StyleClasses.WORTHINESS_PREFIX + i);
            b.setUserData(i);
            b.setToggleGroup(group);
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!loading) {
                onChoose.accept(now == null ? null : (Integer) now.getUserData());
            }
        });
    }

    void setOnChoose(Consumer<Integer> onChoose) {
        this.onChoose = onChoose;
    }

    void load(Integer value) {
        loading = true;
        try {
            group.selectToggle(value == null ? null : (ToggleButton) getChildren().get(value - 1));
        } finally {
            loading = false;
        }
    }
}
