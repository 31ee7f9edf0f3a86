package org.isnad.ui.review;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.isnad.ui.language.UiText;

/** The Review menu: the analyst's steps, review mode, sign-off, keys and history. */
final class ReviewMenu {
    private ReviewMenu() {
    }

    static Menu build(UiText text, ReviewWindow window, ReviewerKeyDialogs keys) {
        Menu menu = new Menu(text.get("menu.review"));
        menu.setId("reviewMenu");
        menu.getItems().addAll(
                item(text, "menu.review.submit", null, window::submit),
                item(text, "menu.review.resume", null, window::resume),
                new SeparatorMenuItem(),
                item(text, "menu.review.start", "Shortcut+R", window::reviewThisDocument),
                item(text, "menu.review.approve", "Shortcut+Shift+A", window::approve),
                item(text, "menu.review.changes", "Shortcut+Shift+R", window::requestChanges),
                item(text, "menu.review.leave", null, window::leave),
                new SeparatorMenuItem(),
                item(text, "menu.review.check", "F5", window::checkAgain),
                item(text, "menu.review.reopen", null, window::reopen),
                item(text, "menu.review.history", "Shortcut+H", window::history),
                new SeparatorMenuItem(),
                item(text, "menu.review.key.export", null, keys::exportKey),
                item(text, "menu.review.key.import", null, keys::importKey));
        return menu;
    }

    private static MenuItem item(UiText text, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text.get(key));
        item.setId(key.replace('.', '-'));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
