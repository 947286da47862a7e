package be.bioregions.explorer.ui;

import be.bioregions.explorer.domain.Region;

/** Colours every drawn view gives the same things, so that a region looks the same in each of them. */
public final class Palette {
    /** The colour of Belgium as a whole, or of a fact without a region. */
    public static final int NO_REGION = 0xFF7F8C8D;

    private Palette() {
    }

    /** The colour of a region (0xAARRGGBB); {@link #NO_REGION} for null. */
    public static int region(Region region) {
        if (region == null) {
            return NO_REGION;
        }
        return switch (region) {
            case FLANDERS -> 0xFFD4A300;
            case WALLONIA -> 0xFFC0392B;
            case BRUSSELS -> 0xFF2E86C1;
        };
    }

    /** Black or white, whichever reads better on the given background. */
    public static int textOn(int argb) {
        int r = (argb >> 16) & 0xFF;
        int g = (argb >> 8) & 0xFF;
        int b = argb & 0xFF;
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return luminance > 150 ? 0xFF111111 : 0xFFFFFFFF;
    }
}
