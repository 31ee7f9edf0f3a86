-- Isnad schema, version 1.
-- Offsets are UTF-16 code units of document.text, half-open [start_offset, end_offset).
-- Times are UTC instants with millisecond precision. Enum columns hold the Java constant names.
-- Each statement ends with a semicolon at the end of a line.

CREATE TABLE document (
    id             VARCHAR(64) NOT NULL,
    title          VARCHAR NOT NULL,
    source_url     VARCHAR,
    outlet         VARCHAR,
    published_date DATE,
    language       VARCHAR NOT NULL,
    text           CLOB NOT NULL,
    text_length    INT NOT NULL,
    sha256         CHAR(64) NOT NULL,
    imported_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT document_pk PRIMARY KEY (id),
    CONSTRAINT document_sha256_unique UNIQUE (sha256),
    CONSTRAINT document_text_length CHECK (text_length >= 0)
);
CREATE INDEX document_import_order ON document (imported_at, id);

CREATE TABLE actor (
    id             VARCHAR(64) NOT NULL,
    canonical_name VARCHAR NOT NULL,
    latin_name     VARCHAR,
    kind           VARCHAR(32) NOT NULL,
    role           VARCHAR,
    wikidata_id    VARCHAR(32),
    CONSTRAINT actor_pk PRIMARY KEY (id),
    CONSTRAINT actor_kind CHECK (kind IN ('PERSON', 'ORGANIZATION', 'GOVERNMENT_BODY', 'MEDIA_OUTLET',
                                          'ANONYMOUS_SOURCE', 'GROUP'))
);
CREATE INDEX actor_name_order ON actor (canonical_name, id);

CREATE TABLE actor_alias (
    actor_id VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    alias    VARCHAR NOT NULL,
    CONSTRAINT actor_alias_pk PRIMARY KEY (actor_id, position),
    CONSTRAINT actor_alias_actor_fk FOREIGN KEY (actor_id) REFERENCES actor (id) ON DELETE CASCADE
);

CREATE TABLE annotation_set (
    id          VARCHAR(64) NOT NULL,
    document_id VARCHAR(64) NOT NULL,
    annotator   VARCHAR NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    state       VARCHAR(32) NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT annotation_set_pk PRIMARY KEY (id),
    CONSTRAINT annotation_set_document_fk FOREIGN KEY (document_id) REFERENCES document (id),
    CONSTRAINT annotation_set_kind CHECK (kind IN ('ANALYST', 'CURATED')),
    CONSTRAINT annotation_set_state CHECK (state IN ('IN_PROGRESS', 'SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED'))
);
CREATE INDEX annotation_set_by_document ON annotation_set (document_id, created_at, id);

-- One row per span. Each layer's attributes are flattened into nullable columns; the
-- span_layer_attributes check keeps the columns of other layers empty.
CREATE TABLE span (
    id                        VARCHAR(64) NOT NULL,
    set_id                    VARCHAR(64) NOT NULL,
    layer                     VARCHAR(16) NOT NULL,
    start_offset              INT NOT NULL,
    end_offset                INT NOT NULL,
    note                      VARCHAR,
    actor_id                  VARCHAR(64),
    quote_type                VARCHAR(16),
    implicit_speaker_actor_id VARCHAR(64),
    claim_text                VARCHAR,
    claimant_actor_id         VARCHAR(64),
    polarity                  VARCHAR(16),
    commitment                VARCHAR(16),
    claim_type                VARCHAR(32),
    check_worthiness          INT,
    topic                     VARCHAR,
    verdict                   VARCHAR,
    CONSTRAINT span_pk PRIMARY KEY (id),
    CONSTRAINT span_in_set UNIQUE (id, set_id),
    CONSTRAINT span_set_fk FOREIGN KEY (set_id) REFERENCES annotation_set (id),
    CONSTRAINT span_actor_fk FOREIGN KEY (actor_id) REFERENCES actor (id),
    CONSTRAINT span_implicit_speaker_fk FOREIGN KEY (implicit_speaker_actor_id) REFERENCES actor (id),
    CONSTRAINT span_claimant_fk FOREIGN KEY (claimant_actor_id) REFERENCES actor (id),
    CONSTRAINT span_bounds CHECK (start_offset >= 0 AND end_offset > start_offset),
    CONSTRAINT span_layer CHECK (layer IN ('SPEAKER', 'CUE', 'QUOTE', 'CLAIM')),
    CONSTRAINT span_quote_type CHECK (quote_type IN ('DIRECT', 'INDIRECT', 'MIXED')),
    CONSTRAINT span_polarity CHECK (polarity IN ('AFFIRMS', 'DENIES')),
    CONSTRAINT span_commitment CHECK (commitment IN ('CERTAIN', 'PROBABLE', 'POSSIBLE')),
    CONSTRAINT span_claim_type CHECK (claim_type IN ('QUANTITY', 'CAUSATION', 'PREDICTION', 'LAW_OR_RULE',
                                                      'PERSONAL_EXPERIENCE', 'OTHER')),
    CONSTRAINT span_check_worthiness CHECK (check_worthiness BETWEEN 1 AND 5),
    CONSTRAINT span_layer_attributes CHECK (
        (layer = 'SPEAKER' OR actor_id IS NULL)
        AND ((layer = 'QUOTE') = (quote_type IS NOT NULL))
        AND (layer = 'QUOTE' OR implicit_speaker_actor_id IS NULL)
        AND ((layer = 'CLAIM') = (polarity IS NOT NULL))
        AND (layer = 'CLAIM' OR (claim_text IS NULL AND claimant_actor_id IS NULL AND commitment IS NULL
                                 AND claim_type IS NULL AND check_worthiness IS NULL AND topic IS NULL
                                 AND verdict IS NULL)))
);
CREATE INDEX span_reading_order ON span (set_id, start_offset, end_offset DESC, id);
CREATE INDEX span_by_actor ON span (actor_id);
CREATE INDEX span_by_implicit_speaker ON span (implicit_speaker_actor_id);
CREATE INDEX span_by_claimant ON span (claimant_actor_id);

-- Both ends of a link belong to the link's own set (the composite foreign keys say so).
CREATE TABLE link (
    id           VARCHAR(64) NOT NULL,
    set_id       VARCHAR(64) NOT NULL,
    type         VARCHAR(32) NOT NULL,
    from_span_id VARCHAR(64) NOT NULL,
    to_span_id   VARCHAR(64) NOT NULL,
    CONSTRAINT link_pk PRIMARY KEY (id),
    CONSTRAINT link_set_fk FOREIGN KEY (set_id) REFERENCES annotation_set (id),
    CONSTRAINT link_from_fk FOREIGN KEY (from_span_id, set_id) REFERENCES span (id, set_id),
    CONSTRAINT link_to_fk FOREIGN KEY (to_span_id, set_id) REFERENCES span (id, set_id),
    CONSTRAINT link_type CHECK (type IN ('ATTRIBUTED_TO', 'CUED_BY', 'EXPRESSES', 'NESTED_IN', 'CLAIMED_BY')),
    CONSTRAINT link_not_to_itself CHECK (from_span_id <> to_span_id)
);
CREATE INDEX link_by_set ON link (set_id, id);
CREATE INDEX link_by_from ON link (from_span_id, set_id);
CREATE INDEX link_by_to ON link (to_span_id, set_id);

-- Append-only history. No foreign keys on purpose: the history outlives what it describes.
CREATE TABLE audit_event (
    sequence    BIGINT GENERATED ALWAYS AS IDENTITY,
    document_id VARCHAR(64),
    set_id      VARCHAR(64),
    user_name   VARCHAR NOT NULL,
    at          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    action      VARCHAR NOT NULL,
    description VARCHAR NOT NULL,
    before_text CLOB,
    after_text  CLOB,
    CONSTRAINT audit_event_pk PRIMARY KEY (sequence)
);
CREATE INDEX audit_event_by_document ON audit_event (document_id, sequence);
