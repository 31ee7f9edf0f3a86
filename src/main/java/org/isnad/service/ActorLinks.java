package org.isnad.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The annotations and roles that were moved from one actor to another, exactly, so that moving
 * them back restores the state before: speaker spans, implicit speakers of quotes, claimants, role days.
 */
public record ActorLinks(List<String> speakerSpans, List<String> implicitSpeakerQuotes, List<String> claimantClaims,
                         List<LocalDate> roleDays) {
    public ActorLinks {
        speakerSpans = List.copyOf(speakerSpans);
        implicitSpeakerQuotes = List.copyOf(implicitSpeakerQuotes);
        claimantClaims = List.copyOf(claimantClaims);
        roleDays = List.copyOf(roleDays);
    }

    public int annotations() {
        return speakerSpans.size() + implicitSpeakerQuotes.size() + claimantClaims.size();
    }
}
