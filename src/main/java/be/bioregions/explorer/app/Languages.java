package be.bioregions.explorer.app;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;

/**
 * The language of the interface: the system's by default, or one chosen in View › Language (kept in the user's
 * preferences, used from the next start) or given with {@code --lang} for one run. Dates and numbers follow it.
 */
public final class Languages {
    /** The choices: "" follows the system; then English, French, Dutch. */
    public static final List<String> CHOICES = List.of("", "en", "fr", "nl");
    private static final String KEY = "language";
    /** Set by {@code --lang} for this run only. */
    private static volatile String forThisRun;

    private Languages() {
    }

    /** The user's preferences; a test gives a node of its own with {@code -Dbioregions.prefs=/path}. */
    private static Preferences preferences() {
        String node = System.getProperty("bioregions.prefs");
        return node == null ? Preferences.userNodeForPackage(Languages.class) : Preferences.userRoot().node(node);
    }

    /** The language chosen in the preferences ("" for the system's). */
    public static String chosen() {
        try {
            return preferences().get(KEY, "");
        } catch (SecurityException | IllegalStateException e) {
            return "";
        }
    }

    /** Keeps the choice for the next start. */
    public static void choose(String tag) {
        try {
            preferences().put(KEY, tag);
            preferences().flush();
        } catch (java.util.prefs.BackingStoreException | SecurityException e) {
            // the choice then lasts for this run only; the status line said it applies at the next start
        }
    }

    /** Uses this language for this run, whatever the preferences say ({@code --lang}). */
    static void forThisRun(String tag) {
        forThisRun = tag;
    }

    /** The locale of the interface now. */
    public static Locale locale() {
        String tag = forThisRun != null ? forThisRun : chosen();
        return tag.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    /** A choice's name, in its own language (the system's in the interface's). */
    static String name(String tag, ResourceBundle texts) {
        if (tag.isEmpty()) {
            return texts.getString("language.system");
        }
        Locale l = Locale.forLanguageTag(tag);
        String own = l.getDisplayLanguage(l);
        return own.substring(0, 1).toUpperCase(l) + own.substring(1);
    }
}
