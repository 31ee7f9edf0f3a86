package org.isnad.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.isnad.domain.ActorKind;
import org.isnad.domain.ClaimAppearance;
import org.isnad.domain.Stance;

/**
 * The queries that derive a claim record's appearances and counts from its living claim spans: the
 * document, its outlet and day (published, or imported when it has no date), the claimant (the claim's own,
 * else the speaker it is claimed by) and the quote that expresses it.
 */
final class ClaimQueries {
    private ClaimQueries() {
    }

    private static final String CLAIMANT = "COALESCE(s.claimant_actor_id, sp.actor_id)";
    private static final String DAY = "COALESCE(d.published_date, CAST(d.imported_at AT TIME ZONE 'UTC' AS DATE))";

    static final String APPEARANCES = "SELECT cs.span_id, cs.stance, s.start_offset, s.end_offset, "
            + "SUBSTRING(d.text, s.start_offset + 1, s.end_offset - s.start_offset) AS span_text, "
            + "d.id AS document_id, d.title, d.source_url, d.outlet, d.published_date, d.imported_at, "
            + "a.id AS claimant_id, a.canonical_name AS claimant_name, a.wikidata_id, a.kind AS claimant_kind, "
            + "q.id AS quote_id, CASE WHEN q.id IS NULL THEN NULL ELSE "
            + "SUBSTRING(d.text, q.start_offset + 1, q.end_offset - q.start_offset) END AS quote_text "
            + "FROM claim_stance cs "
            + "JOIN span s ON s.id = cs.span_id "
            + "JOIN annotation_set st ON st.id = s.set_id "
            + "JOIN document d ON d.id = st.document_id "
            + "LEFT JOIN link cb ON cb.type = 'CLAIMED_BY' AND cb.from_span_id = s.id "
            + "LEFT JOIN span sp ON sp.id = cb.to_span_id "
            + "LEFT JOIN actor a ON a.id = " + CLAIMANT + " "
            + "LEFT JOIN link ex ON ex.type = 'EXPRESSES' AND ex.to_span_id = s.id "
            + "LEFT JOIN span q ON q.id = ex.from_span_id "
            + "WHERE cs.claim_id = ? "
            + "ORDER BY " + DAY + ", d.id, s.start_offset, cs.span_id, q.id";

    static final String SUMMARIES = "SELECT r.id, r.statement, r.gloss, r.created_at, r.created_by, "
            + "COUNT(d.id) AS appearances, COUNT(DISTINCT CASE WHEN d.id IS NULL THEN NULL ELSE " + CLAIMANT + " END) AS speakers, "
            + "COUNT(DISTINCT d.outlet) AS outlets, MIN(" + DAY + ") AS first_seen, MAX(" + DAY + ") AS last_seen, "
            + "MAX(CASE WHEN cr.claim_id IS NULL THEN 0 ELSE 1 END) = 1 AS rated "
            + "FROM claim_record r "
            + "LEFT JOIN claim_stance cs ON cs.claim_id = r.id "
            + "LEFT JOIN span s ON s.id = cs.span_id "
            + "LEFT JOIN annotation_set st ON st.id = s.set_id "
            + "LEFT JOIN document d ON d.id = st.document_id "
            + "LEFT JOIN link cb ON cb.type = 'CLAIMED_BY' AND cb.from_span_id = s.id "
            + "LEFT JOIN span sp ON sp.id = cb.to_span_id "
            + "LEFT JOIN claim_rating cr ON cr.claim_id = r.id "
            + "GROUP BY r.id, r.statement, r.gloss, r.created_at, r.created_by "
            + "ORDER BY r.statement, r.id";

    static ClaimAppearance appearance(String claimId, ResultSet rows) throws SQLException {
        LocalDate published = Columns.getDate(rows, "published_date");
        LocalDate day = published != null ? published
                : Columns.getInstant(rows, "imported_at").atOffset(ZoneOffset.UTC).toLocalDate();
        String wikidata = rows.getString("wikidata_id");
        return new ClaimAppearance(claimId, rows.getString("span_id"), Columns.getEnum(rows, "stance", Stance.class),
                rows.getString("document_id"), rows.getString("title"), rows.getString("source_url"),
                rows.getString("outlet"), day, rows.getString("claimant_id"), rows.getString("claimant_name"),
                wikidata, Columns.getEnum(rows, "claimant_kind", ActorKind.class), rows.getString("span_text"),
                rows.getInt("start_offset"), rows.getInt("end_offset"), rows.getString("quote_id"),
                rows.getString("quote_text"));
    }
}
