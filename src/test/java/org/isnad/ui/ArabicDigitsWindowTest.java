package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.Assignments;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.store.FileUserSettings;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.RealWindow;
import org.isnad.testing.SampleArticles;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View → Arabic-Indic digits in the real Arabic window: the library's count cells, its page label, the status
 * line's counts and the curation strip's offsets and tally all show ٠١٢٣…; with the setting off they show 0123.
 * The stored offsets do not change.
 */
class ArabicDigitsWindowTest extends RealWindow {
    static final Pattern WESTERN = Pattern.compile("[0-9]");
    static final Pattern ARABIC_INDIC = Pattern.compile("[\u0660-\u0669]");
    static final String SPEAKER = "توماس إيريك";
    static final String QUOTE = "الطرفين بحثا في نيويورك إنهاء وجود التحالف في العراق";

    final FxRobot robot = new FxRobot();
    String doc;
    String text;

    @Test
    void everyNumberShownFollowsTheSettingAndNothingStoredChanges() throws Exception {
        Clock clock = Clock.systemUTC();
        doc = new Library(store, clock).importText(SampleArticles.alhurra(), "alhurra", ImportOptions.none(), "lead").document().id();
        text = store.documents().find(doc).orElseThrow().text();
        new Assignments(store, clock).assign(List.of(doc), List.of("salma", "omar"), "rania", "lead");
        for (String analyst : List.of("salma", "omar")) {
            AnnotationSession s = AnnotationSession.open(store, doc, analyst, clock);
            mark(s, Layer.SPEAKER, SPEAKER, 0);
            // they disagree on where the quote ends: the strip shows each one's offsets
            mark(s, Layer.QUOTE, QUOTE, analyst.equals("salma") ? 0 : " في العراق".length());
        }
        int quoteStart = text.indexOf(QUOTE);
        FileUserSettings settings = new FileUserSettings(stores.dir().resolve("settings.properties"));
        settings.saveLanguage("ar");
        settings.saveArabicIndicDigits(true);
        IsnadApp app = fx.startInFront(() -> new IsnadApp(store, "rania", clock, stores.keys()).withSettings(settings));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().editor().session().isPresent());

        startCurationAtTheQuote(app);
        List<String> shown = numbersShown(app);
        for (String s : shown) {
            assertTrue(ARABIC_INDIC.matcher(s).find(), "Arabic-Indic digits in «" + s + "» of " + shown);
            assertFalse(WESTERN.matcher(s).find(), "no Western digit in «" + s + "» of " + shown);
        }
        String strip = FxToolkitExtension.fx(() -> app.mainWindow().curation().readout());
        assertTrue(strip.contains(arabicIndic(quoteStart) + "–" + arabicIndic(quoteStart + QUOTE.length())), strip);

        // View → the digits setting, with the mouse: off
        robot.clickOn("عرض").clickOn("الأرقام الهندية (٠١٢٣) في الواجهة العربية");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(settings.arabicIndicDigits());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.mainWindow().editor().session().isPresent());
        startCurationAtTheQuote(app);
        shown = numbersShown(app);
        for (String s : shown) {
            assertTrue(WESTERN.matcher(s).find(), "Western digits in «" + s + "» of " + shown);
            assertFalse(ARABIC_INDIC.matcher(s).find(), "no Arabic-Indic digit in «" + s + "» of " + shown);
        }
        strip = FxToolkitExtension.fx(() -> app.mainWindow().curation().readout());
        assertTrue(strip.contains(quoteStart + "–" + (quoteStart + QUOTE.length())), strip);

        // the stored annotations keep their offsets whatever the window shows
        assertEquals(quoteStart, AnnotationSession.open(store, doc, "salma", clock).set().spans().stream()
                .filter(s -> s.layer() == Layer.QUOTE).findFirst().orElseThrow().start());
    }

    private void mark(AnnotationSession s, Layer layer, String words, int shortenBy) {
        int start = text.indexOf(words);
        s.mark(layer, start, start + words.length() - shortenBy);
    }

    private void startCurationAtTheQuote(IsnadApp app) {
        FxToolkitExtension.fx(() -> {
            var mode = app.mainWindow().curation();
            if (!mode.active()) {
                mode.start(doc);
            }
            int quote = text.indexOf(QUOTE);
            for (int i = 0; i < 10 && mode.current().map(u -> u.layer() != Layer.QUOTE || u.start() != quote).orElse(false); i++) {
                mode.next();
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts that are numbers the window wrote: library count cells, page label, status counts, curation strip lines. */
    private List<String> numbersShown(IsnadApp app) {
        return FxToolkitExtension.fx(() -> {
            List<String> texts = new java.util.ArrayList<>();
            TableView<?> library = robot.lookup(".library-table").queryAs(TableView.class);
            for (TableCell<?, ?> cell : robot.from(library).lookup(".table-cell").queryAllAs(TableCell.class)) {
                int column = library.getColumns().indexOf(cell.getTableColumn());
                if (!cell.isEmpty() && cell.getText() != null && column >= 2 && column <= 5) {
                    texts.add(cell.getText());
                }
            }
            assertEquals(4 * library.getItems().size(), texts.size(), "every count cell: " + texts);
            texts.add(robot.lookup("#pageLabel").queryAs(Label.class).getText());
            texts.add(robot.lookup("#countsLabel").queryAs(Label.class).getText());
            texts.add(app.mainWindow().curation().readout());
            return texts;
        });
    }

    private static String arabicIndic(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('\u0660' + (c - '0')));
        }
        return sb.toString();
    }
}
