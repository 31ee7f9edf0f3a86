package org.isnad.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.scene.input.KeyCode;
import org.isnad.app.IsnadApp;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.Layer;
import org.isnad.domain.Link;
import org.isnad.domain.LinkType;
import org.isnad.domain.Span;
import org.isnad.domain.SpeakerMention;
import org.isnad.service.Proposal;
import org.isnad.service.Workspace;
import org.isnad.testing.RealWindow;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless: the analyst tabs to a suggested claim and presses Enter. The claim is
 * stored inside its quote (accepted with it), Expressed by the quote, ClaimedBy the quote's speaker
 * mention, and the speaker's actor is its claimant.
 */
class ClaimSuggestionWindowTest extends RealWindow {
    final EditorRobot robot = new EditorRobot();

    @Test
    void acceptingASuggestedClaimMakesTheQuotesSpeakerItsClaimant() throws Exception {
        Application app = fx.startInFront(() -> new IsnadApp(store, "layla", Clock.systemUTC()));
        String docId = store.documents().summaries().get(0).id();
        Workspace check = new Workspace(store, Clock.systemUTC());
        List<Proposal> pending = check.suggestions().pending(check.open(docId, "layla"));
        int claimAt = -1;
        for (int i = 0; i < pending.size() && claimAt < 0; i++) {
            Proposal p = pending.get(i);
            if (p.suggestion().layer() == Layer.CLAIM && p.parent() != null && p.parent().speaker().isPresent()) {
                claimAt = i;
            }
        }
        assertTrue(claimAt >= 0, "the sample has a claim suggestion inside a quote with a named speaker: " + pending);
        Proposal claim = pending.get(claimAt);
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !((IsnadApp) app).mainWindow().suggestions().pending().isEmpty());

        for (int i = 0; i <= claimAt; i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.ENTER);

        AnnotationSetInfo set = store.annotations().setsOf(docId).get(0);
        List<Span> spans = store.annotations().spansOf(set.id());
        List<Link> links = store.annotations().linksOf(set.id());
        Span stored = spans.stream().filter(s -> s.layer() == Layer.CLAIM).findFirst().orElseThrow();
        assertEquals(List.of(claim.start(), claim.end()), List.of(stored.start(), stored.end()));
        Span quote = spans.stream().filter(s -> s.layer() == Layer.QUOTE).findFirst().orElseThrow();
        assertEquals(List.of(claim.parent().quote().start(), claim.parent().quote().end()), List.of(quote.start(), quote.end()),
                "its quote was accepted with it");
        assertTrue(linked(links, LinkType.EXPRESSES, quote, stored), links.toString());
        Span speaker = spans.stream().filter(s -> s.layer() == Layer.SPEAKER).findFirst().orElseThrow();
        assertTrue(linked(links, LinkType.CLAIMED_BY, stored, speaker), links.toString());
        String actorId = ((SpeakerMention) speaker.attributes()).actorId();
        assertEquals(claim.parent().actorName(), store.actors().find(actorId).orElseThrow().canonicalName());
        assertEquals(actorId, ((ClaimDetails) stored.attributes()).claimantActorId(), "the quote's speaker is the claimant");

        // one command: one undo takes the claim and its quote away
        robot.press(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(store.annotations().spansOf(set.id()).isEmpty());
    }

    private static boolean linked(List<Link> links, LinkType type, Span from, Span to) {
        return links.stream().anyMatch(l -> l.type() == type && l.fromSpanId().equals(from.id()) && l.toSpanId().equals(to.id()));
    }
}
