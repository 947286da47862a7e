package be.bioregions.explorer.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import be.bioregions.explorer.domain.BusinessModel;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The classification table of a year as CSV, for a spreadsheet or the thesis' appendix. */
final class ClassificationCsv {
    private ClassificationCsv() {
    }

    /**
     * One line per firm: id, name, region, year, the year it is classified as of and, for a firm acquired or closed
     * before the year, how and when (its model is then its last one as an independent firm), the rules' model and
     * its four scores, the rules that fired, and
     * the researcher's model, the year it was set for, and its rationale (empty when none).
     */
    static String of(List<ClassifierController.FirmRow> rows, int year) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
            p.printRecord("firm_id", "firm", "region", "year", "classified_as_of", "ended", "ended_year", "rules_model",
                    "score_fipco", "score_hybrid",
                    "score_platform", "score_royalty", "rules_fired", "researcher_model", "researcher_year",
                    "researcher_rationale");
            for (ClassifierController.FirmRow r : rows) {
                var v = r.verdict();
                var o = r.override();
                var end = r.facts().ending();
                boolean gone = r.facts().endedBefore(year);
                p.printRecord(r.firm().id(), r.firm().name(), r.firm().region().label(), year, v.year(),
                        gone ? be.bioregions.explorer.domain.Codes.code(end.kind()) : "", gone ? end.year() : "",
                        code(v.primary()),
                        v.score(BusinessModel.FIPCO), v.score(BusinessModel.HYBRID), v.score(BusinessModel.PLATFORM),
                        v.score(BusinessModel.ROYALTY),
                        String.join(" ", v.fired().stream().map(f -> f.rule().id()).toList()),
                        o == null ? "" : code(o.model()), o == null ? "" : o.year(), o == null ? "" : o.rationale());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    private static String code(BusinessModel m) {
        return be.bioregions.explorer.domain.Codes.code(m);
    }
}
