package be.bioregions.explorer.domain;

/** Receives the progress of a long piece of work: {@code done} of {@code total} steps, and what is happening. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total, message) -> { };

    void update(long done, long total, String message);
}
