package org.isnad.bundle;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every row of every table of a store's H2 file, as sorted text, read through a second JDBC
 * connection in the same JVM (H2 shares the open database): equal dumps mean an unchanged database.
 */
final class StoreDump {
    private StoreDump() {
    }

    /** {@code base} is the path given to H2Store.open (without .mv.db). */
    static TreeMap<String, List<String>> of(Path base) {
        Properties p = new Properties();
        p.setProperty("user", "isnad");
        p.setProperty("password", "");
        TreeMap<String, List<String>> tables = new TreeMap<>();
        try (Connection c = new org.h2.Driver().connect("jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0;FILE_LOCK=FS", p)) {
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
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
