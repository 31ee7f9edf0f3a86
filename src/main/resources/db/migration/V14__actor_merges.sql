-- corpus-fix (issue 12): every actor merge, with what undoing it needs (both actors as they were, the
-- other actor's roles, the annotations and role days that moved), so that another program can undo it
-- later (isnad actors unmerge). The record is the service's own text (ActorMergeText).
CREATE TABLE actor_merge (
    id        VARCHAR(64) NOT NULL,
    kept_id   VARCHAR(64) NOT NULL,
    other_id  VARCHAR(64) NOT NULL,
    merged_by VARCHAR NOT NULL,
    merged_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    undone_by VARCHAR,
    undone_at TIMESTAMP(3) WITH TIME ZONE,
    record    CLOB NOT NULL,
    CONSTRAINT actor_merge_pk PRIMARY KEY (id)
);
