package org.isnad.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.isnad.service.IndexedDocument;
import org.isnad.service.IndexedSpan;
import org.isnad.text.ArabicFolding;

/** A document as index entries: one for its text, one for each annotation (the annotation's own words). */
final class IndexEntries {
    /** Words with positions (phrases) and offsets (hits point into the stored text). */
    private static final FieldType WORDS_TYPE = new FieldType();

    static {
        WORDS_TYPE.setTokenized(true);
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WORDS_TYPE.freeze();
    }

    private IndexEntries() {
    }

    static List<Document> of(IndexedDocument source) {
        List<Document> entries = new ArrayList<>(1 + source.spans().size());
        Document text = common(source);
        text.add(new StringField(IndexFields.KIND, IndexFields.TEXT, Field.Store.NO));
        text.add(new StoredField(IndexFields.STORED, source.text()));
        source.annotators().forEach(a -> text.add(new StringField(IndexFields.ANNOTATOR, a, Field.Store.NO)));
        source.states().forEach(s -> text.add(new StringField(IndexFields.STATE, s, Field.Store.NO)));
        words(text, source.text(), 0);
        entries.add(text);
        for (IndexedSpan span : source.spans()) {
            Document entry = common(source);
            entry.add(new StringField(IndexFields.KIND, IndexFields.SPAN, Field.Store.NO));
            entry.add(new StringField(IndexFields.SPAN_ID, span.id(), Field.Store.YES));
            entry.add(new StringField(IndexFields.LAYER, span.layer().name(), Field.Store.YES));
            entry.add(new StringField(IndexFields.ANNOTATOR, span.annotator(), Field.Store.NO));
            entry.add(new StringField(IndexFields.STATE, span.state(), Field.Store.NO));
            if (span.actorId() != null) {
                entry.add(new StringField(IndexFields.ACTOR, span.actorId(), Field.Store.NO));
            }
            if (span.actorName() != null) {
                entry.add(new StoredField(IndexFields.ACTOR_NAME, span.actorName()));
            }
            if (span.quoteType() != null) {
                entry.add(new StringField(IndexFields.QUOTE_TYPE, span.quoteType(), Field.Store.NO));
            }
            int end = Math.min(span.end(), source.text().length());
            int start = Math.min(span.start(), end);
            words(entry, source.text().substring(start, end), start);
            entries.add(entry);
        }
        return entries;
    }

    /** The outlet as filters compare it: folded, so case and hamza forms do not matter. */
    static String outletKey(String outlet) {
        return ArabicFolding.foldQuery(outlet.strip());
    }

    private static Document common(IndexedDocument source) {
        Document entry = new Document();
        entry.add(new StringField(IndexFields.DOC, source.id(), Field.Store.YES));
        entry.add(new StoredField(IndexFields.TITLE, source.title()));
        if (source.outlet() != null) {
            entry.add(new StringField(IndexFields.OUTLET, outletKey(source.outlet()), Field.Store.NO));
        }
        if (source.publishedDate() != null) {
            entry.add(new LongPoint(IndexFields.DATE, source.publishedDate().toEpochDay()));
        }
        return entry;
    }

    private static void words(Document entry, String text, int base) {
        entry.add(new StoredField(IndexFields.BASE, base));
        entry.add(new Field(IndexFields.WORDS, text, WORDS_TYPE));
        entry.add(new Field(IndexFields.EXACT, text, WORDS_TYPE));
    }
}
