package org.isnad.ui.agreement;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.isnad.agreement.AgreementReport;
import org.isnad.agreement.PairFigures;
import org.isnad.domain.Layer;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** Analysts against analysts for one layer: each cell the pair's exact F1 and αu, the reason when undefined. */
final class AgreementMatrix {
    private final GridPane grid = new GridPane();
    private final UiText text;

    AgreementMatrix(UiText text) {
        this.text = text;
        grid.getStyleClass().add(StyleClasses.AGREEMENT_MATRIX);
        grid.setHgap(12);
        grid.setVgap(8);
    }

    GridPane node() {
        return grid;
    }

    void show(AgreementReport report, Layer layer) {
        grid.getChildren().clear();
        List<String> who = report.analysts();
        for (int i = 0; i < who.size(); i++) {
            grid.add(header(who.get(i)), i + 1, 0);
            grid.add(header(who.get(i)), 0, i + 1);
        }
        for (PairFigures p : report.pairs()) {
            if (p.layer() != layer) {
                continue;
            }
            int a = who.indexOf(p.a()) + 1;
            int b = who.indexOf(p.b()) + 1;
            grid.add(cell(p), b, a);
            grid.add(cell(p), a, b);
        }
        for (int i = 1; i <= who.size(); i++) {
            grid.add(new Label("—"), i, i); // not a dot: in Arabic digits a dot reads as zero
        }
    }

    private static Label header(String name) {
        Label l = new Label(name);
        l.getStyleClass().add(StyleClasses.AGREEMENT_MATRIX_HEADER);
        return l;
    }

    private Label cell(PairFigures p) {
        Label l = new Label(text.format("agreement.cell", FigureText.value(p.exactF1(), text), FigureText.value(p.alphaU(), text)));
        l.getStyleClass().add(StyleClasses.AGREEMENT_MATRIX_CELL);
        l.setAlignment(Pos.CENTER);
        String why = (FigureText.reason(p.exactF1(), text) + " " + FigureText.reason(p.alphaU(), text)).strip();
        if (!why.isEmpty()) {
            l.setTooltip(new Tooltip(why));
        }
        return l;
    }
}
