package org.isnad.ui.inspector;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.isnad.domain.LinkType;
import org.isnad.domain.QuoteType;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/**
 * A quote: its type, who said it (the linked mention and its actor, or an implicit speaker with no
 * mention), its cue, the quote it is nested in, and the claims it expresses.
 */
final class QuoteSection extends VBox {
    private final UiText text;
    private final ChoiceCombo<QuoteType> type;
    private final VBox mentionRow;
    private final TokenFlow mention = Fields.documentText(StyleClasses.QUOTE_SPEAKER_MENTION, 17);
    private final Label speakerHint = new Label();
    private final ActorPicker picker;
    private final ChoiceCombo<String> mentionChoice = new ChoiceCombo<>(StyleClasses.QUOTE_SPEAKER_CHOICE);
    private final ChoiceCombo<String> cue = new ChoiceCombo<>(StyleClasses.QUOTE_CUE);
    private final ChoiceCombo<String> parent = new ChoiceCombo<>(StyleClasses.QUOTE_PARENT);
    private final LinkList claims;
    private final ChoiceCombo<String> addClaim = new ChoiceCombo<>(StyleClasses.QUOTE_ADD_CLAIM);
    private final Choice<String> none;
    private String quoteId;
    private String mentionId;

    QuoteSection(InspectorModel model) {
        setId("inspector-quote");
        getStyleClass().add(StyleClasses.INSPECTOR_SECTION);
        setSpacing(6);
        text = model.editor().text();
        none = model.none();

        type = new ChoiceCombo<>(StyleClasses.QUOTE_TYPE, EnumChoices.of(text, "quote.type.", QuoteType.values(), false));
        type.setOnChoose(t -> model.setQuoteType(quoteId, t));

        Button goToMention = Fields.button(text.get("inspector.link.goto"), StyleClasses.QUOTE_SPEAKER_GOTO, () -> model.goTo(mentionId));
        // the name on its own line above its button, so a long one can wrap
        mentionRow = new VBox(4, mention, goToMention);
        mentionRow.getStyleClass().add(StyleClasses.QUOTE_SPEAKER_ROW);
        speakerHint.getStyleClass().addAll(StyleClasses.FIELD_HINT, StyleClasses.QUOTE_SPEAKER_HINT);
        speakerHint.setWrapText(true);
        picker = new ActorPicker(text, model.editor().actors());
        picker.setOnPick((spanId, actor) -> model.assignActor(spanId, actor == null ? null : actor.id()));
        picker.setOnCreate(model::createActor);

        // the speaker mention, chosen among the article's mentions (nearest first), as L-then-click links it
        mentionChoice.setEntries(() -> model.mentionChoices(quoteId));
        mentionChoice.setOnChoose(id -> model.setSingleLink(LinkType.ATTRIBUTED_TO, quoteId, id));
        cue.setEntries(() -> model.cueChoices(quoteId));
        cue.setOnChoose(id -> model.setSingleLink(LinkType.CUED_BY, quoteId, id));
        parent.setEntries(() -> model.parentChoices(quoteId));
        parent.setOnChoose(id -> model.setSingleLink(LinkType.NESTED_IN, quoteId, id));

        claims = new LinkList(text, false, "inspector.quote.claims.none");
        claims.setOnGoTo(model::goTo);
        claims.setOnRemove(model::unlink);
        addClaim.setPromptText(text.get("inspector.quote.claims.add"));
        addClaim.setEntries(() -> model.claimChoices(quoteId));
        addClaim.setOnChoose(id -> {
            if (id != null) {
                model.link(LinkType.EXPRESSES, quoteId, id);
            }
        });

        getChildren().addAll(
                Fields.labelled(text.get("inspector.quote.type"), type),
                Fields.heading(text.get("inspector.quote.speaker")),
                Fields.labelled(text.get("inspector.quote.mention"), mentionChoice),
                mentionRow, speakerHint, picker,
                Fields.labelled(text.get("inspector.quote.cue"), cue),
                Fields.labelled(text.get("inspector.quote.parent"), parent),
                Fields.heading(text.get("inspector.quote.claims")),
                claims, addClaim);
    }

    void show(InspectorState state) {
        QuoteState q = state.quote();
        quoteId = state.spanId();
        type.load(EnumChoices.choice(text, "quote.type.", q.type()));
        boolean hasMention = !q.speakerIsImplicit();
        mentionId = hasMention ? q.speakerMention().value() : null;
        mentionChoice.load(hasMention ? q.speakerMention() : none);
        mention.setText(hasMention ? q.speakerMention().label() : "");
        mentionRow.setVisible(hasMention);
        mentionRow.setManaged(hasMention);
        speakerHint.setText(text.get(hasMention ? "inspector.quote.speaker.actor" : "inspector.quote.speaker.implicit"));
        picker.show(q.actorTargetId(), q.speaker(), hasMention ? q.speakerMention().label() : "");
        cue.load(q.cue() == null ? none : q.cue());
        parent.load(q.parent() == null ? none : q.parent());
        claims.show(q.claims(), state.editable());
        addClaim.load(null);
    }
}
