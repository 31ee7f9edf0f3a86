-- Isnad schema, version 6: the library as a corpus (issue 12). Versions 4, 5 and 7 belong to other changes.
-- Tags per document, the title folded for searching (filled by the program: the folding is Java's),
-- the indexes the library's filters and sorts use, and an actor's roles over time.

CREATE TABLE document_tag (
    document_id VARCHAR(64) NOT NULL,
    tag         VARCHAR(100) NOT NULL,
    CONSTRAINT document_tag_pk PRIMARY KEY (document_id, tag),
    CONSTRAINT document_tag_document_fk FOREIGN KEY (document_id) REFERENCES document (id) ON DELETE CASCADE
);
CREATE INDEX document_tag_by_tag ON document_tag (tag, document_id);

ALTER TABLE document ADD COLUMN title_folded VARCHAR;
CREATE INDEX document_by_title ON document (title, id);
CREATE INDEX document_by_outlet ON document (outlet, id);
CREATE INDEX document_by_date ON document (published_date, id);
CREATE INDEX annotation_set_by_annotator ON annotation_set (annotator, document_id);
CREATE INDEX link_by_type_to ON link (type, to_span_id);

-- since: the first day the actor held the role; the newest row is the current role (actor.role keeps a copy).
CREATE TABLE actor_role (
    actor_id VARCHAR(64) NOT NULL,
    since    DATE NOT NULL,
    role     VARCHAR NOT NULL,
    CONSTRAINT actor_role_pk PRIMARY KEY (actor_id, since),
    CONSTRAINT actor_role_actor_fk FOREIGN KEY (actor_id) REFERENCES actor (id) ON DELETE CASCADE
);
