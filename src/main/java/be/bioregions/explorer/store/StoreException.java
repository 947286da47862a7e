package be.bioregions.explorer.store;

import java.nio.file.Path;

/** A database problem said in words a researcher can act on; the message names the database file. */
public class StoreException extends RuntimeException {
    private final transient Path file;

    public StoreException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
