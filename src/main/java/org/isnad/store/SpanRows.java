package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.isnad.domain.ClaimDetails;
import org.isnad.domain.ClaimType;
import org.isnad.domain.Commitment;
import org.isnad.domain.CueMark;
import org.isnad.domain.Layer;
import org.isnad.domain.Polarity;
import org.isnad.domain.QuoteDetails;
import org.isnad.domain.QuoteType;
import org.isnad.domain.Span;
import org.isnad.domain.SpanAttributes;
import org.isnad.domain.SpeakerMention;

/**
 * A span as one row of {@code span}: the attributes of each layer are flattened into nullable
 * columns, and the columns of the other layers stay empty.
 */
final class SpanRows {
    /** The columns after id and set_id, in the order {@link #setFields} fills them. */
    static final String FIELDS = "layer, start_offset, end_offset, note, actor_id, quote_type, implicit_speaker_actor_id, "
            + "claim_text, claimant_actor_id, polarity, commitment, claim_type, check_worthiness, topic, verdict";
    static final int FIELD_COUNT = 15;

    private SpanRows() {
    }

    /** Fills the {@link #FIELDS} parameters starting at {@code first}; returns the next free index. */
    static int setFields(PreparedStatement s, int first, Span span) throws SQLException {
        SpanAttributes a = span.attributes();
        SpeakerMention speaker = a instanceof SpeakerMention m ? m : null;
        QuoteDetails quote = a instanceof QuoteDetails q ? q : null;
        ClaimDetails claim = a instanceof ClaimDetails c ? c : null;
        int i = first;
        Columns.setEnum(s, i++, span.layer());
        s.setInt(i++, span.start());
        s.setInt(i++, span.end());
        s.setString(i++, span.note());
        s.setString(i++, speaker == null ? null : speaker.actorId());
        Columns.setEnum(s, i++, quote == null ? null : quote.type());
        s.setString(i++, quote == null ? null : quote.implicitSpeakerActorId());
        s.setString(i++, claim == null ? null : claim.normalizedText());
        s.setString(i++, claim == null ? null : claim.claimantActorId());
        Columns.setEnum(s, i++, claim == null ? null : claim.polarity());
        Columns.setEnum(s, i++, claim == null ? null : claim.commitment());
        Columns.setEnum(s, i++, claim == null ? null : claim.claimType());
        Columns.setInteger(s, i++, claim == null ? null : claim.checkWorthiness());
        s.setString(i++, claim == null ? null : claim.topic());
        s.setString(i++, claim == null ? null : claim.verdict());
        return i;
    }

    static Span span(ResultSet rows) throws SQLException {
        Layer layer = Columns.getEnum(rows, "layer", Layer.class);
        return new Span(rows.getString("id"), layer, rows.getInt("start_offset"), rows.getInt("end_offset"),
                rows.getString("note"), attributes(layer, rows));
    }

    private static SpanAttributes attributes(Layer layer, ResultSet rows) throws SQLException {
        return switch (layer) {
            case SPEAKER -> new SpeakerMention(rows.getString("actor_id"));
            case CUE -> new CueMark();
            case QUOTE -> new QuoteDetails(Columns.getEnum(rows, "quote_type", QuoteType.class),
                    rows.getString("implicit_speaker_actor_id"));
            case CLAIM -> new ClaimDetails(rows.getString("claim_text"), rows.getString("claimant_actor_id"),
                    Columns.getEnum(rows, "polarity", Polarity.class), Columns.getEnum(rows, "commitment", Commitment.class),
                    Columns.getEnum(rows, "claim_type", ClaimType.class), Columns.getInteger(rows, "check_worthiness"),
                    rows.getString("topic"), rows.getString("verdict"));
        };
    }
}
