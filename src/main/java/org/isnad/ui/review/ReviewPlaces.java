package org.isnad.ui.review;

import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;

/**
 * The places of the main window that review fills, given explicitly by the window that owns them.
 *
 * @param scene                the window's scene: review's keys and stylesheet
 * @param menuBar              the Review menu goes before its last menu (Help)
 * @param aboveDocument        the strip (badge, banner, verdict) is added at its end
 * @param statusLine           the set's state is shown as its third item
 * @param inspectorHolder      the review panel takes the place of what it holds while reviewing
 * @param offWhileReviewing    controls off in review mode (the toolbar, the attributions table)
 * @param menusOffWhileReviewing menus off in review mode (Annotate)
 */
public record ReviewPlaces(Scene scene, MenuBar menuBar, Pane aboveDocument, Pane statusLine, Pane inspectorHolder,
                           List<Node> offWhileReviewing, List<MenuItem> menusOffWhileReviewing) {
    public ReviewPlaces {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(menuBar, "menuBar");
        Objects.requireNonNull(aboveDocument, "aboveDocument");
        Objects.requireNonNull(statusLine, "statusLine");
        Objects.requireNonNull(inspectorHolder, "inspectorHolder");
        offWhileReviewing = List.copyOf(offWhileReviewing);
        menusOffWhileReviewing = List.copyOf(menusOffWhileReviewing);
    }
}
