package be.bioregions.explorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options the application understands. Parsing fails with a message a user can act on. */
public record CommandLine(String db, String exportView, Path out, String select, int[] years, Integer syntheticFirms,
                          long seed, boolean help, String lang, Path importPath, Path exportPath) {
    /** The seed of --generate-synthetic when none is given. */
    public static final long DEFAULT_SEED = 1982;

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: bioregions-explorer [--db PATH] [--export-view NAME --out FILE.png|.svg|.pdf|.csv [--select ID]"
                    + " [--years FROM-TO] [--indicator CODE]]",
            "       bioregions-explorer --generate-synthetic N_FIRMS --out DIR [--seed N]",
            "       bioregions-explorer [--db PATH] --import DIR|FILE.json",
            "       bioregions-explorer [--db PATH] --export DIR|FILE.json",
            "  --db PATH           the database file to open (default: the user data folder)",
            "  --export-view NAME  render a view to a picture without showing a window, then exit; NAME is one of: "
                    + String.join(", ", Views.exportableNames()),
            "  --out FILE          where --export-view writes the figure: PNG; SVG (vector) for the timeline, partners,",
            "                      network, business-models and indicators; PDF (vector) for indicators and",
            "                      ris-regions; CSV for partners (the matrix of alliance counts), business-models",
            "                      (the classification table) and indicators (the values with their sources)",
            "  --select ID         the firm the exported view shows selected (firms, timeline, partners, network)",
            "  --years FROM-TO     the years the exported timeline shows, e.g. 2005-2016 (default: all); for",
            "                      partners and network, the matrix or network as of the last year",
            "  --indicator CODE    the indicator the exported indicators view shows, e.g. KBI_RD_SHARE (default:",
            "                      the first OECD indicator)",
            "  --generate-synthetic N_FIRMS  write a synthetic dataset of N_FIRMS firms (10000 is the benchmark's",
            "                      reference size) as CSV files into the folder --out, then exit",
            "  --seed N            the seed of --generate-synthetic (default " + DEFAULT_SEED + "): same seed, same files",
            "  --import PATH       import a dataset into the database as it is, without a window: a folder of CSV",
            "                      files or a .json bundle. New rows are added, changed rows replaced, nothing is",
            "                      deleted, all in one transaction. If a row conflicts with a change made in the app",
            "                      (or names something that does not exist), the conflicts are listed and nothing",
            "                      is imported (exit 1); a malformed file is reported by file, line and column",
            "  --export PATH       write the whole database, without a window: the CSV files into the folder PATH,",
            "                      or one JSON bundle when PATH ends in .json",
            "  --lang en|fr|nl     the language of the interface for this run (default: View > Language, or the",
            "                      system's)",
            "  --help              this text");

    /** Parses the arguments; throws IllegalArgumentException with a message naming the problem. */
    public static CommandLine parse(String... args) {
        String db = null;
        String view = null;
        Path out = null;
        String select = null;
        int[] years = null;
        String indicator = null;
        String lang = null;
        boolean help = false;
        Integer synthetic = null;
        Long seed = null;
        Path importPath = null;
        Path exportPath = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            switch (a) {
                case "--db" -> db = value(a, rest);
                case "--export-view" -> view = value(a, rest);
                case "--out" -> out = Path.of(value(a, rest));
                case "--select" -> select = value(a, rest);
                case "--indicator" -> indicator = value(a, rest);
                case "--years" -> years = years(value(a, rest));
                case "--generate-synthetic" -> synthetic = number(a, value(a, rest), 1, 10_000_000).intValue();
                case "--seed" -> seed = number(a, value(a, rest), Long.MIN_VALUE, Long.MAX_VALUE);
                case "--import" -> importPath = Path.of(value(a, rest));
                case "--export" -> exportPath = Path.of(value(a, rest));
                case "--lang" -> {
                    lang = value(a, rest);
                    if (!Languages.CHOICES.contains(lang) || lang.isEmpty()) {
                        throw new IllegalArgumentException("--lang takes en, fr or nl, not " + lang);
                    }
                }
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option: " + a);
            }
        }
        if (importPath != null || exportPath != null) {
            if (importPath != null && exportPath != null) {
                throw new IllegalArgumentException("give either --import or --export, not both");
            }
            if (view != null || synthetic != null || seed != null || out != null || select != null || years != null
                    || indicator != null) {
                throw new IllegalArgumentException("--import and --export go alone (with --db and --lang)");
            }
        } else if (synthetic != null) {
            if (view != null || out == null) {
                throw new IllegalArgumentException("--generate-synthetic needs --out DIR and goes without --export-view");
            }
        } else if (seed != null) {
            throw new IllegalArgumentException("--seed goes with --generate-synthetic");
        } else if (view != null) {
            if (!Views.exportableNames().contains(view)) {
                throw new IllegalArgumentException("Unknown view \"" + view + "\" for --export-view; the views are: "
                        + String.join(", ", Views.exportableNames()));
            }
            if (out == null) {
                throw new IllegalArgumentException("--export-view needs --out FILE.png or FILE.svg");
            }
            String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".svg") && !name.endsWith(".csv") && !name.endsWith(".pdf")) {
                throw new IllegalArgumentException("--out must end in .png, .svg, .pdf or .csv, not " + out.getFileName());
            }
            Views.Figure figure = Views.figure(view);
            if (name.endsWith(".pdf") && !figure.view().printable()) {
                throw new IllegalArgumentException("only the indicators view and ris-regions are written as PDF;"
                        + " write the " + view + " view as .png or .svg");
            }
            if (indicator != null) {
                if (!view.equals(Views.INDICATORS.id())) {
                    throw new IllegalArgumentException("--indicator goes with --export-view indicators");
                }
                if (select != null) {
                    throw new IllegalArgumentException("give the indicator with --indicator alone, not with --select");
                }
                select = indicator;
            }
            if (name.endsWith(".csv") && (!figure.view().tabular() || figure.part() != null)) {
                throw new IllegalArgumentException("only the partners matrix, the business-models table and the"
                        + " indicators table are written as CSV; write the " + view + " view as .png or .svg");
            }
            if (name.endsWith(".svg") && !figure.view().drawn()) {
                throw new IllegalArgumentException("the " + view + " view has no SVG form; write it as .png");
            }
        } else if (out != null || select != null || years != null || indicator != null) {
            throw new IllegalArgumentException("--out, --select, --years and --indicator go with --export-view");
        }
        return new CommandLine(db, view, out, select, years, synthetic, seed == null ? DEFAULT_SEED : seed, help, lang,
                importPath, exportPath);
    }

    /** Whether the picture asked for is an SVG document. */
    public boolean svg() {
        return out != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
    }

    private static int[] years(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})-(\\d{4})").matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--years needs two years such as 2005-2016, not \"" + text + "\"");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (from > to || from < 1900 || to > 2100) {
            throw new IllegalArgumentException("--years needs a first year before the last, within 1900-2100, not "
                    + text);
        }
        return new int[] {from, to};
    }

    private static Long number(String option, String text, long min, long max) {
        try {
            long n = Long.parseLong(text);
            if (n < min || n > max) {
                throw new IllegalArgumentException(option + " must lie between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not \"" + text + "\"");
        }
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
