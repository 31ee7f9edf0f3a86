package org.isnad.ui.inspector;

import static org.isnad.testing.FxToolkitExtension.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.Span;
import org.isnad.testing.FxToolkitExtension;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the Arabic inspector for a selected quote and a selected claim of the sample article to
 * PNG files, to look at. They go to {@code target/screenshots}, or to the folder named by
 * {@code -Disnad.screenshots=docs/screenshots}.
 */
@ExtendWith(FxToolkitExtension.class)
class InspectorScreenshotTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    Article article;

    @Start
    void start(Stage stage) {
        // the toolkit is started by the extension; the panel is rendered off screen
    }

    @Test
    void quoteAndClaimInArabic() throws Exception {
        Path out = Path.of(System.getProperty("isnad.screenshots", "target/screenshots"));
        render(new Locale("ar"), out.resolve("inspector-quote.png"), out.resolve("inspector-claim.png"));
    }

    /** The English window keeps its chrome left to right; the document's text stays right to left. */
    @Test
    void quoteInEnglish() throws Exception {
        Path out = Path.of("target/screenshots");
        render(Locale.ENGLISH, out.resolve("inspector-quote-en.png"), out.resolve("inspector-claim-en.png"));
    }

    /** The speaker's picker while searching and while creating an actor (for looking at only). */
    @Test
    void speakerPickerInArabic() throws Exception {
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        article = new Article(stores.open(), new Locale("ar"));
        article.store.actors().add(org.isnad.domain.Actor.create("وزارة الخارجية الأميركية", ActorKind.GOVERNMENT_BODY, null));
        article.store.actors().add(org.isnad.domain.Actor.create("السفارة الأميركية في بغداد", ActorKind.GOVERNMENT_BODY, null));
        InspectorPane pane = fx(() -> {
            InspectorPane p = new InspectorPane(article.editor);
            new Scene(p, 430, 700);
            p.applyCss(); // creates the scroll pane's skin, which holds the sections
            article.mark(Layer.SPEAKER, Article.speakerStart(), Article.speakerEnd());
            ((javafx.scene.control.TextField) p.lookup("#inspector-speaker").lookup(".actor-search")).setText("اميركي");
            return p;
        });
        snapshot(pane, out.resolve("inspector-speaker-search.png"));
        fx(() -> {
            ((javafx.scene.control.Button) pane.lookup("#inspector-speaker").lookup(".actor-new")).fire();
            return null;
        });
        snapshot(pane, out.resolve("inspector-speaker-new-actor.png"));
    }

    private void render(Locale locale, Path quoteFile, Path claimFile) throws Exception {
        Files.createDirectories(quoteFile.toAbsolutePath().getParent());
        article = new Article(stores.open(), locale);
        InspectorModel model = new InspectorModel(article.editor);
        InspectorPane pane = fx(() -> {
            InspectorPane p = new InspectorPane(model);
            // not shown: a window taller than the headless screen cannot be painted; a snapshot can
            new Scene(p, 430, 1180);
            return p;
        });
        Span[] claim = new Span[1];
        Span quote = fx(() -> {
            // mark speaker, mark quote (linked), then a cue while the quote is selected (linked too)
            Span speaker = article.mark(Layer.SPEAKER, Article.speakerStart(), Article.speakerEnd());
            Span q = article.mark(Layer.QUOTE, Article.quoteStart(), Article.quoteEnd());
            article.mark(Layer.CUE, Article.cueStart(), Article.cueStart() + 3);
            model.createActor(speaker.id(), new NewActor(Article.SPEAKER, ActorKind.PERSON, Article.ROLE));
            article.select(q);
            claim[0] = article.mark(Layer.CLAIM, Article.claimStart(), Article.claimStart() + Article.CLAIM.length());
            model.updateClaim(claim[0].id(), ClaimEdits.normalizedText("الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني"));
            model.updateClaim(claim[0].id(), ClaimEdits.polarity(Polarity.DENIES));
            model.updateClaim(claim[0].id(), ClaimEdits.commitment(Commitment.PROBABLE));
            model.updateClaim(claim[0].id(), ClaimEdits.claimType(ClaimType.PREDICTION));
            model.updateClaim(claim[0].id(), ClaimEdits.checkWorthiness(4));
            model.updateClaim(claim[0].id(), ClaimEdits.topic("الأمن في العراق"));
            model.setNote(q.id(), "«لا أعتقد» تدل على ترجيح لا على جزم");
            article.select(q);
            return q;
        });
        assertEquals(article.editor.text().orientation(), pane.getEffectiveNodeOrientation(), "the panel follows the language");
        snapshot(pane, quoteFile);

        fx(() -> {
            model.goTo(claim[0].id());
            return null;
        });
        snapshot(pane, claimFile);
        assertEquals(LinkType.EXPRESSES, model.state().orElseThrow().links().get(0).type());
        assertEquals(quote.id(), model.state().orElseThrow().links().get(0).otherSpanId());
    }

    private static void snapshot(InspectorPane pane, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = fx(() -> SwingFXUtils.fromFXImage(pane.snapshot(null, null), null));
        ImageIO.write(image, "png", file.toFile());
        assertTrue(image.getWidth() >= 400 && image.getHeight() >= 300, file + " is " + image.getWidth() + "x" + image.getHeight());
    }
}
