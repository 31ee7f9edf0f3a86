package org.isnad.ui.inspector;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector chooses a quote's speaker mention among the article's mentions (nearest first) and a
 * claim's ClaimedBy mention and claimant actor, driven by mouse and keys on the Alhurra article in a
 * real H2 store; each choice is stored as a link (or the claimant attribute) and undo takes it back.
 */
@ExtendWith(FxToolkitExtension.class)
class InspectorMentionPickTest {
    static final String SUDANI = "السوداني";
    static final String NONE = "— لا شيء —";

    @RegisterExtension
    final TempStores stores = new TempStores();
    Stage stage;
    Article article;
    FxRobot robot = new FxRobot();
    Span kimmitt;
    Span sudani;
    Span quote;
    Span added;
    Span claim;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        article = new Article(stores.open(), new Locale("ar"));
        fx(() -> {
            stage.setScene(new Scene(new InspectorPane(article.editor), 440, 760));
            stage.show();
            kimmitt = article.mark(Layer.SPEAKER, Article.speakerStart(), Article.speakerEnd());
            quote = article.mark(Layer.QUOTE, Article.quoteStart(), Article.quoteEnd());
            article.editor.selectedSpanIdProperty().set(null);
            int s = Article.TEXT.indexOf(SUDANI);
            sudani = article.mark(Layer.SPEAKER, s, s + SUDANI.length());
            article.editor.selectedSpanIdProperty().set(null);
            added = article.mark(Layer.QUOTE, Article.addedQuoteStart(), Article.addedQuoteEnd());
            article.editor.selectedSpanIdProperty().set(null);
            claim = article.mark(Layer.CLAIM, Article.claimStart(), Article.claimStart() + Article.CLAIM.length());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aQuotesSpeakerMentionIsChosenNearestFirstAndReplaced() {
        assertEquals(List.of(kimmitt.id()), linkedFrom(quote, LinkType.ATTRIBUTED_TO), "marked after its mention");

        // the «وأضاف» quote: the list offers none, then Kimmitt (near), then al-Sudani (far); a click picks al-Sudani
        select(added);
        ComboBox<Choice<String>> combo = find("#inspector-quote", ".quote-speaker-choice");
        click(combo);
        assertEquals(List.of(NONE, Kimmitt.SPEAKER, SUDANI), fx(() -> combo.getItems().stream().map(Choice::label).toList()));
        clickEntry(SUDANI);
        assertEquals(List.of(sudani.id()), linkedFrom(added, LinkType.ATTRIBUTED_TO));
        assertEquals(SUDANI, this.<TokenFlow>find("#inspector-quote", ".quote-speaker-mention").getText());

        // Kimmitt's own quote: the keyboard moves its link to al-Sudani, replacing it (one link, not two)
        select(quote);
        ComboBox<Choice<String>> again = find("#inspector-quote", ".quote-speaker-choice");
        assertEquals(Kimmitt.SPEAKER, fx(() -> again.getValue().label()));
        click(again);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(sudani.id()), linkedFrom(quote, LinkType.ATTRIBUTED_TO));

        // undo, as for L-then-click, puts Kimmitt back
        fx(() -> {
            article.editor.undo();
            return null;
        });
        assertEquals(List.of(kimmitt.id()), linkedFrom(quote, LinkType.ATTRIBUTED_TO));
    }

    @Test
    void aClaimsClaimedByMentionAndClaimantAreChosen() {
        Actor actor = fx(() -> new InspectorModel(article.editor)
                .createActor(kimmitt.id(), new NewActor(Kimmitt.SPEAKER, ActorKind.PERSON, Kimmitt.ROLE)).orElseThrow());
        select(claim);
        // ClaimedBy: keys in the open list (none → Kimmitt, the nearest)
        click(find("#inspector-claim", ".claim-claimed-by"));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(kimmitt.id()), linkedFrom(claim, LinkType.CLAIMED_BY));

        // the claimant, from the actors: typed, Down, Enter
        click(find("#inspector-claim", ".actor-search"));
        robot.write("كيميت").type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(actor.id(), ((ClaimDetails) article.storedSpan(claim.id()).attributes()).claimantActorId());

        // choosing «none» removes the ClaimedBy link
        click(find("#inspector-claim", ".claim-claimed-by"));
        clickEntry(NONE);
        assertEquals(List.of(), linkedFrom(claim, LinkType.CLAIMED_BY));
        assertEquals(actor.id(), ((ClaimDetails) article.storedSpan(claim.id()).attributes()).claimantActorId(),
                "the claimant actor stays");
    }

    // ---- helpers ----

    List<String> linkedFrom(Span span, LinkType type) {
        return article.store.annotations().linksOf(article.setId()).stream()
                .filter(l -> l.type() == type && l.fromSpanId().equals(span.id())).map(Link::toSpanId).toList();
    }

    void select(Span span) {
        fx(() -> {
            article.select(span);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    <T extends Node> T find(String within, String selector) {
        Node root = robot.lookup(within).query();
        Node found = fx(() -> root.lookup(selector));
        if (found == null) {
            throw new AssertionError("no " + selector + " in " + within);
        }
        return (T) found;
    }

    void click(Node node) {
        fx(() -> {
            ScrollPane scroll = (ScrollPane) stage.getScene().getRoot().lookup(".inspector-scroll");
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - scroll.getViewportBounds().getHeight() / 3) / hidden)));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the entry with this label in the open list of a combo box. */
    void clickEntry(String label) {
        ListCell<?> cell = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && label.equals(c.getText()) && c.isVisible()
                        && c.getScene().getWindow() != stage)
                .map(n -> (ListCell<?>) n).findFirst()
                .orElseThrow(() -> new AssertionError("no entry «" + label + "»"));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
