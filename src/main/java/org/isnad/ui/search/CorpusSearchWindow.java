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
    private final String corpusTitle;
    private final String articleTitle;

    public CorpusSearchWindow(Stage owner, UiText text, CorpusSearch search, Consumer<SearchHit> opener, List<String> styles) {
        pane = new CorpusSearchPane(text, search, opener);
        pane.setNodeOrientation(text.orientation());
        Scene scene = new Scene(pane, 720, 560);
        scene.getStylesheets().addAll(styles);
        stage.initOwner(owner);
        corpusTitle = text.get("search.title");
        articleTitle = text.get("search.title.article");
        stage.setTitle(corpusTitle);
        stage.setScene(scene);
    }

    /** Ctrl+Shift+F: the whole corpus. */
    public void show() {
        showFor(null);
    }

    /** Ctrl+F: the open article only (null: the corpus); the title says which. */
    public void showFor(String documentId) {
        pane.limitTo(documentId);
        stage.setTitle(documentId == null ? corpusTitle : articleTitle);
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
