-- Isnad schema, version 5: the search index's change counter.
-- Every change to a document (its text, metadata, annotations, verdicts, review state or its deletion)
-- adds a row here in the same transaction as the change. The highest sequence is the database's change
-- counter; the search index records the counter it has caught up to, so at start the documents changed
-- since then are indexed again, and a crash between a commit and the index update loses nothing.
-- No foreign key on purpose: a deleted document's row tells the index to drop it.

CREATE TABLE search_change (
    sequence    BIGINT GENERATED ALWAYS AS IDENTITY,
    document_id VARCHAR(64) NOT NULL,
    CONSTRAINT search_change_pk PRIMARY KEY (sequence)
);
CREATE INDEX search_change_by_document ON search_change (document_id, sequence);

-- The documents already there count as changed once, so an index built before this version is caught up.
INSERT INTO search_change (document_id) SELECT id FROM document ORDER BY imported_at, id;
