package be.bioregions.explorer.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * Runs database and file work off the FX thread and reports it in the status bar. Results are handed back on
 * the FX thread; the returned future completes after the result has been applied, so callers (figure export,
 * tests) can wait for a view to be ready.
 */
public final class Background {
    private final ExecutorService executor;
    private final Status status;

    /**
     * The problem a failed piece of work reported: a future's failure arrives wrapped in a CompletionException
     * when it passes through a dependent stage, and only that wrapper is taken off (a StoreException's own cause is
     * the database's raw text, not what the researcher should read).
     */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public Background(Status status) {
        this.status = status;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Handed to background work so that it can report its progress. */
    public static final class Reporter {
        private final Consumer<double[]> progress;
        private final Consumer<String> message;

        Reporter(Consumer<double[]> progress, Consumer<String> message) {
            this.progress = progress;
            this.message = message;
        }

        public void update(long done, long total, String text) {
            progress.accept(new double[] {done, total});
            message.accept(text);
        }
    }

    /**
     * Runs {@code work} in the background, shows {@code what} in the status bar while it runs, and hands the result
     * to {@code onSuccess} on the FX thread. A failure is shown in the status bar and completes the future
     * exceptionally.
     */
    public <T> CompletableFuture<T> run(String what, ReportingWork<T> work, Consumer<T> onSuccess) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(what);
                return work.call(new Reporter(p -> updateProgress(p[0], p[1]), this::updateMessage));
            }
        };
        task.messageProperty().addListener((obs, old, text) -> status.report(text, task.getProgress()));
        task.progressProperty().addListener((obs, old, p) -> status.report(null, p.doubleValue()));
        status.started(what);
        task.setOnSucceeded(e -> {
            status.finished();
            try {
                onSuccess.accept(task.getValue());
                done.complete(task.getValue());
            } catch (RuntimeException ex) {
                status.show(ex.getMessage() == null ? ex.toString() : ex.getMessage());
                done.completeExceptionally(ex);
            }
        });
        task.setOnFailed(e -> {
            status.finished();
            Throwable ex = task.getException();
            status.show(ex.getMessage());
            done.completeExceptionally(ex);
        });
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the application is closing: a timer of a view asked for work after the end; there is nothing to do
            status.finished();
            done.completeExceptionally(closing);
        }
        return done;
    }

    /** Background work that is handed a progress reporter. */
    @FunctionalInterface
    public interface ReportingWork<T> {
        T call(Reporter reporter) throws Exception;
    }

    public void shutdown() {
        executor.shutdownNow();
    }
}
