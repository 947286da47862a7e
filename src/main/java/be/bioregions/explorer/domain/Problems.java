package be.bioregions.explorer.domain;

import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words for people that are put together away from the views: why a file or the database refused something, and
 * how far an import has got. The text comes from the {@code i18n.messages} bundle in the language of the interface,
 * which is the {@link Locale.Category#DISPLAY} default (the application sets it from the chosen language), and its
 * placeholders are filled in with {@link String#format(Locale, String, Object...)}.
 *
 * <p>A message must never hide the problem it reports: a key the bundle lacks, or a text whose placeholders do not
 * fit the values, gives the key followed by the values instead of an exception.
 */
public final class Problems {
    private static final String BUNDLE = "i18n.messages";
    /** English is the base bundle: a language without a bundle of its own gets it, not the machine's language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Problems() {
    }

    /** The bundle's text for {@code key} in the interface's language, with {@code args} in its placeholders. */
    public static String text(String key, Object... args) {
        Locale locale = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
            return String.format(locale, pattern, args);
        } catch (MissingResourceException | IllegalFormatException e) {
            return args == null || args.length == 0 ? key : key + " " + Arrays.toString(args);
        }
    }
}
