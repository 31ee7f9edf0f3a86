package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.Layer;
import org.isnad.service.AnnotationSession;
import org.isnad.service.DocumentMetadata;
import org.isnad.service.DocumentSummary;
import org.isnad.service.ImportOptions;
import org.isnad.service.Library;
import org.isnad.service.Workspace;
import org.isnad.testing.RealWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The library's sort and filter bar and its pages, driven in the real window by mouse and keys. */
class LibraryFilterWindowTest extends RealWindow {
    final FxRobot robot = new FxRobot();
    final Clock clock = Clock.systemUTC();
    final Library library = new Library(store, clock);

    private String add(String title, String text, String outlet, LocalDate date) {
        return library.importText(text, title, new ImportOptions(title, null, outlet, date), "layla").document().id();
    }

    private void annotate(String doc, String annotator) {
        AnnotationSession s = AnnotationSession.open(store, doc, annotator, clock);
        s.mark(Layer.SPEAKER, 0, 3);
    }

    private void tag(String doc, String tag) {
        Workspace workspace = new Workspace(store, clock);
        DocumentMetadata m = workspace.catalog().metadata(doc);
        workspace.catalog().edit(doc, new DocumentMetadata(m.title(), m.outlet(), m.sourceUrl(), m.publishedDate(),
                m.language(), List.of(tag)), "layla");
    }

    @SuppressWarnings("unchecked")
    private TableView<DocumentSummary> table() {
        return robot.lookup(".library-table").queryAs(TableView.class);
    }

    private List<String> titles() {
        WaitForAsyncUtils.waitForFxEvents();
        return EditorRobot.fx(() -> table().getItems().stream().map(DocumentSummary::title).toList());
    }

    private void choose(String comboClass, String entry) {
        robot.clickOn("." + comboClass);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup(n -> n instanceof ListCell<?> c && entry.equals(c.getText()) && c.isVisible()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status() {
        return robot.lookup(".status-message").queryAs(Label.class).getText();
    }

    @Test
    void eachFilterNarrowsTheLibraryAndClearBringsItBack() throws Exception {
        String withdrawal = add("كيميت والانسحاب", "قال مارك كيميت إن الانسحاب سيتم في موعده.", "الحرة", LocalDate.of(2025, 3, 1));
        add("الأمن في بغداد", "قال مسؤول إن الأمن في بغداد تحسن.", "الجزيرة", LocalDate.of(2026, 1, 5));
        String iran = add("إيران والخليج", "قال متحدث إن إيران ستشارك في الحوار.", "الجزيرة", LocalDate.of(2024, 6, 10));
        annotate(withdrawal, "omar");
        annotate(iran, "layla");
        tag(iran, "الخليج");
        fx.start(() -> new IsnadApp(store, "layla", clock));
        assertEquals(List.of("كيميت والانسحاب", "الأمن في بغداد", "إيران والخليج"), titles(), "imported order");

        robot.clickOn(".library-filter-title").write("الامن");
        assertEquals(List.of("الأمن في بغداد"), titles(), "folded free text on the title: الامن finds الأمن");
        robot.clickOn(".library-filter-clear");
        assertEquals(3, titles().size());

        choose("library-filter-outlet", "الجزيرة");
        assertEquals(List.of("الأمن في بغداد", "إيران والخليج"), titles());
        choose("library-filter-state", "new");
        assertEquals(List.of("الأمن في بغداد"), titles(), "the outlet and a review state together");
        robot.clickOn(".library-filter-clear");

        choose("library-filter-annotator", "omar");
        assertEquals(List.of("كيميت والانسحاب"), titles());
        choose("library-filter-annotator", "Any annotator");
        choose("library-filter-tag", "الخليج");
        assertEquals(List.of("إيران والخليج"), titles());
        robot.clickOn(".library-filter-clear");

        robot.clickOn(".library-filter-from .text-field").write("2025-01-01").type(KeyCode.ENTER);
        assertEquals(List.of("كيميت والانسحاب", "الأمن في بغداد"), titles(), "published from 2025");
        robot.clickOn(".library-filter-to .text-field").write("2025-12-31").type(KeyCode.ENTER);
        assertEquals(List.of("كيميت والانسحاب"), titles(), "published in 2025");
        robot.clickOn(".library-filter-clear");
        robot.clickOn(".library-filter-from .text-field").write("2025-13-45").type(KeyCode.ENTER);
        assertTrue(status().contains("2025-13-45") && status().contains("YYYY-MM-DD"), status());
        assertEquals(3, titles().size(), "a date that is not one filters nothing");
        robot.clickOn(".library-filter-clear");

        choose("library-order", "Title");
        robot.clickOn(".library-descending");
        List<String> sorted = titles();
        assertEquals(sorted.stream().sorted(java.util.Comparator.reverseOrder()).toList(), sorted, "by title, descending");

        robot.clickOn(".library-filter-title").write("لا يوجد عنوان كهذا");
        assertEquals(List.of(), titles());
        assertEquals("No article matches these filters.", robot.lookup("#placeholderLabel").queryAs(Label.class).getText());
        assertEquals("0 of 0", robot.lookup(".library-page-label").queryAs(Label.class).getText());
    }

    @Test
    void aLargeLibraryIsReadAPageAtATime() throws Exception {
        int count = LibraryViewModel.PAGE + 5;
        for (int i = 0; i < count; i++) {
            add("مقال رقم " + i, "قال المتحدث إن الاجتماع رقم " + i + " انتهى.", "الحرة", LocalDate.of(2025, 1, 1).plusDays(i));
        }
        fx.start(() -> new IsnadApp(store, "layla", clock));
        Label page = robot.lookup(".library-page-label").queryAs(Label.class);
        assertEquals(LibraryViewModel.PAGE, titles().size(), "one page in the table, not every article");
        assertEquals("1–200 of 205", page.getText());
        assertTrue(robot.lookup(".library-page-previous").queryAs(Button.class).isDisabled());

        robot.clickOn(".library-page-next");
        assertEquals(List.of("مقال رقم 200", "مقال رقم 201", "مقال رقم 202", "مقال رقم 203", "مقال رقم 204"), titles());
        assertEquals("201–205 of 205", page.getText());
        assertTrue(robot.lookup(".library-page-next").queryAs(Button.class).isDisabled());

        robot.clickOn(".library-filter-title").write("رقم 20");
        // رقم 20 and رقم 200–204 (the folded title contains the text); back on the first page
        assertEquals(List.of("مقال رقم 20", "مقال رقم 200", "مقال رقم 201", "مقال رقم 202", "مقال رقم 203", "مقال رقم 204"),
                titles());
        assertEquals("1–6 of 6", page.getText());
        assertTrue(robot.lookup(".library-page-next").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup(".library-page-previous").queryAs(Button.class).isDisabled());
    }
}
