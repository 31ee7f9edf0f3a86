-- Isnad schema, version 15 on PostgreSQL: each change records the transaction that wrote it (issue 15,
-- docs/adr/0009-team-server.md). A reader takes the horizon pg_snapshot_xmin(pg_current_snapshot()): every
-- transaction with a lower id has ended, so the changes with ids between the previous horizon and this one are
-- final and none can still appear there. That replaces the advisory lock that made writers number their changes
-- in commit order. The rows already there get this migration's transaction, so a reader catches up on them once.
-- commit_token: a random id the program gives the transaction, sent with its COMMIT in one round trip; when the
-- connection breaks there, the program looks for it on a new connection to tell whether the change was saved.

ALTER TABLE search_change ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE search_change ADD COLUMN commit_token VARCHAR(36);
CREATE INDEX search_change_by_xact ON search_change (xact);
CREATE INDEX search_change_by_token ON search_change (commit_token);

-- The notification of V12 now ends with the commit token, so that a program can tell its own commits (shown
-- already) from those of the same login in another program (the command line, another desktop), which it shows.
CREATE OR REPLACE FUNCTION isnad_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('isnad_change', current_user || ' ' || NEW.document_id || ' ' || COALESCE(NEW.commit_token, '')); RETURN NULL; END $$;
