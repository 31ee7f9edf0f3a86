package org.isnad.ui.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.isnad.service.Catalog;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryOrder;
import org.isnad.ui.inspector.Choice;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * The library's sort and filter bar: review state, outlet, date range, annotator, tag and free text on
 * the title, and the order. Each change hands the whole filter and order to {@code changed}, which
 * asks the service for the first page (the database filters and sorts, not the window).
 */
public final class LibraryFilterBar {
    static final List<String> STATES = List.of("new", "in_progress", "submitted", "changes_requested", "approved");

    private final UiText text;
    private final Catalog catalog;
    private final Runnable changed;
    private final Consumer<String> status;
    private final ObjectProperty<LibraryFilter> filter = new SimpleObjectProperty<>(LibraryFilter.ALL);
    private final ComboBox<Choice<String>> state = new ComboBox<>();
    private final ComboBox<Choice<String>> outlet = new ComboBox<>();
    private final ComboBox<Choice<String>> annotator = new ComboBox<>();
    private final ComboBox<Choice<String>> tag = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField title = new TextField();
    private final ComboBox<Choice<LibraryOrder>> order = new ComboBox<>();
    private final CheckBox descending = new CheckBox();
    private final FlowPane pane = new FlowPane(6, 4);
    private boolean resetting;

    /** {@code status} shows a message (a date that could not be read). */
    public LibraryFilterBar(UiText text, Catalog catalog, Runnable changed, Consumer<String> status) {
        this.text = text;
        this.catalog = catalog;
        this.changed = changed;
        this.status = status;
        build();
    }

    public Node node() {
        return pane;
    }

    public LibraryFilter filter() {
        return filter.get();
    }

    public LibraryOrder order() {
        return order.getValue() == null ? LibraryOrder.IMPORTED : order.getValue().value();
    }

    public boolean descending() {
        return descending.isSelected();
    }

    private void build() {
        pane.getStyleClass().add(StyleClasses.LIBRARY_FILTER_BAR);
        pane.setPadding(new Insets(4));
        List<Choice<String>> states = new ArrayList<>();
        states.add(new Choice<>(null, text.get("library.filter.any.state")));
        STATES.forEach(s -> states.add(new Choice<>(s, text.get("state." + s))));
        choices(state, "library.filter.state", StyleClasses.LIBRARY_FILTER_STATE, () -> states);
        choices(outlet, "library.filter.outlet", StyleClasses.LIBRARY_FILTER_OUTLET,
                () -> values("library.filter.any.outlet", catalog.outlets()));
        choices(annotator, "library.filter.annotator", StyleClasses.LIBRARY_FILTER_ANNOTATOR,
                () -> values("library.filter.any.annotator", catalog.annotators()));
        choices(tag, "library.filter.tag", StyleClasses.LIBRARY_FILTER_TAG,
                () -> values("library.filter.any.tag", catalog.tags()));
        date(from, "library.filter.from", StyleClasses.LIBRARY_FILTER_FROM);
        date(to, "library.filter.to", StyleClasses.LIBRARY_FILTER_TO);
        title.setPromptText(text.get("library.filter.title"));
        title.getStyleClass().addAll(StyleClasses.LIBRARY_FILTER_TITLE, StyleClasses.ARABIC_FIELD);
        title.setPrefColumnCount(12);
        title.textProperty().addListener((o, old, now) -> apply());
        List<Choice<LibraryOrder>> orders = new ArrayList<>();
        for (LibraryOrder o : LibraryOrder.values()) {
            orders.add(new Choice<>(o, text.get("library.order." + o.name().toLowerCase(java.util.Locale.ROOT))));
        }
        order.getItems().setAll(orders);
        order.getSelectionModel().selectFirst();
        order.getStyleClass().add(StyleClasses.LIBRARY_ORDER);
        order.setTooltip(new Tooltip(text.get("library.order")));
        order.valueProperty().addListener((o, old, now) -> changed.run());
        descending.setText(text.get("library.order.descending"));
        descending.setSelected(false);
        descending.getStyleClass().add(StyleClasses.LIBRARY_DESCENDING);
        descending.selectedProperty().addListener((o, old, now) -> changed.run());
        Button clear = new Button(text.get("library.filter.clear"));
        clear.getStyleClass().add(StyleClasses.LIBRARY_FILTER_CLEAR);
        clear.setOnAction(e -> clear());
        pane.getChildren().addAll(title, state, outlet, annotator, tag, from, to, order, descending, clear);
    }

    private void choices(ComboBox<Choice<String>> box, String prompt, String styleClass, Supplier<List<Choice<String>>> items) {
        box.getStyleClass().add(styleClass);
        box.setPromptText(text.get(prompt));
        box.setTooltip(new Tooltip(text.get(prompt)));
        box.getItems().setAll(items.get());
        // outlets, annotators and tags change as the library does: read again each time the list opens
        box.setOnShowing(e -> {
            Choice<String> chosen = box.getValue();
            resetting = true;
            try {
                box.getItems().setAll(items.get());
                box.setValue(chosen);
            } finally {
                resetting = false;
            }
        });
        box.valueProperty().addListener((o, old, now) -> apply());
    }

    private List<Choice<String>> values(String anyKey, List<String> values) {
        List<Choice<String>> list = new ArrayList<>();
        list.add(new Choice<>(null, text.get(anyKey)));
        values.forEach(v -> list.add(new Choice<>(v, v)));
        return list;
    }

    private void date(DatePicker picker, String prompt, String styleClass) {
        picker.getStyleClass().add(styleClass);
        picker.setPromptText(text.get(prompt));
        picker.setTooltip(new Tooltip(text.get(prompt)));
        picker.setPrefWidth(130);
        picker.setConverter(new IsoDates(bad -> status.accept(text.format("library.filter.bad.date", bad))));
        picker.valueProperty().addListener((o, old, now) -> apply());
    }

    private void apply() {
        if (resetting) {
            return;
        }
        LibraryFilter next = new LibraryFilter(value(state), value(outlet), from.getValue(), to.getValue(), value(annotator),
                value(tag), title.getText());
        if (!next.equals(filter.get())) {
            filter.set(next);
            changed.run();
        }
    }

    private static String value(ComboBox<Choice<String>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }

    /** Every filter back to "any"; the order stays. */
    public void clear() {
        resetting = true;
        try {
            for (ComboBox<Choice<String>> box : List.of(state, outlet, annotator, tag)) {
                box.setValue(null);
            }
            from.setValue(null);
            to.setValue(null);
            from.getEditor().clear();
            to.getEditor().clear();
            title.clear();
        } finally {
            resetting = false;
        }
        apply();
    }

    /** For a test or the user guide: the range of publication dates, as if picked. */
    public void setDates(LocalDate fromDay, LocalDate toDay) {
        from.setValue(fromDay);
        to.setValue(toDay);
    }
}
