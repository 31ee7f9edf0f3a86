package org.isnad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/** Plain JDBC on a closed store's file, to look at (or tamper with) what is really in it. */
public final class RawDatabase {
    private RawDatabase() {
    }

    static Connection connect(Path base) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "isnad");
        p.setProperty("password", "");
        return new org.h2.Driver().connect(DatabaseUrl.of(base.toAbsolutePath()), p);
    }

    static void execute(Path base, String sql) throws SQLException {
        try (Connection c = connect(base); PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        }
    }

    /** Every row of every table, as text, sorted: equal dumps mean equal contents. */
    public static TreeMap<String, List<String>> dump(Path base) throws SQLException {
        TreeMap<String, List<String>> tables = new TreeMap<>();
        try (Connection c = connect(base)) {
            List<String> names = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                List<String> lines = new ArrayList<>();
                // table names come from the database itself
                try (PreparedStatement s = c.prepareStatement("SELECT * FROM \"" + name + "\"");
                     ResultSet rows = s.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            line.append(rows.getString(i)).append(" | ");
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                tables.put(name, lines);
            }
        }
        return tables;
    }
}
