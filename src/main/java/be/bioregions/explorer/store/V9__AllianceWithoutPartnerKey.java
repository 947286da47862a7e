package be.bioregions.explorer.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 9: the alliance table no longer has a foreign key to the partners, and with it goes the index H2
 * kept for that key on {@code alliance.partner_id}.
 *
 * <p>No query looks alliances up by partner (the views read them all), so the index served only the check of that
 * key, and every alliance written went into it: dropping it takes 15-20 % off the import of the reference dataset
 * (docs/performance.md). The store checks an alliance's partner itself when it writes ({@link DatasetWriter}),
 * as version 5 made it do for the sources; a firm is still a foreign key, whose index the Firms view uses.
 */
public final class V9__AllianceWithoutPartnerKey extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement st = c.createStatement()) {
            for (String constraint : V5__LighterFactTables.references(c, "ALLIANCE", "PARTNER_ID")) {
                st.execute("ALTER TABLE alliance DROP CONSTRAINT \"" + constraint + "\"");
            }
        }
    }
}
