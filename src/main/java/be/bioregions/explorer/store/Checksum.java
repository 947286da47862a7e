package be.bioregions.explorer.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of everything the database holds: SHA-256 over every row of every table (data, notes, story, change
 * log, meta entries, the migrations' history), tables by name, columns in their order, rows sorted. Two readings
 * give the same text exactly when no row was added, removed or changed in between, which is what a test of "a
 * refused import changes nothing" compares.
 */
final class Checksum {
    private Checksum() {
    }

    static String of(Connection c) throws SQLException {
        MessageDigest sha = sha256();
        for (String table : tableNames(c)) {
            update(sha, "table");
            update(sha, table);
            update(sha, ofTable(c, table));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The tables of the database, by name. */
    static List<String> tableNames(Connection c) throws SQLException {
        return Jdbc.query(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", rs -> rs.getString(1));
    }

    /** The fingerprint of one table: its columns in their order and its rows, sorted. */
    static String ofTable(Connection c, String table) throws SQLException {
        MessageDigest sha = sha256();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM \"PUBLIC\".\"" + table.replace("\"", "\"\"")
                + "\""); ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
                update(sha, rs.getMetaData().getColumnLabel(i));
            }
            // rows in an order of their own, so that the fingerprint does not depend on how the database reads them
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    String v = rs.getString(i);
                    // each value with its length: no two different rows read the same
                    row.append(v == null ? "-" : v.length() + ":" + v).append('|');
                }
                rows.add(row.toString());
            }
            Collections.sort(rows);
            update(sha, String.valueOf(rows.size()));
            for (String row : rows) {
                update(sha, row);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
