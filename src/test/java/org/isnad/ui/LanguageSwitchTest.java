package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import org.isnad.app.IsnadApp;
import org.isnad.store.FileUserSettings;
import org.isnad.testing.KimmittAnnotations;
import org.isnad.testing.RealWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** View → Language switches the real window between English and Arabic at once, mirrored, and remembers it. */
class LanguageSwitchTest extends RealWindow {
    final FxRobot robot = new FxRobot();

    @Test
    void switchingToArabicMirrorsTheWindowAtOnceAndIsRememberedAndDigitsFollowTheSetting() throws Exception {
        String documentId = new KimmittAnnotations(store, "layla", Clock.systemUTC()).documentId;
        FileUserSettings settings = new FileUserSettings(stores.dir().resolve("settings.properties"));
        settings.saveLanguage("en");
        Application app = fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC(), stores.keys()).withSettings(settings));
        IsnadApp isnad = (IsnadApp) app;
        EditorRobot.fx(() -> {
            isnad.mainWindow().openDocument(documentId);
            return null;
        });
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, orientation());
        assertTrue(menuTexts().contains("View"), menuTexts());

        robot.clickOn("View").clickOn("Language").clickOn("العربية");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("ar"), settings.language(), "remembered in the settings");
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, orientation(), "the window is mirrored at once");
        assertTrue(menuTexts().contains("عرض") && menuTexts().contains("ملف"), menuTexts());
        assertEquals(Optional.of(documentId), EditorRobot.fx(() -> isnad.mainWindow().openDocumentId()), "the same article is open");
        assertTrue(EditorRobot.fx(() -> isnad.mainWindow().documentView().getText()).startsWith("وقال"));

        // numbers in the Arabic window's own words: Arabic-Indic by default, Western when the setting is off
        assertEquals("٤", EditorRobot.fx(() -> new org.isnad.ui.language.UiText(java.util.Locale.forLanguageTag("ar")).format("{0}", 4)));
        robot.clickOn("عرض").clickOn("الأرقام الهندية (٠١٢٣) في الواجهة العربية");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(false, settings.arabicIndicDigits());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, orientation(), "still Arabic");
        assertEquals("4", new org.isnad.ui.language.UiText(java.util.Locale.forLanguageTag("ar"), settings.arabicIndicDigits()).format("{0}", 4));
        assertTrue(KimmittAnnotations.TEXT.equals(EditorRobot.fx(() -> isnad.mainWindow().documentView().getText())),
                "the stored text is shown as it is");

        // back to English
        EditorRobot.fx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            Menu view = bar.getMenus().stream().filter(m -> "viewMenu".equals(m.getId())).findFirst().orElseThrow();
            Menu language = (Menu) view.getItems().stream().filter(Menu.class::isInstance).findFirst().orElseThrow();
            language.getItems().stream().filter(i -> "menu-language-en".equals(i.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of("en"), settings.language());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, orientation());
        assertTrue(menuTexts().contains("View"), menuTexts());
    }

    private NodeOrientation orientation() {
        return EditorRobot.fx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getScene().getRoot().getNodeOrientation());
    }

    private String menuTexts() {
        return EditorRobot.fx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().map(Menu::getText)
                .reduce("", (a, b) -> a + "|" + b));
    }
}
