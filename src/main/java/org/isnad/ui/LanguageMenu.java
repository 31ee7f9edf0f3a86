package org.isnad.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.isnad.service.UserSettings;
import org.isnad.ui.language.UiText;

/**
 * View → Language (العربية / English) and the Arabic-Indic digits setting. A choice is saved in the
 * user's settings and the window is built again at once in the new language, mirrored for Arabic
 * ({@code relaunch} gets the new texts). The View menu is shared: found by its id, made when missing.
 */
final class LanguageMenu {
    static final String VIEW_MENU_ID = "viewMenu";
    static final String ARABIC_ID = "menu-language-ar";
    static final String ENGLISH_ID = "menu-language-en";
    static final String DIGITS_ID = "menu-arabic-digits";

    private LanguageMenu() {
    }

    static void install(MenuBar bar, UiText text, UserSettings settings, Consumer<UiText> relaunch) {
        Menu view = bar.getMenus().stream().filter(m -> VIEW_MENU_ID.equals(m.getId())).findFirst().orElseGet(() -> {
            Menu m = new Menu(text.get("menu.view"));
            m.setId(VIEW_MENU_ID);
            // after Annotate, before the menus the window adds later (Help last)
            bar.getMenus().add(Math.min(3, bar.getMenus().size()), m);
            return m;
        });
        Menu language = new Menu(text.get("menu.view.language"));
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem arabic = new RadioMenuItem(text.get("language.arabic"));
        arabic.setId(ARABIC_ID);
        RadioMenuItem english = new RadioMenuItem(text.get("language.english"));
        english.setId(ENGLISH_ID);
        arabic.setToggleGroup(group);
        english.setToggleGroup(group);
        (text.isRightToLeft() ? arabic : english).setSelected(true);
        arabic.setOnAction(e -> choose(settings, "ar", text, relaunch));
        english.setOnAction(e -> choose(settings, "en", text, relaunch));
        language.getItems().addAll(arabic, english);
        CheckMenuItem digits = new CheckMenuItem(text.get("menu.view.arabic.digits"));
        digits.setId(DIGITS_ID);
        digits.setSelected(settings.arabicIndicDigits());
        digits.setDisable(!text.isRightToLeft());
        digits.setOnAction(e -> {
            settings.saveArabicIndicDigits(digits.isSelected());
            relaunch.accept(new UiText(text.locale(), digits.isSelected()));
        });
        if (!view.getItems().isEmpty()) {
            view.getItems().add(new SeparatorMenuItem());
        }
        view.getItems().addAll(language, digits);
    }

    private static void choose(UserSettings settings, String tag, UiText current, Consumer<UiText> relaunch) {
        String now = current.isRightToLeft() ? "ar" : "en";
        settings.saveLanguage(tag);
        if (!now.equals(tag)) {
            relaunch.accept(new UiText(Locale.forLanguageTag(tag), settings.arabicIndicDigits()));
        }
    }
}
