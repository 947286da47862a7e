package be.bioregions.explorer.domain;

/** The three Belgian regions; NUTS-1 codes as used by the Regional Innovation Scoreboard. */
public enum Region {
    FLANDERS("Flanders", "BE2"),
    WALLONIA("Wallonia", "BE3"),
    BRUSSELS("Brussels", "BE1");

    private final String label;
    private final String nuts;

    Region(String label, String nuts) {
        this.label = label;
        this.nuts = nuts;
    }

    public String label() {
        return label;
    }

    public String nuts() {
        return nuts;
    }
}
