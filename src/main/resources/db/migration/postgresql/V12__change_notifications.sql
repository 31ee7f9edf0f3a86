-- Isnad schema, version 12 on PostgreSQL: every committed change to a document is told to the desktops that
-- LISTEN isnad_change (issue 15, docs/adr/0009-team-server.md). The payload is "<login> <document id>": the
-- login that changed it (a desktop need not reload what it did itself), then the document (ids hold no space,
-- but it comes last all the same). PostgreSQL sends a notification at commit only, never for a rolled-back
-- change, and once per transaction for the same payload.

CREATE OR REPLACE FUNCTION isnad_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('isnad_change', current_user || ' ' || NEW.document_id); RETURN NULL; END $$;

CREATE TRIGGER search_change_notify AFTER INSERT ON search_change FOR EACH ROW EXECUTE FUNCTION isnad_notify_change();
