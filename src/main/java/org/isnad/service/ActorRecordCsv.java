package org.isnad.service;

import java.util.List;
import org.isnad.domain.Actor;

/**
 * An actor's record as CSV (RFC 4180, UTF-8 with a BOM so that spreadsheets read the Arabic, CRLF):
 * one row per quote or claim, newest first, cells neutralised against formula injection.
 */
final class ActorRecordCsv {
    static final List<String> HEADER = List.of("actor_id", "actor", "date", "outlet", "document", "title", "layer",
            "quote_type", "review_state", "verdict", "annotator", "start", "end", "text");

    private ActorRecordCsv() {
    }

    static String of(Actor actor, List<ActorStatement> statements) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, HEADER);
        for (ActorStatement s : statements) {
            row(out, List.of(actor.id(), actor.canonicalName(), s.day().toString(), nullToEmpty(s.outlet()),
                    s.documentId(), s.title(), s.layer().name(), s.quoteType() == null ? "" : s.quoteType().name(),
                    s.setState().key(), s.verdict() == null ? "" : s.verdict().name(), s.annotator(),
                    Integer.toString(s.start()), Integer.toString(s.end()), s.text()));
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder out, List<String> cells) {
        CsvRows.append(out, cells);
    }
}
