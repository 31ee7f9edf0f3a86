package org.isnad.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.isnad.service.CorpusSearch;
import org.isnad.service.SearchHit;
import org.isnad.ui.language.UiText;

/** The corpus search in a window of its own beside the main one, so the article stays in view while hits are opened. */
public final class CorpusSearchWindow {
    private final Stage stage = new Stage();
    private final CorpusSearchPane pane;

    public CorpusSearchWindow(Stage owner, UiText text, CorpusSearch search, Consumer<SearchHit> opener, List<String> styles) {
        pane = new CorpusSearchPane(text, search, opener);
        pane.setNodeOrientation(text.orientation());
        Scene scene = new Scene(pane, 720, 560);
        scene.getStylesheets().addAll(styles);
        stage.initOwner(owner);
        stage.setTitle(text.get("search.title"));
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
        pane.field().requestFocus();
        pane.field().selectAll();
    }

    public CorpusSearchPane pane() {
        return pane;
    }

    public Stage stage() {
        return stage;
    }
}
