-- Isnad schema, version 15 on PostgreSQL: each change records the transaction that wrote it (issue 15,
-- docs/adr/0009-team-server.md). A reader takes the horizon pg_snapshot_xmin(pg_current_snapshot()): every
-- transaction with a lower id has ended, so the changes with ids between the previous horizon and this one are
-- final and none can still appear there. That replaces the advisory lock that made writers number their changes
-- in commit order. The rows already there get this migration's transaction, so a reader catches up on them once.

ALTER TABLE search_change ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX search_change_by_xact ON search_change (xact);
