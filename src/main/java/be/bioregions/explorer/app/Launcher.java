package be.bioregions.explorer.app;

/**
 * The entry point of the packaged application. A plain class, so that a single jar with JavaFX on the class path
 * starts without the module checks that refuse to launch an Application subclass directly.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        ExplorerApp.main(args);
    }
}
