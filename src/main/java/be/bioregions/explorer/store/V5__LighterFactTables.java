package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 5: the tables that grow with a dataset (alliances, events, evidence) keep one index per column
 * that is looked up, and no longer index the source each row cites.
 *
 * <p>Each {@code REFERENCES} clause of version 1 already gave its column an index of H2's own, so the indexes
 * created by name on the same columns were second copies. The reference to {@code source} cost an index that
 * only a source's deletion would ever use, and every row in these tables cites one of a handful of sources; the
 * store now checks those references itself when it writes ({@link DatasetWriter}). Together this removed a
 * third of the work of a reference-size import (docs/performance.md, decision record 0008).
 *
 * <p>A Java migration because H2 named the version 1 constraints itself: they are found by table and column.
 */
public final class V5__LighterFactTables extends BaseJavaMigration {
    private static final String[] FACT_TABLES = {"ALLIANCE", "FIRM_EVENT", "EVIDENCE"};

    private static final String[] DUPLICATE_INDEXES = {
        "alliance_firm", "alliance_partner", "firm_event_firm", "evidence_firm", "note_link_firm", "note_link_note"
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            for (String index : DUPLICATE_INDEXES) {
                st.execute("DROP INDEX IF EXISTS " + index);
            }
            for (String table : FACT_TABLES) {
                for (String constraint : references(c, table, "SOURCE_ID")) {
                    st.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + constraint + "\"");
                }
            }
        }
    }

    /** The foreign keys by which a table's column refers to another table (H2 named them itself). */
    static List<String> references(Connection c, String table, String column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT k.constraint_name FROM information_schema.key_column_usage k"
                        + " JOIN information_schema.referential_constraints r"
                        + " ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name"
                        + " WHERE k.table_schema = 'PUBLIC' AND k.table_name = ? AND k.column_name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
