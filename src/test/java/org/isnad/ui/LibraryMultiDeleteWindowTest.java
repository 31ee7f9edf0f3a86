package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.DeletionPlan;
import org.isnad.service.DocumentSummary;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.RealWindow;
import org.isnad.ui.language.UiText;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the real window, Ctrl+click selects a second article in the library without opening it (opening
 * would reset the selection), and Corpus → Delete selected articles deletes both after a confirmation
 * that names how many annotation sets go; the third article stays.
 */
class LibraryMultiDeleteWindowTest extends RealWindow {
    final FxRobot robot = new FxRobot();
    final Clock clock = Clock.systemUTC();
    final Library library = new Library(store, clock);

    private String add(String title, String text) {
        return library.importText(text, title, new ImportOptions(title, null, "الحرة", LocalDate.of(2025, 3, 1)), "layla")
                .document().id();
    }

    @SuppressWarnings("unchecked")
    private TableView<DocumentSummary> table() {
        return robot.lookup(".library-table").queryAs(TableView.class);
    }

    private Node row(String title) {
        return robot.lookup(n -> n instanceof TableCell<?, ?> c && title.equals(c.getText())).query();
    }

    @Test
    void twoArticlesSelectedWithCtrlClickAreDeletedAfterTheConfirmation() throws Exception {
        String kimmitt = add("كيميت والانسحاب", Kimmitt.PASSAGE);
        String baghdad = add("الأمن في بغداد", "قال مسؤول إن الأمن في بغداد تحسن.");
        add("إيران والخليج", "قال متحدث إن إيران ستشارك في الحوار.");
        AnnotationSession.open(store, kimmitt, "omar", clock).mark(Layer.SPEAKER, 4, 14);
        AnnotationSession.open(store, baghdad, "layla", clock).mark(Layer.SPEAKER, 4, 9);
        Application app = fx.start(() -> new IsnadApp(store, "layla", clock));
        MainWindow window = ((IsnadApp) app).mainWindow();
        UiText text = window.editor().text();

        robot.clickOn(row("كيميت والانسحاب"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kimmitt, window.openDocumentId().orElseThrow(), "one click still opens an article");
        robot.press(KeyCode.CONTROL).clickOn(row("الأمن في بغداد")).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> selected = EditorRobot.fx(() -> table().getSelectionModel().getSelectedItems().stream()
                .map(DocumentSummary::id).sorted().toList());
        assertEquals(List.of(kimmitt, baghdad).stream().sorted().toList(), selected, "both rows stay selected");
        assertEquals(kimmitt, window.openDocumentId().orElseThrow(), "the second row is not opened");

        DeletionPlan plan = new Workspace(store, clock).catalog().planDeletion(List.of(kimmitt, baghdad));
        assertTrue(plan.annotationSets() >= 2, "omar's and layla's sets at least");
        Platform.runLater(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            Menu corpus = bar.getMenus().stream().filter(m -> text.get("menu.corpus").equals(m.getText())).findFirst().orElseThrow();
            corpus.getItems().stream().filter(i -> text.get("menu.corpus.delete").equals(i.getText())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirm = robot.lookup(n -> n instanceof DialogPane d && d.getContentText() != null
                && d.getContentText().contains("كيميت والانسحاب")).queryAs(DialogPane.class);
        String asked = confirm.getContentText();
        assertTrue(asked.startsWith(text.format("delete.articles.confirm", "2", Integer.toString(plan.annotationSets()), "")
                .strip()), asked);
        assertTrue(asked.contains("الأمن في بغداد"), asked);
        Button ok = (Button) confirm.lookupButton(javafx.scene.control.ButtonType.OK);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> left = EditorRobot.fx(() -> table().getItems().stream().map(DocumentSummary::title).toList());
        assertEquals(List.of("إيران والخليج"), left);
        String status = robot.lookup(".status-message").queryAs(Label.class).getText();
        assertTrue(status.startsWith(text.format("delete.articles.done", "")), "a backup was taken first: " + status);
    }
}
