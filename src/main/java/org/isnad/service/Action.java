package org.isnad.service;

import java.util.Locale;

/**
 * What a command does, as a key the window translates ({@code action.mark.quote}) and an
 * excerpt of the text it touched. The English rendering goes into the audit trail.
 */
public record Action(String key, String excerpt) {

    public String english() {
        String verb = switch (key) {
            case "action.mark.speaker" -> "Mark speaker";
            case "action.mark.cue" -> "Mark cue";
            case "action.mark.quote" -> "Mark quote";
            case "action.mark.claim" -> "Mark claim";
            case "action.delete" -> "Delete";
            case "action.bounds" -> "Adjust bounds of";
            case "action.attributes" -> "Change attributes of";
            case "action.note" -> "Change note of";
            case "action.assign.actor" -> "Assign actor to";
            case "action.create.actor" -> "Create actor for";
            case "action.link" -> "Link";
            case "action.unlink" -> "Unlink";
            case "action.accept.suggestion" -> "Accept suggested quote";
            case "action.verdict.accepted" -> "Accept";
            case "action.verdict.rejected" -> "Reject";
            case "action.verdict.fixed" -> "Fix";
            case "action.verdict.clear" -> "Take back the verdict on";
            case "action.curate.merge" -> "Merge the units every analyst agrees on:";
            case "action.curate.take" -> "Take analyst";
            case "action.curate.none" -> "Leave out of the curated set";
            default -> key.replace("action.", "").replace('.', ' ');
        };
        return excerpt == null || excerpt.isEmpty() ? verb : verb + " «" + excerpt + "»";
    }

    static Action mark(org.isnad.domain.Layer layer, String excerpt) {
        return new Action("action.mark." + layer.name().toLowerCase(Locale.ROOT), excerpt);
    }
}
