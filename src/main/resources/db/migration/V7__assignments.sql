-- Issue 14: who works on a document. Two or three analysts annotate it independently; a curator (optional)
-- merges their sets into one set of kind CURATED. Assigning again replaces the document's assignment.

CREATE TABLE assignment (
    document_id VARCHAR(64) NOT NULL,
    curator     VARCHAR,
    assigned_by VARCHAR NOT NULL,
    assigned_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT assignment_pk PRIMARY KEY (document_id),
    CONSTRAINT assignment_document FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);

-- The analysts in the order given: the curator takes "analyst 1's, 2's or 3's version" by this position.
CREATE TABLE assignment_analyst (
    document_id VARCHAR(64) NOT NULL,
    position    INT NOT NULL,
    analyst     VARCHAR NOT NULL,
    CONSTRAINT assignment_analyst_pk PRIMARY KEY (document_id, position),
    CONSTRAINT assignment_analyst_once UNIQUE (document_id, analyst),
    CONSTRAINT assignment_analyst_assignment FOREIGN KEY (document_id) REFERENCES assignment (document_id) ON DELETE CASCADE
);
CREATE INDEX assignment_analyst_by_name ON assignment_analyst (analyst);
