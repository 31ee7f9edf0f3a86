-- Isnad schema, version 3: review. (Version 2 is taken by another change; the runner accepts gaps.)
-- Verdicts per annotation, signed sign-offs, and each set's review history.
-- Times are UTC instants with millisecond precision. Enum columns hold the Java constant names.

-- At most one verdict per annotation: the current one (earlier ones are in the audit trail).
-- Deleting an annotation deletes its verdict.
CREATE TABLE verdict (
    span_id  VARCHAR(64) NOT NULL,
    set_id   VARCHAR(64) NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    comment  VARCHAR,
    reviewer VARCHAR NOT NULL,
    given_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    CONSTRAINT verdict_pk PRIMARY KEY (span_id),
    CONSTRAINT verdict_span_fk FOREIGN KEY (span_id, set_id) REFERENCES span (id, set_id) ON DELETE CASCADE,
    CONSTRAINT verdict_kind CHECK (kind IN ('ACCEPTED', 'REJECTED', 'FIXED')),
    CONSTRAINT verdict_rejection_says_why CHECK (kind <> 'REJECTED' OR comment IS NOT NULL)
);
CREATE INDEX verdict_by_set ON verdict (set_id, span_id);

-- Sign-offs are never deleted; reopening a set marks its sign-offs superseded.
-- public_key: base64 X.509 Ed25519 key; signature: base64; digest: SHA-256 hex of the signed canonical JSON.
CREATE TABLE sign_off (
    position    BIGINT GENERATED ALWAYS AS IDENTITY,
    id          VARCHAR(64) NOT NULL,
    set_id      VARCHAR(64) NOT NULL,
    document_id VARCHAR(64) NOT NULL,
    reviewer    VARCHAR NOT NULL,
    public_key  VARCHAR NOT NULL,
    signed_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    digest      CHAR(64) NOT NULL,
    signature   VARCHAR NOT NULL,
    superseded  BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT sign_off_pk PRIMARY KEY (id),
    CONSTRAINT sign_off_order UNIQUE (position),
    CONSTRAINT sign_off_set_fk FOREIGN KEY (set_id) REFERENCES annotation_set (id),
    CONSTRAINT sign_off_document_fk FOREIGN KEY (document_id) REFERENCES document (id)
);
CREATE INDEX sign_off_by_set ON sign_off (set_id, position);

-- Each step of a set's review: submitted, approved, changes requested, resumed, reopened.
CREATE TABLE review_step (
    sequence   BIGINT GENERATED ALWAYS AS IDENTITY,
    set_id     VARCHAR(64) NOT NULL,
    step       VARCHAR(32) NOT NULL,
    from_state VARCHAR(32) NOT NULL,
    to_state   VARCHAR(32) NOT NULL,
    user_name  VARCHAR NOT NULL,
    at         TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    comment    VARCHAR,
    CONSTRAINT review_step_pk PRIMARY KEY (sequence),
    CONSTRAINT review_step_set_fk FOREIGN KEY (set_id) REFERENCES annotation_set (id),
    CONSTRAINT review_step_step CHECK (step IN ('SUBMIT', 'APPROVE', 'REQUEST_CHANGES', 'RESUME', 'REOPEN'))
);
CREATE INDEX review_step_by_set ON review_step (set_id, sequence);
