-- Issue 14: curation. A curator merges the analysts' sets on a document into one set of kind CURATED.
-- curation: when it began and how many units every analyst agreed on exactly (merged automatically).
CREATE TABLE curation (
    set_id      VARCHAR(64) NOT NULL,
    document_id VARCHAR(64) NOT NULL,
    curator     VARCHAR NOT NULL,
    started_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    auto_merged INT NOT NULL,
    CONSTRAINT curation_pk PRIMARY KEY (set_id),
    CONSTRAINT curation_set FOREIGN KEY (set_id) REFERENCES annotation_set (id) ON DELETE CASCADE
);

-- What each analyst's set held when curation began (one fingerprint a line: layer, bounds, attributes, links),
-- so that units an analyst changed afterwards show as changed.
CREATE TABLE curation_basis (
    set_id       VARCHAR(64) NOT NULL,
    position     INT NOT NULL,
    analyst      VARCHAR NOT NULL,
    fingerprints CLOB NOT NULL,
    CONSTRAINT curation_basis_pk PRIMARY KEY (set_id, position),
    CONSTRAINT curation_basis_curation FOREIGN KEY (set_id) REFERENCES curation (set_id) ON DELETE CASCADE
);

-- Units the curator decided to leave out of the curated set ("none"), by the unit's place.
CREATE TABLE curation_dismissal (
    set_id   VARCHAR(64) NOT NULL,
    unit_key VARCHAR(200) NOT NULL,
    CONSTRAINT curation_dismissal_pk PRIMARY KEY (set_id, unit_key),
    CONSTRAINT curation_dismissal_curation FOREIGN KEY (set_id) REFERENCES curation (set_id) ON DELETE CASCADE
);
