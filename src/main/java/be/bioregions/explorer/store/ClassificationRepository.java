package be.bioregions.explorer.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Classification;
import be.bioregions.explorer.domain.ModelOverride;

/**
 * Reads the business models stored for the firms, the rules' output and the researcher's overrides, and writes
 * the overrides. An override is never deleted: withdrawing it dates it and keeps it for the history. Every write
 * is a transaction of its own, committed before the method returns.
 */
public final class ClassificationRepository {
    /** The first year an override may be set for: the case study starts in 1982. */
    public static final int FIRST_YEAR = 1982;
    /** The last year an override may be set for. */
    public static final int LAST_YEAR = 2100;
    /** The longest rationale the database holds (the column's size). */
    public static final int MAX_RATIONALE = 8000;

    private static final String RESEARCHER = Classification.Origin.RESEARCHER.name();
    private static final String OVERRIDE_COLUMNS = "id, firm_id, as_of_year, model, rationale, created, withdrawn";

    private final Store store;

    ClassificationRepository(Store store) {
        this.store = store;
    }

    /**
     * Each classified firm's most recent business model: the latest year's, and in that year the researcher's
     * choice over the rules' output (the most recently set override when there are several). Withdrawn overrides
     * do not count. Firms never classified are absent.
     */
    public Map<String, BusinessModel> latest() {
        return store.read(c -> {
            Map<String, BusinessModel> models = new HashMap<>();
            Jdbc.query(c, "SELECT firm_id, model FROM classification WHERE withdrawn IS NULL ORDER BY firm_id,"
                            + " as_of_year, CASE origin WHEN 'RESEARCHER' THEN 1 ELSE 0 END, created, id",
                    rs -> models.put(rs.getString(1), BusinessModel.valueOf(rs.getString(2))));
            return models;
        });
    }

    /**
     * Sets the researcher's business model for a firm as of a year, in a transaction of its own. Earlier overrides
     * of the same firm and year are kept; the newest one in force is the one {@link #latest()} shows.
     *
     * <p>{@link BusinessModel#INSUFFICIENT_EVIDENCE} is accepted: the researcher may decide deliberately, with a
     * rationale, that the sources do not support any model, which is a finding of its own and differs from the
     * rules falling short of their minimum score.
     *
     * @param created when the override is set; kept to the microsecond, as the database stores it
     * @return the stored override with its database number, in force
     * @throws StoreException naming the field when the firm is unknown, the year lies outside
     *                        {@value #FIRST_YEAR}..{@value #LAST_YEAR}, the model or date is missing or the
     *                        rationale is empty or too long; nothing is stored then
     */
    public ModelOverride addOverride(String firmId, int year, BusinessModel model, String rationale,
                                     Instant created) {
        if (firmId == null || firmId.isBlank()) {
            throw refused("problem.override.no.firm");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw refused("problem.override.year", year, FIRST_YEAR, LAST_YEAR);
        }
        if (model == null) {
            throw refused("problem.override.no.model");
        }
        if (rationale == null || rationale.isBlank()) {
            throw refused("problem.override.no.rationale", firmId, year);
        }
        if (rationale.length() > MAX_RATIONALE) {
            throw refused("problem.override.long", rationale.length(), MAX_RATIONALE);
        }
        if (created == null) {
            throw refused("problem.override.no.date");
        }
        Instant stamp = created.truncatedTo(ChronoUnit.MICROS);
        return store.transaction(c -> {
            if (Jdbc.query(c, "SELECT 1 FROM firm WHERE id = ?", rs -> 1, firmId).isEmpty()) {
                throw refused("problem.override.unknown.firm", firmId);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO classification (firm_id, as_of_year, model,"
                    + " origin, rationale, created) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, firmId, year, model, RESEARCHER, rationale, stamp);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database gave the new override no number");
                    }
                    return new ModelOverride(keys.getLong(1), firmId, year, model, rationale, stamp, null);
                }
            }
        });
    }

    /**
     * Withdraws an override, in a transaction of its own: it no longer counts in {@link #latest()} but stays in
     * {@link #overrides()} with the date of its withdrawal.
     *
     * @param when when it is withdrawn; kept to the microsecond, and not before the override was set
     * @throws StoreException when there is no override with this number, or it is already withdrawn (saying
     *                        when), or the date is missing or earlier than the override; nothing changes then
     */
    public void withdraw(long id, Instant when) {
        if (when == null) {
            throw refused("problem.withdraw.no.date");
        }
        Instant stamp = when.truncatedTo(ChronoUnit.MICROS);
        store.transaction(c -> {
            List<ModelOverride> found = Jdbc.query(c, "SELECT " + OVERRIDE_COLUMNS + " FROM classification"
                    + " WHERE id = ? AND origin = ? FOR UPDATE", ClassificationRepository::override, id, RESEARCHER);
            if (found.isEmpty()) {
                throw refused("problem.withdraw.none", id);
            }
            ModelOverride o = found.get(0);
            if (!o.active()) {
                throw refused("problem.withdraw.again", id, o.firmId(), o.year(), o.withdrawn());
            }
            if (stamp.isBefore(o.created())) {
                throw refused("problem.withdraw.early", stamp, id, o.created());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE classification SET withdrawn = ? WHERE id = ? AND withdrawn IS NULL")) {
                Jdbc.bind(ps, stamp, id);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("the override number " + id + " changed while it was being withdrawn");
                }
            }
            return null;
        });
    }

    /** Every override the researcher has set, withdrawn ones included, by firm, year and time set. */
    public List<ModelOverride> overrides() {
        return store.read(c -> Jdbc.query(c, "SELECT " + OVERRIDE_COLUMNS + " FROM classification WHERE origin = ?"
                + " ORDER BY firm_id, as_of_year, created, id", ClassificationRepository::override, RESEARCHER));
    }

    /** The overrides of one firm, withdrawn ones included, by year and time set. */
    public List<ModelOverride> overrides(String firmId) {
        return store.read(c -> Jdbc.query(c, "SELECT " + OVERRIDE_COLUMNS + " FROM classification WHERE origin = ?"
                        + " AND firm_id = ? ORDER BY as_of_year, created, id", ClassificationRepository::override,
                RESEARCHER, firmId));
    }

    private static ModelOverride override(ResultSet rs) throws SQLException {
        String rationale = rs.getString("rationale");
        return new ModelOverride(rs.getLong("id"), rs.getString("firm_id"), rs.getInt("as_of_year"),
                BusinessModel.valueOf(rs.getString("model")), rationale == null ? "" : rationale,
                Jdbc.instant(rs, "created"), Jdbc.instant(rs, "withdrawn"));
    }

    /** A refusal whose message is the bundle's text for {@code key}, in the interface's language. */
    private StoreException refused(String key, Object... args) {
        return new StoreException(store.file(), null, key, args);
    }
}
