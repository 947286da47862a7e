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
        if (value == null) {
            return "";
        }
        String key = "code." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return texts.containsKey(key) ? texts.getString(key) : Codes.label(value);
    }

    /** A region's name ("Flanders" and its translations). */
    public static String region(ResourceBundle texts, Region region) {
        String key = "code." + Region.class.getSimpleName() + "." + region.name();
        return texts.containsKey(key) ? texts.getString(key) : region.label();
    }
}
