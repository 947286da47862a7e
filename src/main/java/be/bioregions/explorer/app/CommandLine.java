package be.bioregions.explorer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options the application understands. Parsing fails with a message a user can act on. */
public record CommandLine(String db, String exportView, Path out, String select, boolean help) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: bioregions-explorer [--db PATH] [--export-view NAME --out FILE.png [--select ID]]",
            "  --db PATH           the database file to open (default: the user data folder)",
            "  --export-view NAME  render a view to a PNG without showing a window, then exit; NAME is one of: "
                    + String.join(", ", Views.exportableNames()),
            "  --out FILE.png      where --export-view writes the picture",
            "  --select ID         the item the exported view shows selected (for firms: a firm id)",
            "  --help              this text");

    /** Parses the arguments; throws IllegalArgumentException with a message naming the problem. */
    public static CommandLine parse(String... args) {
        String db = null;
        String view = null;
        Path out = null;
        String select = null;
        boolean help = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            switch (a) {
                case "--db" -> db = value(a, rest);
                case "--export-view" -> view = value(a, rest);
                case "--out" -> out = Path.of(value(a, rest));
                case "--select" -> select = value(a, rest);
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option: " + a);
            }
        }
        if (view != null) {
            if (!Views.exportableNames().contains(view)) {
                throw new IllegalArgumentException("Unknown view \"" + view + "\" for --export-view; the views are: "
                        + String.join(", ", Views.exportableNames()));
            }
            if (out == null) {
                throw new IllegalArgumentException("--export-view needs --out FILE.png");
            }
        } else if (out != null || select != null) {
            throw new IllegalArgumentException("--out and --select go with --export-view");
        }
        return new CommandLine(db, view, out, select, help);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }
}
