package be.bioregions.explorer.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.AllianceKind;
import be.bioregions.explorer.domain.BusinessModel;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Direction;
import be.bioregions.explorer.domain.EventKind;
import be.bioregions.explorer.domain.Evidence;
import be.bioregions.explorer.domain.EvidenceKind;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.FirmEvent;
import be.bioregions.explorer.domain.Indicator;
import be.bioregions.explorer.domain.IndicatorDataset;
import be.bioregions.explorer.domain.IndicatorValue;
import be.bioregions.explorer.domain.ModelOverride;
import be.bioregions.explorer.domain.Note;
import be.bioregions.explorer.domain.OriginKind;
import be.bioregions.explorer.domain.Partner;
import be.bioregions.explorer.domain.PerformanceGroup;
import be.bioregions.explorer.domain.PolicyBand;
import be.bioregions.explorer.domain.PolicyKind;
import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.PartnerKind;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.domain.Region;
import be.bioregions.explorer.domain.Source;
import be.bioregions.explorer.store.ClassificationRepository;

/**
 * Reads a folder of dataset CSV files into a {@link Dataset}, checking every value and every reference between
 * files. It stores nothing: a dataset that reads without error is then written in one transaction. A JSON bundle
 * ({@link JsonBundle}) is read through the same checks, its rows handed over as text like a file's records.
 */
public final class CsvDatasetReader {
    /** The longest edition name the store keeps. */
    private static final int MAX_EDITION = 200;

    /**
     * Where the rows of a dataset's tables come from: the CSV files of a folder, or the tables of a JSON bundle.
     * Each row is handed over as text, so that the same conversions and checks serve both.
     */
    interface Tables {
        /** Whether the dataset has this table; an optional one may be absent. */
        boolean has(CsvTable table);

        /** How a message names the table when it is missing. */
        String describe(CsvTable table);

        /** Hands every row of the table to {@code handler}, in order; the first problem stops the reading. */
        void forEachRow(CsvTable table, CsvTable.RowHandler handler) throws ImportException;
    }

    /** Reads and checks the whole dataset; the first problem found stops the reading. */
    public Dataset read(CsvFolder folder, Progress progress) throws ImportException {
        return read(new Tables() {
            @Override
            public boolean has(CsvTable table) {
                return folder.exists(table.fileName());
            }

            @Override
            public String describe(CsvTable table) {
                return folder.describe(table.fileName());
            }

            @Override
            public void forEachRow(CsvTable table, CsvTable.RowHandler handler) throws ImportException {
                table.forEachRow(folder, handler);
            }
        }, progress);
    }

    /** Reads and checks the whole dataset from rows of text, wherever they come from. */
    Dataset read(Tables tables, Progress progress) throws ImportException {
        for (CsvTable table : DatasetFiles.REQUIRED) {
            if (!tables.has(table)) {
                throw new ImportException(tables.describe(table), 0, null,
                        Problems.text("problem.csv.file.missing", names(DatasetFiles.REQUIRED)));
            }
        }
        int total = DatasetFiles.ALL.size();
        int step = 0;
        progress.update(step, total, Problems.text("problem.progress.sources"));
        List<Source> sources = new ArrayList<>();
        tables.forEachRow(DatasetFiles.SOURCES, r -> {
            sources.add(new Source(r.text("id"), r.text("citation"), r.optText("url"), r.optDate("accessed"),
                    r.optText("note")));
        });
        Map<String, String> sourceIds = ids(sources.stream().map(Source::id).toList());
        progress.update(++step, total, Problems.text("problem.progress.firms"));

        List<Firm> firms = new ArrayList<>();
        Map<String, Integer> firmNames = new HashMap<>();
        tables.forEachRow(DatasetFiles.FIRMS, r -> {
            Firm f = new Firm(r.text("id"), r.text("name"), r.enumValue("region", Region.class), r.optText("city"),
                    r.year("founded"), r.optText("origin"), r.optEnum("origin_kind", OriginKind.class),
                    r.optText("focus"), r.optText("status_2016"), source(r, sourceIds), r.bool("verified"),
                    r.optText("note"));
            unique(r, "name", f.name(), firmNames);
            firms.add(f);
        });
        Map<String, String> firmIds = ids(firms.stream().map(Firm::id).toList());
        progress.update(++step, total, Problems.text("problem.progress.events"));

        List<FirmEvent> events = new ArrayList<>();
        tables.forEachRow(DatasetFiles.EVENTS, r -> {
            events.add(new FirmEvent(r.text("id"), known(r, "firm_id", firmIds, "firms.csv"), r.year("year"),
                    r.optInt("month", 1, 12), r.enumValue("kind", EventKind.class), r.optText("detail"),
                    source(r, sourceIds), r.bool("verified"), r.optText("note")));
        });
        progress.update(++step, total, Problems.text("problem.progress.partners"));

        List<Partner> partners = new ArrayList<>();
        Map<String, Integer> partnerNames = new HashMap<>();
        tables.forEachRow(DatasetFiles.PARTNERS, r -> {
            Partner p = new Partner(r.text("id"), r.text("name"), r.optText("country"),
                    r.enumValue("kind", PartnerKind.class), source(r, sourceIds),
                    r.optText("verified") != null && r.bool("verified"), r.optText("note"));
            unique(r, "name", p.name(), partnerNames);
            partners.add(p);
        });
        Map<String, String> partnerIds = ids(partners.stream().map(Partner::id).toList());
        progress.update(++step, total, Problems.text("problem.progress.alliances"));

        // alliances.csv, by far the largest file, is read on a second thread beside the files that follow it
        FutureTask<List<Alliance>> alliances = new FutureTask<>(() -> alliances(tables, firmIds, partnerIds, sourceIds));
        Thread beside = new Thread(alliances, "read " + DatasetFiles.ALLIANCES.fileName());
        beside.setDaemon(true);
        beside.start();
        Dataset data;
        try {
            data = readAfterAlliances(tables, progress, step, total, sources, firms, events, partners, firmIds,
                    sourceIds, alliances);
        } catch (ImportException | RuntimeException e) {
            // a problem in alliances.csv comes first: it is the earlier file
            join(alliances);
            throw e;
        }
        return data;
    }

    private static List<Alliance> alliances(Tables tables, Map<String, String> firmIds,
                                            Map<String, String> partnerIds, Map<String, String> sourceIds)
            throws ImportException {
        List<Alliance> alliances = new ArrayList<>();
        tables.forEachRow(DatasetFiles.ALLIANCES, r -> {
            int year = r.year("year");
            Integer endYear = r.optEndYear("end_year", year, "problem.csv.ends.alliance");
            alliances.add(new Alliance(r.text("id"), known(r, "firm_id", firmIds, "firms.csv"),
                    known(r, "partner_id", partnerIds, "partners.csv"), year, endYear,
                    r.enumValue("kind", AllianceKind.class), r.optEnum("direction", Direction.class),
                    r.optText("subject"), r.optDecimal("value_musd"), source(r, sourceIds), r.bool("verified"),
                    r.optText("note")));
        });
        return alliances;
    }

    /** What the second thread read, or the problem it found, as if it had been read on this one. */
    private static List<Alliance> join(FutureTask<List<Alliance>> task) throws ImportException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + DatasetFiles.ALLIANCES.fileName(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ImportException i) {
                throw i;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Dataset readAfterAlliances(Tables tables, Progress progress, int stepBefore, int total,
                                              List<Source> sources, List<Firm> firms, List<FirmEvent> events,
                                              List<Partner> partners, Map<String, String> firmIds,
                                              Map<String, String> sourceIds, FutureTask<List<Alliance>> alliances)
            throws ImportException {
        int step = stepBefore + 1;
        progress.update(step, total, Problems.text("problem.progress.evidence"));

        List<Evidence> evidence = new ArrayList<>();
        ifPresent(tables, DatasetFiles.EVIDENCE, r -> {
            int year = r.year("year");
            Integer endYear = r.optEndYear("end_year", year, "problem.csv.ends.fact");
            evidence.add(new Evidence(r.text("id"), known(r, "firm_id", firmIds, "firms.csv"), year, endYear,
                    r.enumValue("kind", EvidenceKind.class), r.optText("detail"), source(r, sourceIds),
                    r.bool("verified"), r.optText("note")));
        });
        progress.update(++step, total, Problems.text("problem.progress.indicators"));

        List<Indicator> indicators = new ArrayList<>();
        ifPresent(tables, DatasetFiles.INDICATORS, r -> {
            indicators.add(new Indicator(r.text("code"), r.enumValue("dataset", IndicatorDataset.class),
                    r.text("name"), r.optText("unit"), r.optText("definition"), source(r, sourceIds)));
        });
        Map<String, String> codes = ids(indicators.stream().map(Indicator::code).toList());
        progress.update(++step, total, Problems.text("problem.progress.values"));

        List<IndicatorValue> values = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        String noYear = Problems.text("problem.csv.no.year");
        ifPresent(tables, DatasetFiles.INDICATOR_VALUES, r -> {
            IndicatorValue v = new IndicatorValue(known(r, "code", codes, "indicators.csv"), r.text("geo"),
                    r.optYear("year"), r.optText("edition"), r.optDouble("value"), source(r, sourceIds),
                    r.bool("verified"), r.optText("note"));
            if (v.edition().length() > MAX_EDITION) {
                throw r.error("edition", Problems.text("problem.csv.edition.long", MAX_EDITION));
            }
            String year = v.year() == null ? noYear : v.year().toString();
            unique(r, "geo", v.code() + " / " + v.geo() + " / " + year + " / " + v.edition(), keys);
            values.add(v);
        });
        progress.update(++step, total, Problems.text("problem.progress.groups"));

        List<PerformanceGroup> groups = new ArrayList<>();
        Map<String, Integer> groupKeys = new HashMap<>();
        ifPresent(tables, DatasetFiles.PERFORMANCE_GROUPS, r -> {
            PerformanceGroup g = new PerformanceGroup(r.text("geo"), r.text("edition"), r.text("group"),
                    source(r, sourceIds), r.bool("verified"), r.optText("note"));
            unique(r, "edition", g.geo() + " / " + g.edition(), groupKeys);
            groups.add(g);
        });
        progress.update(++step, total, Problems.text("problem.progress.policy"));

        List<PolicyBand> bands = new ArrayList<>();
        ifPresent(tables, DatasetFiles.POLICY_CONTEXT, r -> {
            int start = r.year("start_year");
            Integer end = r.optEndYear("end_year", start, "problem.csv.ends.band");
            String place = r.text("region");
            Region region = place.equalsIgnoreCase("Belgium") ? null : r.enumValue("region", Region.class);
            bands.add(new PolicyBand(r.text("id"), r.text("name"), region, start, end,
                    r.enumValue("kind", PolicyKind.class), r.optText("detail"), source(r, sourceIds),
                    r.bool("verified"), r.optText("note")));
        });
        progress.update(++step, total, Problems.text("problem.progress.notes"));

        List<Alliance> allianceRows = join(alliances);
        Map<String, String> allianceIds = ids(allianceRows.stream().map(Alliance::id).toList());
        Map<String, String> partnerIds = ids(partners.stream().map(Partner::id).toList());
        List<Note> notes = new ArrayList<>();
        ifPresent(tables, DatasetFiles.NOTES, r -> {
            List<String> linked = r.list("firm_ids");
            for (String id : linked) {
                known(r, "firm_ids", id, firmIds, "firms.csv");
            }
            List<String> linkedAlliances = r.list("alliance_ids");
            for (String id : linkedAlliances) {
                known(r, "alliance_ids", id, allianceIds, "alliances.csv");
            }
            List<String> linkedPartners = r.list("partner_ids");
            for (String id : linkedPartners) {
                known(r, "partner_ids", id, partnerIds, "partners.csv");
            }
            Instant created = r.instant("created");
            Instant updated = r.instant("updated");
            if (updated.isBefore(created)) {
                throw r.error("updated", Problems.text("problem.csv.note.order", updated, created));
            }
            String consent = r.optText("consent");
            Note.Interview interview = new Note.Interview(r.optDate("interview_date"), r.optText("interviewee"),
                    r.optText("role"), r.optText("organisation"), consent == null ? null : r.bool("consent"));
            notes.add(new Note(null, r.text("id"), created, updated, r.optText("title"), r.rawText("body"), linked,
                    r.list("tags"), source(r, sourceIds), interview, linkedAlliances, linkedPartners));
        });
        progress.update(++step, total, Problems.text("problem.progress.overrides"));

        List<ModelOverride> overrides = new ArrayList<>();
        ifPresent(tables, DatasetFiles.MODEL_OVERRIDES, r -> overrides.add(override(r, firmIds)));
        progress.update(total, total, Problems.text("problem.progress.read", firms.size()));
        return new Dataset(sources, firms, events, partners, allianceRows, evidence, indicators, values, groups, notes,
                bands, overrides);
    }

    /**
     * A researcher's business-model override, checked as {@link ClassificationRepository#addOverride} checks one
     * set in the app. A file carries no database numbers: the override's id is 0.
     */
    private static ModelOverride override(CsvRow r, Map<String, String> firmIds) throws ImportException {
        String firm = known(r, "firm_id", firmIds, DatasetFiles.FIRMS.fileName());
        int year = r.year("as_of_year");
        if (year < ClassificationRepository.FIRST_YEAR || year > ClassificationRepository.LAST_YEAR) {
            throw r.error("as_of_year", Problems.text("problem.csv.year.range", year,
                    ClassificationRepository.FIRST_YEAR, ClassificationRepository.LAST_YEAR));
        }
        BusinessModel model = r.enumValue("model", BusinessModel.class);
        String rationale = r.text("rationale");
        if (rationale.length() > ClassificationRepository.MAX_RATIONALE) {
            throw r.error("rationale", Problems.text("problem.override.long", rationale.length(),
                    ClassificationRepository.MAX_RATIONALE));
        }
        Instant created = r.instant("created");
        Instant withdrawn = r.optInstant("withdrawn");
        if (withdrawn != null && withdrawn.isBefore(created)) {
            throw r.error("withdrawn", Problems.text("problem.csv.withdrawn.order", withdrawn, created));
        }
        return new ModelOverride(0, firm, year, model, rationale, created, withdrawn);
    }

    /** Hands every row of an optional table to {@code handler}; a table the dataset does not have has no rows. */
    private static void ifPresent(Tables tables, CsvTable table, CsvTable.RowHandler handler) throws ImportException {
        if (tables.has(table)) {
            tables.forEachRow(table, handler);
        }
    }

    private static String names(List<CsvTable> tables) {
        return String.join(", ", tables.stream().map(CsvTable::fileName).toList());
    }

    /**
     * The ids of a file, each mapped to itself: a reference found in another file is replaced by the one string
     * kept here, so that 200,000 alliances hold 10,000 firm ids and not 200,000 copies of them.
     */
    private static Map<String, String> ids(List<String> ids) {
        Map<String, String> map = new HashMap<>();
        ids.forEach(id -> map.put(id, id));
        return map;
    }

    private static String source(CsvRow r, Map<String, String> sourceIds) throws ImportException {
        String id = r.optText("source_id");
        if (id == null) {
            return null;
        }
        String known = sourceIds.get(id);
        if (known == null) {
            throw r.error("source_id", Problems.text("problem.csv.no.source", id, DatasetFiles.SOURCES.fileName()));
        }
        return known;
    }

    private static String known(CsvRow r, String column, Map<String, String> ids, String where) throws ImportException {
        return known(r, column, r.text(column), ids, where);
    }

    private static String known(CsvRow r, String column, String id, Map<String, String> ids, String where)
            throws ImportException {
        String known = ids.get(id);
        if (known == null) {
            throw r.error(column, Problems.text("problem.csv.unknown.id", id, where));
        }
        return known;
    }

    private static void unique(CsvRow r, String column, String value, Map<String, Integer> seen) throws ImportException {
        Integer first = seen.putIfAbsent(value, r.line());
        if (first != null) {
            throw r.error(column, Problems.text("problem.csv.duplicate", value, first));
        }
    }
}
