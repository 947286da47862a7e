package be.bioregions.explorer.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files written so that no one ever finds half of one under its final name: the content goes into a hidden file
 * beside the target (same folder, so the rename cannot cross disks, and the user's usual permissions, unlike a
 * private temporary file), is forced to the disk, and only then takes the final name. Exports of figures, datasets
 * and notes all write this way.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** What fills the file. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code content} to {@code target} as described above, creating the folder if needed. */
    public static void write(Path target, Content content) throws IOException {
        Path temp = part(target, content);
        try {
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The first half of {@link #write}: the content in full in a hidden file beside the target, on the disk; returns
     * that file, for a writer that moves several files into place only once all are written.
     */
    public static Path part(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            OutputStream out = Channels.newOutputStream(channel);
            content.write(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }

    /** The second half: the written file takes the final name, replacing what was there. */
    public static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
