package org.isnad.ui.inspector;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the Arabic inspector with the TestFX robot on the sample article and a real H2 store:
 * creates and picks actors, sets quote and claim fields, links and unlinks, and checks every
 * change in the database and that undo takes each one back, in order.
 */
@ExtendWith(FxToolkitExtension.class)
class InspectorPaneTest {
    static final String NORMALIZED = "الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني";
    static final String MINISTRY = "وزارة الخارجية الأميركية";

    @RegisterExtension
    final TempStores stores = new TempStores();
    Stage stage;
    Article article;
    InspectorPane pane;
    FxRobot robot = new FxRobot();
    Span speaker;
    Span quote;
    Span added;
    Span adaf;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        article = new Article(stores.open(), new Locale("ar"));
        fx(() -> {
            pane = new InspectorPane(article.editor);
            stage.setScene(new Scene(pane, 440, 760));
            stage.show();
            // mark speaker, mark quote (attributed to it), then «قال» with the quote selected (its cue)
            speaker = article.mark(Layer.SPEAKER, Article.speakerStart(), Article.speakerEnd());
            quote = article.mark(Layer.QUOTE, Article.quoteStart(), Article.quoteEnd());
            article.mark(Layer.CUE, Article.cueStart(), Article.cueStart() + 3);
            // «وأضاف: “…”»: a cue and a quote with no mention, not linked yet
            article.editor.selectedSpanIdProperty().set(null);
            adaf = article.mark(Layer.CUE, Article.addedCueStart(), Article.addedCueStart() + 4);
            article.editor.selectedSpanIdProperty().set(null);
            added = article.mark(Layer.QUOTE, Article.addedQuoteStart(), Article.addedQuoteEnd());
            return null;
        });
        // an actor from an earlier document, to be found without its hamza
        article.store.actors().add(Actor.create(MINISTRY, ActorKind.GOVERNMENT_BODY, null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anAnalystFillsInTheWorkedExampleAndUndoTakesItAllBack() {
        List<Article.Stored> states = new ArrayList<>();
        states.add(article.stored());

        // 1. the speaker's picker creates «مارك كيميت» and names it on the mention, in one step
        select(speaker);
        click("#inspector-speaker", ".actor-new");
        TextField name = find("#inspector-speaker", ".actor-name");
        assertEquals(Article.SPEAKER, name.getText(), "the name is prefilled from the mention");
        assertEquals(ActorKind.PERSON, this.<ComboBox<ActorKind>>find("#inspector-speaker", ".actor-kind").getValue());
        click("#inspector-speaker", ".actor-role");
        robot.write(Article.ROLE);
        click("#inspector-speaker", ".actor-create");
        Actor kimmitt = article.store.actors().all().stream().filter(a -> a.canonicalName().equals(Article.SPEAKER))
                .findFirst().orElseThrow(() -> new AssertionError("the actor is not stored"));
        assertEquals(ActorKind.PERSON, kimmitt.kind());
        assertEquals(Article.ROLE, kimmitt.role());
        assertEquals(new SpeakerMention(kimmitt.id()), article.storedSpan(speaker.id()).attributes());
        assertEquals(Article.SPEAKER + " — " + Article.ROLE, this.<TokenFlow>find("#inspector-speaker", ".actor-current").getText());
        states.add(checkedChange(states));

        // 2. the «وأضاف» quote has no mention: its implicit speaker is picked by typing, Down, Enter
        select(added);
        assertFalse(find("#inspector-quote", ".quote-speaker-row").isVisible());
        assertEquals(article.editor.text().get("inspector.quote.speaker.implicit"),
                this.<javafx.scene.control.Label>find("#inspector-quote", ".quote-speaker-hint").getText());
        click("#inspector-quote", ".actor-search");
        robot.write("كيميت");
        ActorPicker picker = find("#inspector-quote", ".actor-picker");
        assertEquals(List.of(kimmitt), picker.results());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(new QuoteDetails(QuoteType.DIRECT, kimmitt.id()), article.storedSpan(added.id()).attributes());
        states.add(checkedChange(states));

        // 3. its cue is chosen among the document's cues
        choose("#inspector-quote", ".quote-cue", "أضاف");
        assertEquals(List.of(adaf.id()), linkedFrom(added, LinkType.CUED_BY));
        states.add(checkedChange(states));

        // 4. Kimmitt's quote shows its mention and actor, and becomes indirect
        select(quote);
        assertEquals(Article.SPEAKER, this.<TokenFlow>find("#inspector-quote", ".quote-speaker-mention").getText());
        assertEquals(Article.SPEAKER + " — " + Article.ROLE, this.<TokenFlow>find("#inspector-quote", ".actor-current").getText());
        choose("#inspector-quote", ".quote-type", "غير مباشر");
        assertEquals(QuoteType.INDIRECT, ((QuoteDetails) article.storedSpan(quote.id()).attributes()).type());
        states.add(checkedChange(states));

        // 5. a claim marked on the quote: linked to it, Kimmitt proposed as claimant; its fields filled in
        Span claim = fx(() -> article.mark(Layer.CLAIM, Article.claimStart(), Article.claimStart() + Article.CLAIM.length()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(find("#inspector-claim", ".claim-text").isVisible());
        assertEquals(List.of(claim.id()), linkedFrom(quote, LinkType.EXPRESSES));
        states.add(checkedChange(states));
        click("#inspector-claim", ".claim-text");
        robot.write(NORMALIZED).type(KeyCode.ENTER);
        assertEquals(NORMALIZED, claimOf(claim).normalizedText());
        states.add(checkedChange(states));
        choose("#inspector-claim", ".claim-polarity", "نفي");
        assertEquals(Polarity.DENIES, claimOf(claim).polarity());
        states.add(checkedChange(states));
        choose("#inspector-claim", ".claim-commitment", "مرجَّح");
        assertEquals(Commitment.PROBABLE, claimOf(claim).commitment());
        states.add(checkedChange(states));
        choose("#inspector-claim", ".claim-type", "تنبؤ");
        assertEquals(ClaimType.PREDICTION, claimOf(claim).claimType());
        states.add(checkedChange(states));
        click("#inspector-claim", ".worthiness-4");
        assertEquals(4, claimOf(claim).checkWorthiness());
        states.add(checkedChange(states));
        assertEquals(new ClaimDetails(NORMALIZED, kimmitt.id(), Polarity.DENIES, Commitment.PROBABLE, ClaimType.PREDICTION,
                4, null, null), claimOf(claim));

        // 6. the claimant picker folds hamza: «اميركي» finds «الأميركية»
        click("#inspector-claim", ".actor-search");
        robot.write("اميركي");
        Actor ministry = article.store.actors().all().stream().filter(a -> a.canonicalName().equals(MINISTRY)).findFirst().orElseThrow();
        assertEquals(List.of(ministry), this.<ActorPicker>find("#inspector-claim", ".actor-picker").results());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals(ministry.id(), claimOf(claim).claimantActorId());
        states.add(checkedChange(states));

        // 7. a note typed on the claim is kept when "go to" moves to the quote (focus leaves the field)
        click("#inspector-content", ".inspector-note");
        robot.write("«لا أعتقد»: ترجيح لا جزم");
        click("#inspector-links", ".link-expresses .link-goto");
        assertEquals(quote.id(), article.editor.selectedSpanIdProperty().get());
        assertEquals("«لا أعتقد»: ترجيح لا جزم", article.storedSpan(claim.id()).note());
        assertEquals(quote.start(), article.canvas.scrolledTo.get(article.canvas.scrolledTo.size() - 1));
        states.add(checkedChange(states));

        // 8. the quote's cue link is removed from its list of links
        click("#inspector-links", ".link-row.link-cued_by .link-remove");
        assertEquals(List.of(), linkedFrom(quote, LinkType.CUED_BY));
        assertEquals(List.of(claim.id()), linkedFrom(quote, LinkType.EXPRESSES), "only that link");
        states.add(checkedChange(states));

        // undo takes every change back, one at a time, in the database and in the panel
        for (int i = states.size() - 1; i > 0; i--) {
            fx(() -> {
                article.editor.undo();
                return null;
            });
            assertEquals(states.get(i - 1), article.stored(), "undo of step " + i);
        }
        select(quote);
        assertEquals("مباشر", this.<ComboBox<Choice<QuoteType>>>find("#inspector-quote", ".quote-type").getValue().label());
        assertEquals("لم يُحدَّد فاعل بعد", this.<TokenFlow>find("#inspector-quote", ".actor-current").getText());
    }

    @Test
    void thePickerIsKeyboardNavigableAndEscapeLeavesItUnchanged() {
        Actor kimmitt = fx(() -> new InspectorModel(article.editor)
                .createActor(speaker.id(), new NewActor(Article.SPEAKER, ActorKind.PERSON, Article.ROLE)).orElseThrow());
        select(added);
        click("#inspector-quote", ".actor-search");
        robot.write("ا"); // an alef: both actors' names have one
        ActorPicker picker = find("#inspector-quote", ".actor-picker");
        assertEquals(2, picker.results().size());
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(), picker.results());
        Article.Stored before = article.stored();
        robot.write("مارك").type(KeyCode.ENTER); // a single match: Enter picks it
        assertEquals(kimmitt.id(), ((QuoteDetails) article.storedSpan(added.id()).attributes()).implicitSpeakerActorId());
        click("#inspector-quote", ".actor-clear");
        assertNull(((QuoteDetails) article.storedSpan(added.id()).attributes()).implicitSpeakerActorId());
        fx(() -> {
            article.editor.undo();
            return null;
        });
        assertEquals(kimmitt.id(), ((QuoteDetails) article.storedSpan(added.id()).attributes()).implicitSpeakerActorId());
        assertFalse(before.equals(article.stored()));
    }

    @Test
    void anExistingClaimIsLinkedFromTheQuote() {
        Span claim = fx(() -> {
            article.editor.selectedSpanIdProperty().set(null);
            return article.mark(Layer.CLAIM, Article.claimStart(), Article.claimStart() + Article.CLAIM.length());
        });
        select(quote);
        assertTrue(this.<Node>find("#inspector-quote", ".link-list").lookup(".empty-note") != null);
        choose("#inspector-quote", ".quote-add-claim", Article.CLAIM);
        assertEquals(List.of(claim.id()), linkedFrom(quote, LinkType.EXPRESSES));
        assertEquals(Article.CLAIM, this.<Node>find("#inspector-quote", ".link-list")
                .lookup(".link-text") instanceof TokenFlow t ? t.getText() : null);
    }

    // ---- helpers ----

    /** The stored state after a step: different from the one before it. */
    Article.Stored checkedChange(List<Article.Stored> states) {
        Article.Stored now = article.stored();
        assertFalse(now.equals(states.get(states.size() - 1)), "step " + states.size() + " changed nothing");
        return now;
    }

    ClaimDetails claimOf(Span claim) {
        return (ClaimDetails) article.storedSpan(claim.id()).attributes();
    }

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

    void click(String within, String selector) {
        Node node = find(within, selector);
        scrollIntoView(node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a combo box and clicks the entry with this label. */
    void choose(String within, String selector, String label) {
        click(within, selector);
        ListCell<?> cell = robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && label.equals(c.getText()) && c.isVisible()
                        && c.getScene().getWindow() != stage)
                .map(n -> (ListCell<?>) n).findFirst()
                .orElseThrow(() -> new AssertionError("no entry «" + label + "» in " + selector));
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the inspector so that the node is on screen before the robot clicks it. */
    void scrollIntoView(Node node) {
        fx(() -> {
            ScrollPane scroll = (ScrollPane) pane.lookup(".inspector-scroll");
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                double top = b.getMinY() - scroll.getViewportBounds().getHeight() / 3;
                scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
