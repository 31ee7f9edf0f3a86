package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.testing.RealWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Team → Agreement in the real window: the matrix shows the pair's figures from the analysts' sets in the store. */
class AgreementWindowTest extends RealWindow {
    static final String TEXT = "وقال مارك كيميت: “لا أعتقد أن الانسحاب سيؤدي إلى فراغ أمني”. وأضاف أن «القوات باقية».";
    final FxRobot robot = new FxRobot();

    @Test
    void ctrlShiftGOpensTheMatrixOfTheAnalystsSets() throws Exception {
        String doc = new Library(store, Clock.systemUTC()).importText(TEXT, "t", ImportOptions.none(), "lead").document().id();
        for (String analyst : List.of("salma", "omar")) {
            AnnotationSession s = AnnotationSession.open(store, doc, analyst, Clock.systemUTC());
            s.mark(Layer.QUOTE, TEXT.indexOf("لا أعتقد"), TEXT.indexOf("”."));
            int second = TEXT.indexOf("القوات") + (analyst.equals("omar") ? 0 : 1);
            s.mark(Layer.QUOTE, second, TEXT.indexOf("»"));
        }
        fx.start(() -> new IsnadApp(store, "salma", Clock.systemUTC()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".agreement-matrix-cell").match(Node::isVisible).tryQuery().isPresent());
        List<String> cells = robot.lookup(".agreement-matrix-cell").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(2, cells.size(), cells.toString());
        assertTrue(cells.get(0).startsWith("F1 0.500 · αu 0.9"), cells.toString());
    }
}
