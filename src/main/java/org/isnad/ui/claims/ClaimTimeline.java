package org.isnad.ui.claims;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.Stance;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * A record's appearances over time: one point per appearance at its date (days since 1970 on the axis,
 * shown as dates), one series per stance, so that asserting, denying and questioning have their own colour.
 * The vertical axis counts the appearances of that day, so that two on one day stay apart.
 */
final class ClaimTimeline {
    private final NumberAxis days = new NumberAxis();
    private final NumberAxis count = new NumberAxis();
    private final ScatterChart<Number, Number> chart = new ScatterChart<>(days, count);
    private final Map<Stance, XYChart.Series<Number, Number>> series = new EnumMap<>(Stance.class);
    private final javafx.scene.layout.HBox legend = new javafx.scene.layout.HBox(16);
    private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2);

    ClaimTimeline(UiText text) {
        chart.getStyleClass().add(StyleClasses.CLAIM_TIMELINE);
        chart.setTitle(text.get("claims.timeline"));
        chart.setAnimated(false);
        chart.setPadding(new javafx.geometry.Insets(4, 36, 4, 4));
        chart.setPrefHeight(260);
        chart.setMinHeight(260);
        chart.setLegendVisible(false);
        days.setAutoRanging(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return text.digits(LocalDate.ofEpochDay(n.longValue()).format(DateTimeFormatter.ISO_LOCAL_DATE));
            }

            @Override
            public Number fromString(String s) {
                return LocalDate.parse(s).toEpochDay();
            }
        });
        count.setLabel(text.get("claims.timeline.count"));
        count.setAutoRanging(false);
        count.setLowerBound(0);
        count.setTickUnit(1);
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return text.number(n.longValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("the axis only shows its numbers");
            }
        });
        for (Stance s : Stance.values()) {
            XYChart.Series<Number, Number> one = new XYChart.Series<>();
            one.setName(text.get("claims.stance." + s.key()));
            series.put(s, one);
            chart.getData().add(one);
            javafx.scene.layout.Region dot = new javafx.scene.layout.Region();
            dot.getStyleClass().addAll("chart-symbol", "default-color" + s.ordinal());
            javafx.scene.control.Label item = new javafx.scene.control.Label(one.getName(), dot);
            legend.getChildren().add(item);
        }
        legend.setAlignment(javafx.geometry.Pos.CENTER);
        legend.getStyleClass().add(StyleClasses.CLAIM_TIMELINE);
        box.getChildren().addAll(chart, legend);
    }

    /** The chart with its legend of stances (the chart's own legend has no colour for a stance not seen yet). */
    javafx.scene.layout.VBox node() {
        return box;
    }

    void show(List<ClaimAppearance> appearances) {
        series.values().forEach(s -> s.getData().clear());
        Map<LocalDate, Integer> perDay = new java.util.HashMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int most = 1;
        for (ClaimAppearance a : appearances) {
            if (a.date() == null) {
                continue;
            }
            int n = perDay.merge(a.date(), 1, Integer::sum);
            most = Math.max(most, n);
            long day = a.date().toEpochDay();
            min = Math.min(min, day);
            max = Math.max(max, day);
            series.get(a.stance()).getData().add(new XYChart.Data<>(day, n));
        }
        if (min == Long.MAX_VALUE) {
            min = LocalDate.now().toEpochDay();
            max = min;
        }
        long margin = Math.max(7, (max - min) / 10);
        days.setLowerBound(min - margin);
        days.setUpperBound(max + margin);
        days.setTickUnit(Math.max(1, (max - min + 2 * margin) / 5.0));
        count.setUpperBound(most + 1);
    }

    ScatterChart<Number, Number> chart() {
        return chart;
    }

    int points(Stance stance) {
        return series.get(stance).getData().size();
    }
}
