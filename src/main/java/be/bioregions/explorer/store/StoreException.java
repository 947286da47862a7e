package be.bioregions.explorer.store;

import java.nio.file.Path;

import be.bioregions.explorer.domain.Problems;

/** A database problem said in words a researcher can act on; the message names the database file. */
public class StoreException extends RuntimeException {
    private final transient Path file;
    /** The bundle's key of the message, or null when the message was given as it is. */
    private final String key;
    private final transient Object[] args;

    public StoreException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.key = null;
        this.args = null;
    }

    /**
     * A problem whose message is the bundle's text for {@code key}, put together when it is read: the database is
     * opened while the window starts, before the interface's language is set, and the message still reads in it.
     */
    StoreException(Path file, Throwable cause, String key, Object... args) {
        super(key, cause);
        this.file = file;
        this.key = key;
        this.args = args;
    }

    @Override
    public String getMessage() {
        return key == null ? super.getMessage() : Problems.text(key, args);
    }

    public Path file() {
        return file;
    }
}
