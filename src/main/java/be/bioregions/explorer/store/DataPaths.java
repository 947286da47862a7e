package be.bioregions.explorer.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database file lives: the platform's folder for user data, unless the user names another file
 * ({@code --db PATH}) or a test sets the {@value #DB_PROPERTY} system property.
 */
public final class DataPaths {
    public static final String DB_PROPERTY = "bioregions.db";
    public static final String APP_FOLDER = "bioregions-explorer";
    public static final String DB_NAME = "bioregions";
    /** The ending H2 gives its database files. */
    public static final String H2_SUFFIX = ".mv.db";

    private DataPaths() {
    }

    /** The database chosen for this run: the explicit path if given, else the property, else the default. */
    public static Path resolve(String explicitPath) {
        if (explicitPath != null && !explicitPath.isBlank()) {
            return normalise(Path.of(explicitPath));
        }
        String property = System.getProperty(DB_PROPERTY);
        if (property != null && !property.isBlank()) {
            return normalise(Path.of(property));
        }
        return defaultDatabase(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The default database of a platform, computed from its name, environment and home folder. */
    public static Path defaultDatabase(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path dataHome;
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            dataHome = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
        } else if (os.contains("mac")) {
            dataHome = home.resolve("Library").resolve("Application Support");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            dataHome = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                    ? Path.of(xdg) : home.resolve(".local").resolve("share");
        }
        return dataHome.resolve(APP_FOLDER).resolve(DB_NAME + H2_SUFFIX);
    }

    /**
     * A path the user typed, as the H2 file it means: a folder gets the default file name inside it, and a name
     * without H2's ending gets it.
     */
    public static Path normalise(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (Files.isDirectory(p)) {
            return p.resolve(DB_NAME + H2_SUFFIX);
        }
        String name = p.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? p : p.resolveSibling(name + H2_SUFFIX);
    }

    /** The name H2 wants in its URL: the file without its ending. */
    static String h2Base(Path dbFile) {
        String s = dbFile.toAbsolutePath().toString();
        return s.substring(0, s.length() - H2_SUFFIX.length());
    }
}
