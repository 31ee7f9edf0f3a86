package org.isnad.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.isnad.domain.Actor;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Layer;
import org.isnad.domain.LinkType;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.testing.TempStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inspector's view model on a real store, without starting JavaFX: what it shows and what each edit stores. */
class InspectorModelTest {
    @RegisterExtension
    final TempStores stores = new TempStores();
    Article article;
    InspectorModel model;
    Span speaker;
    Span quote;

    @BeforeEach
    void open() {
        article = new Article(stores.open(), Locale.ENGLISH);
        assertEquals(Article.TEXT, article.editor.session().orElseThrow().document().text(), "the sample is stored as is");
        model = new InspectorModel(article.editor);
        // mark speaker, mark quote: the quote is attributed to the speaker
        speaker = article.mark(Layer.SPEAKER, Article.speakerStart(), Article.speakerEnd());
        quote = article.mark(Layer.QUOTE, Article.quoteStart(), Article.quoteEnd());
    }

    InspectorState state() {
        return model.state().orElseThrow();
    }

    @Test
    void nothingSelectedShowsNothing() {
        article.editor.selectedSpanIdProperty().set(null);
        assertTrue(model.state().isEmpty());
    }

    @Test
    void aQuoteShowsItsMentionAndTheLinkToIt() {
        InspectorState s = state();
        assertEquals(Layer.QUOTE, s.layer());
        assertEquals("Quote", s.layerName());
        assertTrue(s.showsQuote());
        assertFalse(s.showsClaim());
        assertFalse(s.showsSpeaker());
        assertTrue(s.text().startsWith("لا أعتقد أن الانسحاب"));
        assertTrue(s.text().endsWith("اللوجستي"));
        assertEquals(QuoteType.DIRECT, s.quote().type());
        assertEquals(new Choice<>(speaker.id(), Article.SPEAKER), s.quote().speakerMention());
        assertEquals(speaker.id(), s.quote().actorTargetId(), "the picker names the mention's actor");
        assertNull(s.quote().speaker());
        assertEquals(1, s.links().size());
        LinkRow row = s.links().get(0);
        assertEquals(LinkType.ATTRIBUTED_TO, row.type());
        assertTrue(row.outgoing());
        assertEquals("attributed to", row.label());
        assertEquals(speaker.id(), row.otherSpanId());
        assertEquals("speaker", row.otherLayerName());
        assertEquals(Article.SPEAKER, row.otherText());

        // seen from the mention, the same link reads the other way
        article.select(speaker);
        InspectorState m = state();
        assertTrue(m.showsSpeaker());
        assertFalse(m.showsQuote());
        assertEquals("speaker of", m.links().get(0).label());
        assertEquals(quote.id(), m.links().get(0).otherSpanId());
        assertTrue(m.links().get(0).otherText().endsWith("…"), "a long quote is cut in the list");
    }

    @Test
    void creatingAnActorNamesItOnTheMentionInOneUndoableStep() {
        article.select(speaker);
        Actor created = model.createActor(speaker.id(), new NewActor(Article.SPEAKER, ActorKind.PERSON, Article.ROLE)).orElseThrow();
        assertEquals(List.of(created), article.store.actors().all());
        assertEquals(new SpeakerMention(created.id()), article.storedSpan(speaker.id()).attributes());
        assertEquals(created, state().speaker().actor());
        article.select(quote);
        assertEquals(created, state().quote().speaker(), "the quote's speaker comes through its mention");

        article.editor.undo();
        assertEquals(List.of(), article.store.actors().all());
        assertEquals(new SpeakerMention(null), article.storedSpan(speaker.id()).attributes());
    }

    @Test
    void aQuoteWithoutMentionTakesAnImplicitSpeaker() {
        Actor kimmitt = model.createActor(speaker.id(), new NewActor(Article.SPEAKER, ActorKind.PERSON, Article.ROLE)).orElseThrow();
        article.editor.selectedSpanIdProperty().set(null);
        Span added = article.mark(Layer.QUOTE, Article.addedQuoteStart(), Article.addedQuoteEnd());
        InspectorState s = state();
        assertTrue(s.quote().speakerIsImplicit());
        assertEquals(added.id(), s.quote().actorTargetId());
        assertTrue(model.assignActor(added.id(), kimmitt.id()));
        assertEquals(new QuoteDetails(QuoteType.DIRECT, kimmitt.id()), article.storedSpan(added.id()).attributes());
        assertEquals(kimmitt, state().quote().speaker());
        assertTrue(model.assignActor(added.id(), null));
        assertEquals(new QuoteDetails(QuoteType.DIRECT, null), article.storedSpan(added.id()).attributes());
    }

    @Test
    void choicesListNoneFirstThenTheNearestAnnotations() {
        article.editor.selectedSpanIdProperty().set(null);
        Span farCue = article.mark(Layer.CUE, Article.TEXT.indexOf("يقول"), Article.TEXT.indexOf("يقول") + 4);
        Span cue = article.mark(Layer.CUE, Article.cueStart(), Article.cueStart() + 3);
        Span added = article.mark(Layer.QUOTE, Article.addedQuoteStart(), Article.addedQuoteEnd());

        List<Choice<String>> cues = model.cueChoices(quote.id());
        assertEquals(List.of(model.none(), new Choice<>(cue.id(), "قال"), new Choice<>(farCue.id(), "يقول")), cues);
        List<Choice<String>> parents = model.parentChoices(quote.id());
        assertEquals(2, parents.size(), "none and the other quote, never the quote itself");
        assertEquals(added.id(), parents.get(1).value());

        article.select(quote);
        Span claim = article.mark(Layer.CLAIM, Article.claimStart(), Article.claimStart() + Article.CLAIM.length());
        assertEquals(List.of(), model.claimChoices(quote.id()), "the new claim is already expressed by the quote");
        assertEquals(List.of(claim.id()), model.claimChoices(added.id()).stream().map(Choice::value).toList());
    }

    @Test
    void replacingACueIsOneUndoableStep() {
        article.editor.selectedSpanIdProperty().set(null);
        Span qaal = article.mark(Layer.CUE, Article.cueStart(), Article.cueStart() + 3);
        Span adaf = article.mark(Layer.CUE, Article.addedCueStart(), Article.addedCueStart() + 4);
        assertTrue(model.setSingleLink(LinkType.CUED_BY, quote.id(), qaal.id()));
        Article.Stored withQaal = article.stored();
        assertTrue(model.setSingleLink(LinkType.CUED_BY, quote.id(), adaf.id()));
        article.select(quote);
        assertEquals(new Choice<>(adaf.id(), "أضاف"), state().quote().cue());
        assertEquals(1, article.store.annotations().linksOf(article.setId()).stream()
                .filter(l -> l.type() == LinkType.CUED_BY).count());

        article.editor.undo();
        assertEquals(withQaal, article.stored());
        assertEquals(new Choice<>(qaal.id(), "قال"), state().quote().cue());
        assertTrue(model.setSingleLink(LinkType.CUED_BY, quote.id(), null));
        assertNull(state().quote().cue());
    }

    @Test
    void claimFieldsAreStoredOneByOne() {
        Actor kimmitt = model.createActor(speaker.id(), new NewActor(Article.SPEAKER, ActorKind.PERSON, Article.ROLE)).orElseThrow();
        article.select(quote);
        Span claim = article.mark(Layer.CLAIM, Article.claimStart(), Article.claimStart() + Article.CLAIM.length());
        InspectorState s = state();
        assertTrue(s.showsClaim());
        assertFalse(s.showsQuote());
        assertEquals(kimmitt, s.claim().claimant(), "the quote's speaker is proposed as claimant");
        assertEquals("expressed by", s.links().get(0).label());

        String normalized = "الانسحاب الأميركي من العراق لن يؤدي إلى فراغ أمني";
        assertTrue(model.updateClaim(claim.id(), ClaimEdits.normalizedText(normalized)));
        assertTrue(model.updateClaim(claim.id(), ClaimEdits.polarity(Polarity.DENIES)));
        assertTrue(model.updateClaim(claim.id(), ClaimEdits.commitment(Commitment.PROBABLE)));
        assertTrue(model.updateClaim(claim.id(), ClaimEdits.claimType(ClaimType.PREDICTION)));
        assertTrue(model.updateClaim(claim.id(), ClaimEdits.checkWorthiness(4)));
        assertTrue(model.updateClaim(claim.id(), ClaimEdits.topic("الأمن في العراق")));
        assertTrue(model.updateClaim(claim.id(), ClaimEdits.verdict("غير مُتحقَّق منه")));
        ClaimDetails expected = new ClaimDetails(normalized, kimmitt.id(), Polarity.DENIES, Commitment.PROBABLE,
                ClaimType.PREDICTION, 4, "الأمن في العراق", "غير مُتحقَّق منه");
        assertEquals(expected, article.storedSpan(claim.id()).attributes());
        assertEquals(expected, state().claim().details());

        article.select(quote);
        assertEquals(normalized, state().quote().claims().get(0).otherText(), "a claim is listed by its normalized text");

        article.editor.undo();
        ClaimDetails undone = (ClaimDetails) article.storedSpan(claim.id()).attributes();
        assertNull(undone.verdict(), "undo takes back the last field only");
        assertEquals("الأمن في العراق", undone.topic());
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() {
        article.editor.selectedSpanIdProperty().set(null);
        Span outer = article.mark(Layer.QUOTE, Article.addedQuoteStart(), Article.addedQuoteEnd());
        assertTrue(model.setSingleLink(LinkType.NESTED_IN, quote.id(), outer.id()));
        Article.Stored before = article.stored();
        assertFalse(model.setSingleLink(LinkType.NESTED_IN, outer.id(), quote.id()), "a cycle is refused");
        assertEquals(before, article.stored());
        assertTrue(article.editor.messageProperty().get().contains("nested"), article.editor.messageProperty().get());
    }

    @Test
    void removingALinkFromTheListIsUndoable() {
        Article.Stored before = article.stored();
        String linkId = state().links().get(0).linkId();
        assertTrue(model.unlink(linkId));
        assertEquals(List.of(), article.store.annotations().linksOf(article.setId()));
        assertTrue(state().quote().speakerIsImplicit());
        article.editor.undo();
        assertEquals(before, article.stored());
    }

    @Test
    void goToSelectsTheOtherEndAndScrollsToIt() {
        model.goTo(speaker.id());
        assertEquals(speaker.id(), article.editor.selectedSpanIdProperty().get());
        assertEquals(List.of(speaker.start()), article.canvas.scrolledTo);
    }

    @Test
    void theArabicPanelReadsInArabic() {
        Article ar = new Article(stores.open("ar"), new Locale("ar"));
        Span s = ar.mark(Layer.SPEAKER, Article.speakerStart(), Article.speakerEnd());
        ar.mark(Layer.QUOTE, Article.quoteStart(), Article.quoteEnd());
        InspectorModel m = new InspectorModel(ar.editor);
        InspectorState q = m.state().orElseThrow();
        assertEquals("اقتباس", q.layerName());
        assertEquals("منسوب إلى", q.links().get(0).label());
        assertEquals("متكلم", q.links().get(0).otherLayerName());
        ar.select(s);
        assertEquals("إشارة إلى متكلم", m.state().orElseThrow().layerName());
    }
}
