package org.isnad.ui.help;

import java.io.InputStream;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.isnad.ui.editor.DocumentFont;
import org.isnad.ui.language.UiText;

/**
 * Help → User guide: the guide shown inside the program (no browser, no network), in the window's
 * language, with a switch to the other one. Arabic is laid out right to left.
 */
public final class UserGuideWindow {
    private static final double WIDTH = 900;

    private final Stage stage = new Stage();
    private final ScrollPane scroll = new ScrollPane();

    public UserGuideWindow(UiText text, Window owner) {
        stage.initOwner(owner);
        stage.setTitle(text.get("guide.title"));
        ToggleGroup languages = new ToggleGroup();
        ToggleButton english = new ToggleButton("English");
        ToggleButton arabic = new ToggleButton("العربية");
        english.setToggleGroup(languages);
        arabic.setToggleGroup(languages);
        english.setOnAction(e -> show(Locale.ENGLISH, english, arabic));
        arabic.setOnAction(e -> show(Locale.forLanguageTag("ar"), arabic, english));
        HBox bar = new HBox(6, english, arabic);
        bar.setPadding(new Insets(6, 10, 6, 10));
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        stage.setScene(new Scene(root, WIDTH + 40, 800));
        if (text.isRightToLeft()) {
            show(Locale.forLanguageTag("ar"), arabic, english);
        } else {
            show(Locale.ENGLISH, english, arabic);
        }
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    /** The window, for tests and screenshots. */
    public Stage stage() {
        return stage;
    }

    private void show(Locale language, ToggleButton on, ToggleButton off) {
        on.setSelected(true);
        off.setSelected(false);
        UserGuide guide = UserGuide.load(language);
        VBox page = new VBox(10);
        page.setPadding(new Insets(16, 24, 24, 24));
        page.setNodeOrientation("ar".equals(guide.language().getLanguage())
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        // Arabic in the font the documents are shown in, which every machine has (it is shipped)
        String font = "ar".equals(guide.language().getLanguage())
                ? "-fx-font-family: \"" + DocumentFont.family() + "\"; -fx-font-size: 1.3em; " : "-fx-font-size: 1.1em; ";
        for (UserGuide.Block block : guide.blocks()) {
            page.getChildren().add(node(block, font));
        }
        scroll.setContent(page);
        scroll.setVvalue(0);
    }

    private static Node node(UserGuide.Block block, String font) {
        if (block instanceof UserGuide.Heading h) {
            return text(h.text(), font + (h.level() == 1 ? "-fx-font-size: 1.9em; -fx-font-weight: bold;"
                    : "-fx-font-size: 1.4em; -fx-font-weight: bold;"), h.level() == 1 ? 0 : 12, 0);
        }
        if (block instanceof UserGuide.Item i) {
            return text("•  " + i.text(), font, 0, 12);
        }
        if (block instanceof UserGuide.Picture p) {
            InputStream in = UserGuideWindow.class.getResourceAsStream(p.resource());
            if (in == null) {
                return text("[" + p.caption() + "]", font, 0, 0);
            }
            ImageView image = new ImageView(new Image(in));
            image.setPreserveRatio(true);
            image.setFitWidth(Math.min(WIDTH - 48, image.getImage().getWidth()));
            return new VBox(4, image, text(p.caption(), font + "-fx-fill: #555;", 0, 0));
        }
        return text(((UserGuide.Paragraph) block).text(), font, 0, 0);
    }

    /**
     * A text flow of one text node per word, not a label: JavaFX measures a long right-to-left run
     * wider than it draws it and cuts off its lines (the document view splits its text into tokens
     * for the same reason, docs/adr/0005-rtl-geometry-and-per-token-text.md).
     */
    private static TextFlow text(String content, String style, double above, double side) {
        TextFlow flow = new TextFlow();
        String[] words = content.split(" ");
        for (int i = 0; i < words.length; i++) {
            Text word = new Text(i < words.length - 1 ? words[i] + " " : words[i]);
            word.setStyle(style);
            flow.getChildren().add(word);
        }
        flow.setMaxWidth(WIDTH - 48);
        flow.setPadding(new Insets(above, side, 0, side));
        return flow;
    }
}
