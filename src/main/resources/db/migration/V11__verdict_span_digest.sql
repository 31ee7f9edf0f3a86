-- Issue 18: a verdict keeps the SHA-256 of the annotation as the reviewer judged it (layer, bounds, note,
-- attributes). When the annotation's digest differs later, the verdict is stale and approval waits for a
-- new one. NULL for verdicts given before this column: their version is unknown, they never go stale.
ALTER TABLE verdict ADD COLUMN span_digest VARCHAR(64);
