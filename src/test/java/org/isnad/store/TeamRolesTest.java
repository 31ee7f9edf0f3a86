package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.isnad.domain.AnnotationSetInfo;
import org.isnad.domain.AuditEvent;
import org.isnad.domain.Document;
import org.isnad.domain.Layer;
import org.isnad.domain.SetState;
import org.isnad.domain.Span;
import org.isnad.domain.Verdict;
import org.isnad.domain.VerdictKind;
import org.isnad.service.Repositories;
import org.isnad.service.StorageException;
import org.isnad.service.TeamServer;
import org.isnad.testing.Kimmitt;
import org.isnad.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server itself enforces who may do what: connected with an analyst's login (through the store, and with
 * plain SQL as psql would), the changes the analyst may not make are refused or touch no row.
 */
class TeamRolesTest {
    private final TestPostgres server = TestPostgres.shared();
    private final String database = server.newDatabase();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String salma = "salma_" + suffix;
    private final String khaled = "khaled_" + suffix;
    private final String reem = "reem_" + suffix;
    private final String password = "pw-" + suffix;
    private Document doc;
    private AnnotationSetInfo salmasSet;
    private Span salmasCue;

    @BeforeEach
    void setUpTeam() {
        try (PgTeamServer admin = PgTeamServer.open(server.address(database, TestPostgres.SUPERUSER), TestPostgres.SUPERUSER_PASSWORD)) {
            admin.initialize();
            admin.addUser(salma, TeamServer.Role.ANALYST, password.toCharArray());
            admin.addUser(khaled, TeamServer.Role.ANALYST, password.toCharArray());
            admin.addUser(reem, TeamServer.Role.REVIEWER, password.toCharArray());
            List<TeamServer.User> users = admin.users();
            assertTrue(users.contains(new TeamServer.User(salma, List.of(TeamServer.Role.ANALYST))), users.toString());
            assertTrue(users.contains(new TeamServer.User(reem, List.of(TeamServer.Role.REVIEWER))), users.toString());
        }
        try (Repositories store = as(salma)) {
            assertEquals(salma, store.serverLogin().orElseThrow());
            doc = Samples.document("تصريحات كيميت", Kimmitt.PASSAGE, Samples.T0);
            store.documents().add(doc);
            salmasSet = Samples.set(doc.id(), salma, SetState.IN_PROGRESS, Samples.T0);
            store.annotations().addSet(salmasSet);
            salmasCue = Samples.span(Layer.CUE, 0, 3);
            store.annotations().addSpan(salmasSet.id(), salmasCue);
            store.audit().append(new AuditEvent(0, doc.id(), salmasSet.id(), salma, Samples.T0, "edit", "تعديل", null, "{}"));
        }
    }

    @AfterEach
    void dropUsers() throws SQLException {
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            for (String user : List.of(salma, khaled, reem)) {
                s.execute("DROP OWNED BY " + user);
                s.execute("DROP ROLE " + user);
            }
        }
    }

    private Repositories as(String login) {
        return ServerStore.open(server.address(database, login), password);
    }

    @Test
    void anAnalystCannotChangeAnotherAnalystsSpans() throws SQLException {
        try (Connection c = server.connect(database, khaled, password);
             PreparedStatement update = c.prepareStatement("UPDATE span SET start_offset = 1 WHERE set_id = ?")) {
            update.setString(1, salmasSet.id());
            assertEquals(0, update.executeUpdate(), "another analyst's spans are out of reach");
        }
        try (Connection c = server.connect(database, khaled, password);
             PreparedStatement delete = c.prepareStatement("DELETE FROM span WHERE set_id = ?")) {
            delete.setString(1, salmasSet.id());
            assertEquals(0, delete.executeUpdate());
        }
        try (Repositories store = as(khaled)) {
            assertThrows(StorageException.class, () -> store.annotations().updateSpan(salmasSet.id(),
                    new Span(salmasCue.id(), Layer.CUE, 1, 3, null, null)));
            assertThrows(StorageException.class, () -> store.annotations().addSpan(salmasSet.id(), Samples.span(Layer.CUE, 4, 8)));
        }
        try (Repositories store = as(salma)) {
            assertEquals(List.of(salmasCue), store.annotations().spansOf(salmasSet.id()), "nothing of Salma's changed");
            store.annotations().updateSpan(salmasSet.id(), new Span(salmasCue.id(), Layer.CUE, 0, 2, null, null));
        }
    }

    @Test
    void onlyReviewersRecordVerdictsAndSignOffs() throws SQLException {
        try (Connection c = server.connect(database, khaled, password);
             PreparedStatement insert = c.prepareStatement("INSERT INTO sign_off (id, set_id, document_id, reviewer, public_key,"
                     + " signed_at, digest, signature) VALUES ('s1', ?, ?, ?, 'a2V5', now(), repeat('0', 64), 'c2ln')")) {
            insert.setString(1, salmasSet.id());
            insert.setString(2, doc.id());
            insert.setString(3, khaled);
            SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
            assertEquals("42501", refused.getSQLState());
        }
        try (Repositories store = as(khaled)) {
            StorageException refused = assertThrows(StorageException.class, () -> store.reviews().saveVerdict(salmasSet.id(),
                    new Verdict(salmasCue.id(), VerdictKind.ACCEPTED, null, khaled, Samples.T0)));
            assertTrue(refused.getMessage().contains("does not allow"), refused.getMessage());
        }
        try (Repositories store = as(reem)) {
            store.reviews().saveVerdict(salmasSet.id(), new Verdict(salmasCue.id(), VerdictKind.ACCEPTED, null, reem, Samples.T0));
            store.annotations().updateSet(salmasSet.withState(SetState.SUBMITTED));
            assertEquals(1, store.reviews().verdictsOf(salmasSet.id()).size());
        }
    }

    @Test
    void onlyReviewersRateClaimRecords() throws SQLException {
        try (Connection c = server.connect(database, salma, password); Statement s = c.createStatement()) {
            s.execute("INSERT INTO claim_record (id, statement, created_at, created_by) VALUES ('c1', 'الانسحاب لن يترك فراغا أمنيا', now(), '"
                    + salma + "')");
            SQLException refused = assertThrows(SQLException.class, () -> s.execute("INSERT INTO claim_rating (claim_id, rating_value,"
                    + " best_rating, worst_rating, label, reviewer, rated_at) VALUES ('c1', 1, 5, 1, 'زائف', '" + salma + "', now())"));
            assertEquals("42501", refused.getSQLState());
            refused = assertThrows(SQLException.class, () -> s.execute("UPDATE rating_level SET label_en = 'x'"));
            assertEquals("42501", refused.getSQLState());
        }
        try (Connection c = server.connect(database, reem, password); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("INSERT INTO claim_rating (claim_id, rating_value, best_rating, worst_rating, label,"
                    + " reviewer, rated_at) VALUES ('c1', 1, 5, 1, 'زائف', '" + reem + "', now())"));
        }
    }

    @Test
    void nobodyChangesOrDeletesAuditEventsAndOnlyAdminsDeleteDocuments() throws SQLException {
        for (String sql : List.of("DELETE FROM audit_event", "UPDATE audit_event SET description = 'x'")) {
            try (Connection c = server.connect(database, salma, password); Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(sql));
                assertEquals("42501", refused.getSQLState());
            }
        }
        try (Connection c = server.superuser(database); Statement s = c.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_event"));
            assertEquals("42501", refused.getSQLState(), "not even the owner");
        }
        try (Repositories store = as(reem)) {
            assertThrows(StorageException.class, () -> store.catalog().delete(List.of(doc.id())));
            assertEquals(1, store.documents().count());
        }
        try (Repositories store = as(salma)) {
            assertEquals(1, store.audit().eventsOf(doc.id()).size());
        }
    }
}
