package org.isnad.store;

import java.util.List;

/**
 * What {@code server init} says to the server after the migrations: the three group roles and what each may
 * do, enforced by grants and row-level security so that a login used with psql cannot get around them
 * (docs/adr/0009-team-server.md). Every statement may run again: init is repeated after an upgrade, and the
 * grants then reach new tables too.
 *
 * <ul>
 *   <li>{@code isnad_analyst}: reads everything; writes only annotation sets whose annotator is the login,
 *       and their spans and links; imports documents, edits actors and document metadata; appends audit events.</li>
 *   <li>{@code isnad_reviewer} (is also an analyst): records verdicts and sign-offs, changes any set's state.</li>
 *   <li>{@code isnad_admin} (is also a reviewer): deletes documents; manages users.</li>
 *   <li>nobody updates or deletes audit events (not granted, and a trigger refuses it even to the owner).</li>
 * </ul>
 */
final class TeamRoles {
    static final String ANALYST = "isnad_analyst";
    static final String REVIEWER = "isnad_reviewer";
    static final String ADMIN = "isnad_admin";

    private static final String IS_REVIEWER = "pg_has_role('" + REVIEWER + "', 'MEMBER')";
    private static final String IS_ADMIN = "pg_has_role('" + ADMIN + "', 'MEMBER')";
    private static final String OWN_SET = "isnad_own_set(set_id)";

    private TeamRoles() {
    }

    static List<String> statements() {
        List<String> s = new java.util.ArrayList<>();
        s.add("DO $$ BEGIN "
                + createGroup(ANALYST) + createGroup(REVIEWER) + createGroup(ADMIN)
                + "END $$");
        s.add("GRANT " + ANALYST + " TO " + REVIEWER);
        s.add("GRANT " + REVIEWER + " TO " + ADMIN);
        s.add("GRANT USAGE ON SCHEMA public TO " + ANALYST);
        s.add("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC");
        s.add("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + ANALYST);
        s.add("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + ANALYST);
        s.add("REVOKE INSERT, UPDATE, DELETE ON schema_history, schema_progress FROM " + ANALYST);
        s.add("REVOKE UPDATE, DELETE ON audit_event, search_change FROM " + ANALYST);
        s.add("REVOKE INSERT, UPDATE, DELETE ON verdict, sign_off FROM " + ANALYST);
        // anyone may reopen an approved set, which marks its sign-offs superseded
        s.add("GRANT UPDATE (superseded) ON sign_off TO " + ANALYST);
        s.add("GRANT INSERT, UPDATE, DELETE ON verdict TO " + REVIEWER);
        s.add("GRANT INSERT ON sign_off TO " + REVIEWER);
        // a claim record's rating is a reviewer's signed judgement (issue 17); the rating scale is the organisation's
        s.add("REVOKE INSERT, UPDATE, DELETE ON claim_rating, claim_rating_evidence FROM " + ANALYST);
        s.add("GRANT INSERT, UPDATE, DELETE ON claim_rating, claim_rating_evidence TO " + REVIEWER);
        s.add("REVOKE INSERT, UPDATE, DELETE ON rating_level, claim_setting FROM " + ANALYST);
        s.add("GRANT INSERT, UPDATE, DELETE ON rating_level, claim_setting TO " + ADMIN);
        s.add("REVOKE UPDATE, DELETE ON review_step FROM " + ANALYST);
        s.add("REVOKE DELETE ON document FROM " + ANALYST);
        s.add("GRANT DELETE ON document, review_step, sign_off TO " + ADMIN);

        s.add("CREATE OR REPLACE FUNCTION isnad_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "RAISE EXCEPTION 'audit events are never changed or deleted' USING ERRCODE = '42501'; END $$");
        s.add("DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event");
        s.add("CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event "
                + "FOR EACH ROW EXECUTE FUNCTION isnad_audit_append_only()");

        s.add("CREATE OR REPLACE FUNCTION isnad_own_set(the_set varchar) RETURNS boolean LANGUAGE sql STABLE AS $$ "
                + "SELECT EXISTS (SELECT 1 FROM annotation_set a WHERE a.id = the_set AND a.annotator = current_user) $$");
        s.add("ALTER TABLE annotation_set ENABLE ROW LEVEL SECURITY");
        policy(s, "annotation_set", "isnad_read", "FOR SELECT USING (true)");
        policy(s, "annotation_set", "isnad_insert", "FOR INSERT WITH CHECK (annotator = current_user OR " + IS_ADMIN + ")");
        policy(s, "annotation_set", "isnad_update", "FOR UPDATE USING (annotator = current_user OR " + IS_REVIEWER
                + ") WITH CHECK (annotator = current_user OR " + IS_REVIEWER + ")");
        policy(s, "annotation_set", "isnad_delete", "FOR DELETE USING (annotator = current_user OR " + IS_ADMIN + ")");
        for (String table : List.of("span", "link")) {
            s.add("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
            policy(s, table, "isnad_read", "FOR SELECT USING (true)");
            policy(s, table, "isnad_insert", "FOR INSERT WITH CHECK (" + OWN_SET + ")");
            policy(s, table, "isnad_update", "FOR UPDATE USING (" + OWN_SET + ") WITH CHECK (" + OWN_SET + ")");
            policy(s, table, "isnad_delete", "FOR DELETE USING (" + OWN_SET + " OR " + IS_ADMIN + ")");
        }
        return s;
    }

    private static String createGroup(String name) {
        // roles belong to the whole server: another database's init may create the same one at the same moment
        return "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN BEGIN CREATE ROLE " + name
                + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END; END IF; ";
    }

    private static void policy(List<String> s, String table, String name, String body) {
        s.add("DROP POLICY IF EXISTS " + name + " ON " + table);
        s.add("CREATE POLICY " + name + " ON " + table + " " + body);
    }
}
