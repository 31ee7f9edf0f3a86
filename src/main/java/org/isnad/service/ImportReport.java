package org.isnad.service;

import java.util.List;
import org.isnad.message.Message;

/**
 * What an import did, per document and per annotation set, and what it could not place
 * ({@code warningMessages}: e.g. W3C annotations that could not be anchored in the text), as messages that the
 * window shows in its language.
 */
public record ImportReport(InterchangeFormat format, List<DocumentOutcome> documents, List<String> actorsCreated,
                           List<Message> warningMessages, Carried carried) {
    public ImportReport {
        documents = List.copyOf(documents);
        actorsCreated = List.copyOf(actorsCreated);
        warningMessages = List.copyOf(warningMessages);
        carried = carried == null ? Carried.NONE : carried;
    }

    public ImportReport(InterchangeFormat format, List<DocumentOutcome> documents, List<String> actorsCreated,
                        List<Message> warningMessages) {
        this(format, documents, actorsCreated, warningMessages, Carried.NONE);
    }

    /** The warnings in English (the CLI's JSON). */
    public List<String> warnings() {
        return warningMessages.stream().map(Message::english).toList();
    }

    /**
     * What a native bundle brought besides documents and sets: claim records added and merged by id (already
     * here), claim span stances added, ratings stored, document assignments stored.
     */
    public record Carried(int claimRecordsAdded, int claimRecordsMerged, int stancesAdded, int ratingsTaken,
                          int assignmentsTaken) {
        public static final Carried NONE = new Carried(0, 0, 0, 0, 0);
    }

    /** A document of the import: its id in this database, and whether it was already there (same text SHA-256). */
    public record DocumentOutcome(String documentId, String sha256, String title, boolean existing, List<SetOutcome> sets) {
        public DocumentOutcome {
            sets = List.copyOf(sets);
        }
    }

    /** An annotation set of the import: its id in this database (new under keep-both) and what happened to it. */
    public record SetOutcome(String setId, String importedSetId, String annotator, Result result, int spans, int links) {
    }

    public enum Result {
        /** A new set was stored. */
        ADDED,
        /** The same set with the same content was already stored: nothing to do. */
        UNCHANGED,
        /** The set conflicted and was stored beside the existing one under a new id. */
        KEPT_BOTH,
        /** The stored set's content was replaced. */
        REPLACED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
