package org.isnad.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.isnad.service.StoreChoice;
import org.isnad.ui.language.UiText;

/** File → Connect to a team server… and File → Use the local database (shown while on a server), above Quit. */
final class TeamServerMenu {
    private TeamServerMenu() {
    }

    static void install(MenuBar menuBar, UiText text, Stage stage, StoreChoice stores, Consumer<String> message) {
        Menu file = menuBar.getMenus().get(0);
        MenuItem connect = new MenuItem(text.get("menu.file.server.connect"));
        connect.setOnAction(e -> new ServerConnectDialog(text, stage, stores).ask(stores.server().orElse(null), null)
                .ifPresent(Runnable::run));
        MenuItem local = new MenuItem(text.get("menu.file.server.local"));
        local.setVisible(stores.server().isPresent());
        local.setOnAction(e -> {
            try {
                stores.useLocal();
            } catch (RuntimeException ex) {
                message.accept(text.describe(ex));
            }
        });
        int quit = Math.max(0, file.getItems().size() - 1);
        file.getItems().addAll(quit, List.of(connect, local, new SeparatorMenuItem()));
    }
}
