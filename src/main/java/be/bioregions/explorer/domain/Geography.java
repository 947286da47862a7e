package be.bioregions.explorer.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places indicator values are given for: ISO 3166 country codes, NUTS region codes (Belgium's three regions
 * are BE1, BE2 and BE3) and the averages a scoreboard compares with (EU, OECD).
 */
public final class Geography {
    /** Regions and averages by code; a country is named from its ISO code. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("BE1", "Brussels-Capital Region"),
            Map.entry("BE2", "Flemish Region"),
            Map.entry("BE3", "Walloon Region"),
            Map.entry("BE31", "Walloon Brabant"),
            Map.entry("DK01", "Hovedstaden (DK)"),
            Map.entry("NL11", "Groningen (NL)"),
            Map.entry("NL12", "Friesland (NL)"),
            Map.entry("FR10", "\u00CEle-de-France (FR)"),
            Map.entry("EU", "EU average"),
            Map.entry("EU15", "EU-15 average"),
            Map.entry("EU27", "EU-27 average"),
            Map.entry("EU28", "EU-28 average"),
            Map.entry("OECD", "OECD average"));
    private static final Set<String> AVERAGES = Set.of("EU", "EU15", "EU27", "EU28", "OECD");

    private Geography() {
    }

    /** A name for the code: "Flemish Region", "Germany", "EU-28 average"; the code itself when unknown. */
    public static String name(String code) {
        String known = NAMES.get(code);
        if (known != null) {
            return known;
        }
        if (code.length() == 2) {
            String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (!country.isBlank() && !country.equals(code)) {
                return country;
            }
        }
        return code;
    }

    /** Whether the code is Belgium or one of its regions (NUTS codes begin with the country's code). */
    public static boolean belgian(String code) {
        return code.startsWith("BE");
    }

    /** The Belgian region a NUTS code lies in; null for Belgium as a whole and for any other place. */
    public static Region region(String code) {
        for (Region r : Region.values()) {
            if (code.startsWith(r.nuts())) {
                return r;
            }
        }
        return null;
    }

    /** Whether the code is an average of many countries or regions, drawn as a reference rather than a bar. */
    public static boolean average(String code) {
        return AVERAGES.contains(code);
    }
}
