package org.isnad.ui.inspector;

import javafx.scene.layout.VBox;
import org.isnad.domain.LinkType;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.Polarity;
import org.isnad.ui.language.UiText;
import org.isnad.ui.style.StyleClasses;

/** A claim, as a fact-checker needs it: normalized text, claimant, polarity, commitment, type, check-worthiness, topic, verdict. */
final class ClaimSection extends VBox {
    private final UiText text;
    private final CommitField normalized;
    private final ActorPicker claimant;
    private final ChoiceCombo<String> claimedBy = new ChoiceCombo<>(StyleClasses.CLAIM_CLAIMED_BY);
    private final Choice<String> none;
    private final ChoiceCombo<Polarity> polarity;
    private final ChoiceCombo<Commitment> commitment;
    private final ChoiceCombo<ClaimType> claimType;
    private final WorthinessToggle worthiness;
    private final CommitField topic;
    private final CommitField verdict;
    private String claimId;

    ClaimSection(InspectorModel model) {
        setId("inspector-claim");
        getStyleClass().add(StyleClasses.INSPECTOR_SECTION);
        setSpacing(6);
        text = model.editor().text();
        none = model.none();
        worthiness = new WorthinessToggle(text);

        normalized = new CommitField(StyleClasses.CLAIM_TEXT, text.get("inspector.claim.text.prompt"));
        normalized.setOnCommit((id, v) -> model.updateClaim(id, ClaimEdits.normalizedText(v)));
        claimant = new ActorPicker(text, model.editor().actors());
        claimant.setOnPick((id, actor) -> model.assignActor(id, actor == null ? null : actor.id()));
        claimant.setOnCreate(model::createActor);
        claimedBy.setEntries(() -> model.mentionChoices(claimId));
        claimedBy.setOnChoose(id -> model.setSingleLink(LinkType.CLAIMED_BY, claimId, id));
        polarity = new ChoiceCombo<>(StyleClasses.CLAIM_POLARITY,
                EnumChoices.of(text, "inspector.claim.polarity.", Polarity.values(), false));
        polarity.setOnChoose(v -> model.updateClaim(claimId, ClaimEdits.polarity(v)));
        commitment = new ChoiceCombo<>(StyleClasses.CLAIM_COMMITMENT,
                EnumChoices.of(text, "inspector.claim.commitment.", Commitment.values(), true));
        commitment.setOnChoose(v -> model.updateClaim(claimId, ClaimEdits.commitment(v)));
        claimType = new ChoiceCombo<>(StyleClasses.CLAIM_TYPE,
                EnumChoices.of(text, "inspector.claim.type.", ClaimType.values(), true));
        claimType.setOnChoose(v -> model.updateClaim(claimId, ClaimEdits.claimType(v)));
        worthiness.setOnChoose(v -> model.updateClaim(claimId, ClaimEdits.checkWorthiness(v)));
        topic = new CommitField(StyleClasses.CLAIM_TOPIC, "");
        topic.setOnCommit((id, v) -> model.updateClaim(id, ClaimEdits.topic(v)));
        verdict = new CommitField(StyleClasses.CLAIM_VERDICT, "");
        verdict.setOnCommit((id, v) -> model.updateClaim(id, ClaimEdits.verdict(v)));

        getChildren().add(Fields.labelled(text.get("inspector.claim.text"), normalized));
        model.editor().claimProposals().ifPresent(p -> getChildren().add(new ClaimProposalStrip(model.editor(), p)));
        getChildren().addAll(
                Fields.labelled(text.get("inspector.claim.claimant"), claimant),
                Fields.labelled(text.get("inspector.claim.claimedby"), claimedBy),
                Fields.labelled(text.get("inspector.claim.polarity"), polarity),
                Fields.labelled(text.get("inspector.claim.commitment"), commitment),
                Fields.labelled(text.get("inspector.claim.type"), claimType),
                Fields.labelled(text.format("inspector.claim.worthiness", 1, 5), worthiness),
                Fields.labelled(text.get("inspector.claim.topic"), topic),
                Fields.labelled(text.get("inspector.claim.verdict"), verdict));
    }

    void show(InspectorState state) {
        ClaimDetails c = state.claim().details();
        claimId = state.spanId();
        normalized.load(claimId, c.normalizedText());
        claimant.show(claimId, state.claim().claimant(), "");
        claimedBy.load(state.claim().claimedBy() == null ? none : state.claim().claimedBy());
        polarity.load(EnumChoices.choice(text, "inspector.claim.polarity.", c.polarity()));
        commitment.load(EnumChoices.choice(text, "inspector.claim.commitment.", c.commitment()));
        claimType.load(EnumChoices.choice(text, "inspector.claim.type.", c.claimType()));
        worthiness.load(c.checkWorthiness());
        topic.load(claimId, c.topic());
        verdict.load(claimId, c.verdict());
    }

    /** Commits what is being typed before the inspector moves to another annotation. */
    void flush() {
        normalized.commit();
        topic.commit();
        verdict.commit();
    }
}
