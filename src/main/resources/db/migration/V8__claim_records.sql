-- Issue 17: claim records across the corpus. A record holds a canonical statement; claim spans link to it
-- with a stance. A span links to one record at most. The link has no foreign key to the span on purpose:
-- a deleted span's link rests unseen (appearances join the living spans) and counts again when an undo
-- brings the span back.
CREATE TABLE claim_record (
    id         VARCHAR(64) NOT NULL,
    statement  VARCHAR NOT NULL,
    gloss      VARCHAR,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    created_by VARCHAR NOT NULL,
    CONSTRAINT claim_record_pk PRIMARY KEY (id)
);
CREATE INDEX claim_record_by_statement ON claim_record (statement, id);

CREATE TABLE claim_stance (
    span_id  VARCHAR(64) NOT NULL,
    claim_id VARCHAR(64) NOT NULL,
    stance   VARCHAR(16) NOT NULL,
    CONSTRAINT claim_stance_pk PRIMARY KEY (span_id),
    CONSTRAINT claim_stance_record FOREIGN KEY (claim_id) REFERENCES claim_record (id),
    CONSTRAINT claim_stance_kind CHECK (stance IN ('ASSERTS', 'DENIES', 'QUESTIONS'))
);
CREATE INDEX claim_stance_by_claim ON claim_stance (claim_id, span_id);

-- One rating per record, signed by its reviewer (public key and signature in base64).
CREATE TABLE claim_rating (
    claim_id      VARCHAR(64) NOT NULL,
    rating_value  INT NOT NULL,
    best_rating   INT NOT NULL,
    worst_rating  INT NOT NULL,
    label         VARCHAR NOT NULL,
    label_english VARCHAR,
    explanation   VARCHAR,
    reviewer      VARCHAR NOT NULL,
    rated_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    public_key    VARCHAR,
    signature     VARCHAR,
    CONSTRAINT claim_rating_pk PRIMARY KEY (claim_id),
    CONSTRAINT claim_rating_record FOREIGN KEY (claim_id) REFERENCES claim_record (id)
);

CREATE TABLE claim_rating_evidence (
    claim_id VARCHAR(64) NOT NULL,
    position INT NOT NULL,
    url      VARCHAR NOT NULL,
    CONSTRAINT claim_rating_evidence_pk PRIMARY KEY (claim_id, position),
    CONSTRAINT claim_rating_evidence_rating FOREIGN KEY (claim_id) REFERENCES claim_rating (claim_id) ON DELETE CASCADE
);

-- The organisation's rating scale (the standard five levels until it is configured) and the settings of the
-- ClaimReview export (organisation name and URL, the base of the review URLs).
CREATE TABLE rating_level (
    rating_value INT NOT NULL,
    label_ar     VARCHAR NOT NULL,
    label_en     VARCHAR NOT NULL,
    CONSTRAINT rating_level_pk PRIMARY KEY (rating_value)
);
INSERT INTO rating_level (rating_value, label_ar, label_en) VALUES (5, 'صحيح', 'True'), (4, 'صحيح في معظمه', 'Mostly true'), (3, 'مضلل', 'Misleading'), (2, 'غير صحيح في معظمه', 'Mostly false'), (1, 'زائف', 'False');

CREATE TABLE claim_setting (
    name  VARCHAR(64) NOT NULL,
    setting_value VARCHAR NOT NULL,
    CONSTRAINT claim_setting_pk PRIMARY KEY (name)
);
