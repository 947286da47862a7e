package be.bioregions.explorer.store;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For tests that change a database many times over: every row of every table, kept in memory, and put back in the
 * tables that differ from it (all their rows deleted and inserted again, the references unchecked meanwhile). Far
 * quicker than opening a copy of the file again; the database's own counters (of notes, of the change log) go on
 * counting, but the rows are the same, so {@link Store#checksum()} is too.
 */
public final class StoreSnapshot {
    private record Table(String name, List<String> columns, List<Object[]> rows, String hash) {
    }

    private final List<Table> tables;

    private StoreSnapshot(List<Table> tables) {
        this.tables = tables;
    }

    public static StoreSnapshot take(Store store) {
        return store.read(c -> {
            List<Table> tables = new ArrayList<>();
            for (String name : Checksum.tableNames(c)) {
                List<String> columns = Jdbc.query(c, "SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND IS_GENERATED = 'NEVER'"
                        + " ORDER BY ORDINAL_POSITION", rs -> rs.getString(1), name);
                List<Object[]> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT " + String.join(", ", columns.stream()
                        .map(StoreSnapshot::quoted).toList()) + " FROM " + quoted(name)); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            Object v = rs.getObject(i + 1);
                            row[i] = v instanceof Clob ? rs.getString(i + 1) : v;
                        }
                        rows.add(row);
                    }
                }
                tables.add(new Table(name, columns, rows, Checksum.ofTable(c, name)));
            }
            return new StoreSnapshot(tables);
        });
    }

    /** Puts back every table whose rows differ from the snapshot's; returns how many it put back. */
    public int restore(Store store) {
        return store.alone(c -> {
            List<Table> differing = new ArrayList<>();
            for (Table t : tables) {
                if (!t.hash().equals(Checksum.ofTable(c, t.name()))) {
                    differing.add(t);
                }
            }
            if (differing.isEmpty()) {
                return 0;
            }
            try (Statement st = c.createStatement()) {
                st.execute("SET REFERENTIAL_INTEGRITY FALSE");
                try {
                    for (Table t : differing) {
                        st.executeUpdate("DELETE FROM " + quoted(t.name()));
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + quoted(t.name()) + " ("
                                + String.join(", ", t.columns().stream().map(StoreSnapshot::quoted).toList())
                                + ") VALUES (" + String.join(", ", Collections.nCopies(t.columns().size(), "?")) + ")")) {
                            for (Object[] row : t.rows()) {
                                for (int i = 0; i < row.length; i++) {
                                    ps.setObject(i + 1, row[i]);
                                }
                                ps.addBatch();
                            }
                            ps.executeBatch();
                        }
                    }
                } finally {
                    st.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
            return differing.size();
        });
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The number of rows the snapshot holds, by table (for a test's report). */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        tables.forEach(t -> sizes.put(t.name(), t.rows().size()));
        return sizes;
    }
}
