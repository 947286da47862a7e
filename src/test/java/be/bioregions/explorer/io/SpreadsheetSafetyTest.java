package be.bioregions.explorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.bioregions.explorer.domain.Alliance;
import be.bioregions.explorer.domain.Dataset;
import be.bioregions.explorer.domain.Firm;
import be.bioregions.explorer.domain.Progress;

/**
 * A text a spreadsheet would run as a formula is exported with an apostrophe before it and reads back as it was;
 * numbers stay numbers.
 */
class SpreadsheetSafetyTest {
    /** Notes that begin like a formula, or like the protection of one, and a negative number written as text. */
    private static final List<String> TRICKY = List.of("=HYPERLINK(\"http://example.com\",\"click\")",
            "+32 2 555 12 12", "-ish, says the press", "@home", "\tTab first", "\rReturn first", "'=already protected", "''+twice", "-12",
            "'-12", "'plain quote", "'");

    @TempDir
    Path dir;

    @Test
    void eachCellIsProtectedAndReadBackAsItWas() {
        for (String text : TRICKY) {
            assertEquals(text, CellText.fromFile(CellText.toFile(text)), text);
        }
        assertEquals("'=1+1", CellText.toFile("=1+1"));
        assertEquals("''=1+1", CellText.toFile("'=1+1"));
        assertEquals("-3.5", CellText.toFile("-3.5"), "a number stays a number");
        assertEquals("+5", CellText.toFile("+5"));
        assertEquals("'-3.5 million", CellText.toFile("-3.5 million"));
        assertEquals("'plain quote", CellText.toFile("'plain quote"), "an apostrophe before other text is kept");
        assertEquals("'plain quote", CellText.fromFile("'plain quote"));
        assertEquals("@x", CellText.fromFile("'@x"), "a spreadsheet's own protection is taken off too");
    }

    @Test
    void formulaLikeNotesSurviveAnExportAndAnImport() throws Exception {
        Dataset sample = new CsvDatasetReader().read(CsvFolder.sampleData(), Progress.NONE);
        List<Firm> firms = new ArrayList<>(sample.firms());
        for (int i = 0; i < TRICKY.size(); i++) {
            Firm f = firms.get(i);
            firms.set(i, new Firm(f.id(), f.name(), f.region(), f.city(), f.founded(), f.origin(), f.originKind(),
                    f.focus(), f.status(), f.sourceId(), f.verified(), TRICKY.get(i)));
        }
        List<Alliance> alliances = new ArrayList<>(sample.alliances());
        Alliance a = alliances.get(0);
        alliances.set(0, new Alliance(a.id(), a.firmId(), a.partnerId(), a.year(), a.endYear(), a.kind(),
                a.direction(), "-ish deal", new BigDecimal("-3.5"), a.sourceId(), a.verified(), a.note()));
        Dataset tricky = new Dataset(sample.sources(), firms, sample.events(), sample.partners(), alliances,
                sample.evidence(), sample.indicators(), sample.indicatorValues(), sample.performanceGroups(),
                sample.notes(), sample.policyBands(), sample.overrides());

        Path folder = dir.resolve("csv");
        new CsvDatasetWriter().write(tricky, folder);
        String firmsCsv = Files.readString(folder.resolve("firms.csv"));
        assertTrue(firmsCsv.contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\"\n"), firmsCsv);
        assertTrue(firmsCsv.contains(",'+32 2 555 12 12\n"));
        assertTrue(firmsCsv.contains(",'@home\n"));
        assertTrue(firmsCsv.contains(",''=already protected\n"));
        assertTrue(firmsCsv.contains(",-12\n"), "a negative number is written as it is");
        String alliancesCsv = Files.readString(folder.resolve("alliances.csv"));
        assertTrue(alliancesCsv.contains(",-3.5,"), "a negative value is written as a number");
        assertTrue(alliancesCsv.contains(",'-ish deal,"));

        Dataset fromCsv = new CsvDatasetReader().read(CsvFolder.of(folder), Progress.NONE);
        assertEquals(tricky.firms(), fromCsv.firms());
        assertEquals(tricky.alliances(), fromCsv.alliances());
        assertEquals(tricky, fromCsv);

        Path bundle = dir.resolve("dataset.json");
        JsonBundle.write(tricky, bundle);
        assertTrue(Files.readString(bundle).contains("\"note\":\"'@home\""), "the bundle holds the same cell texts");
        assertEquals(tricky, JsonBundle.read(bundle));
    }
}
