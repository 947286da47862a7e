package be.bioregions.explorer.ui;

import java.util.ResourceBundle;

import be.bioregions.explorer.domain.Codes;
import be.bioregions.explorer.domain.Region;

/**
 * How a code of the data (an event's or alliance's kind, a direction, a region) reads in the interface's
 * language: the bundle's {@code code.Type.NAME}, or the code's own words where the bundle has none. Files and the
 * database keep the codes; only what is shown is translated.
 */
public final class Labels {
    private Labels() {
    }

    public static String of(ResourceBundle texts, Enum<?> value) {
        return value == null ? "" : of(texts, value, Codes.label(value));
    }

    /** The bundle's label of the value, or the given English one where the bundle has none. */
    public static String of(ResourceBundle texts, Enum<?> value, String english) {
        String key = "code." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return texts.containsKey(key) ? texts.getString(key) : english;
    }

    /** A region's name ("Flanders" and its translations). */
    public static String region(ResourceBundle texts, Region region) {
        return of(texts, region, region.label());
    }
}
