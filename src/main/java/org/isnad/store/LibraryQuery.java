package org.isnad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.domain.DomainException;
import org.isnad.domain.SetState;
import org.isnad.message.Message;
import org.isnad.service.LibraryFilter;
import org.isnad.service.LibraryOrder;
import org.isnad.text.ArabicFolding;

/** A library filter as a WHERE clause of fixed fragments and its parameters, in order. */
final class LibraryQuery {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private LibraryQuery() {
    }

    static LibraryQuery of(LibraryFilter f) {
        LibraryQuery q = new LibraryQuery();
        if (f.outlet() != null) {
            q.and("d.outlet = ?", f.outlet());
        }
        if (f.from() != null) {
            q.and("d.published_date >= ?", java.sql.Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            q.and("d.published_date <= ?", java.sql.Date.valueOf(f.to()));
        }
        if (f.annotator() != null) {
            q.and("EXISTS (SELECT 1 FROM annotation_set a WHERE a.document_id = d.id AND a.annotator = ?)", f.annotator());
        }
        if (f.tag() != null) {
            q.and("EXISTS (SELECT 1 FROM document_tag t WHERE t.document_id = d.id AND t.tag = ?)", f.tag());
        }
        if (f.titleText() != null) {
            String folded = ArabicFolding.foldQuery(f.titleText()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            q.and("d.title_folded LIKE ? ESCAPE '\\'", "%" + folded + "%");
        }
        if (f.assignedTo() != null) {
            q.and("d.id IN (SELECT g.document_id FROM assignment g WHERE g.curator = ?"
                    + " UNION SELECT n.document_id FROM assignment_analyst n WHERE n.analyst = ?)", f.assignedTo());
            q.parameters.add(f.assignedTo());
        }
        if (f.state() != null) {
            q.state(f.state());
        }
        return q;
    }

    private void state(String key) {
        if (key.equals("new")) {
            where.append(where.length() == 0 ? " WHERE " : " AND ")
                    .append("NOT EXISTS (SELECT 1 FROM annotation_set a WHERE a.document_id = d.id)");
            return;
        }
        SetState state;
        try {
            state = SetState.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(Message.of("store.library.bad.state", key));
        }
        and("EXISTS (SELECT 1 FROM annotation_set a WHERE a.document_id = d.id AND a.state = ?)", state.name());
        for (SetState less : H2Catalog.lessAdvancedThan(state)) {
            and("NOT EXISTS (SELECT 1 FROM annotation_set a WHERE a.document_id = d.id AND a.state = ?)", less.name());
        }
    }

    private void and(String fragment, Object parameter) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(fragment);
        parameters.add(parameter);
    }

    String where() {
        return where.toString();
    }

    /** Binds the parameters from index 1; returns the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return parameters.size() + 1;
    }

    static String orderBy(LibraryOrder order, boolean descending) {
        String dir = descending ? " DESC" : "";
        return switch (order) {
            case IMPORTED -> "d.imported_at" + dir + ", d.id" + dir;
            case TITLE -> "d.title" + dir + ", d.id" + dir;
            case OUTLET -> "d.outlet" + dir + " NULLS LAST, d.id" + dir;
            case PUBLISHED -> "d.published_date" + dir + " NULLS LAST, d.id" + dir;
        };
    }
}
