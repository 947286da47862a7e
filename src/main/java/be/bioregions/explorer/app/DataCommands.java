package be.bioregions.explorer.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import be.bioregions.explorer.domain.Problems;
import be.bioregions.explorer.domain.Progress;
import be.bioregions.explorer.io.DatasetExchange;
import be.bioregions.explorer.io.ImportException;
import be.bioregions.explorer.store.DataPaths;
import be.bioregions.explorer.store.DatasetMerge;
import be.bioregions.explorer.store.Store;
import be.bioregions.explorer.store.StoreException;

/**
 * {@code --import} and {@code --export}: a whole dataset into or out of the database, without a window. An import
 * that finds conflicts lists them and writes nothing: on the command line nobody is there to choose whose version
 * to keep.
 */
final class DataCommands {
    private DataCommands() {
    }

    /** Runs the command the line asks for; returns the exit code (0 done, 1 refused or failed). */
    static int run(CommandLine cl, PrintStream out, PrintStream err) {
        Path dbFile = DataPaths.resolve(cl.db());
        if (!java.nio.file.Files.exists(dbFile)) {
            // a mistyped --db would otherwise import into, or export, a new database and say it went well
            err.println("Note: there was no database at " + dbFile.toAbsolutePath()
                    + "; a new one is made, holding the sample data.");
        }
        try (Store store = Store.open(dbFile)) {
            // a database never opened before holds what the window would show on its first start: the sample data
            new be.bioregions.explorer.io.DatasetImporter(store).loadSampleDataOnFirstStart(Progress.NONE);
            DatasetExchange exchange = new DatasetExchange(store);
            return cl.importPath() != null ? importData(exchange, cl.importPath(), out, err)
                    : exportData(exchange, cl.exportPath(), out, err);
        } catch (StoreException | be.bioregions.explorer.io.ImportException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static int importData(DatasetExchange exchange, Path from, PrintStream out, PrintStream err) {
        try {
            DatasetMerge.Plan plan = exchange.plan(from, Progress.NONE);
            if (plan.hasConflicts()) {
                err.println(Problems.text("transfer.cli.conflicts", from, plan.conflicts(), plan.added(),
                        plan.changed()));
                for (DatasetMerge.Row row : plan.conflictRows()) {
                    err.println("  " + DatasetExchange.describe(row));
                }
                return 1;
            }
            DatasetMerge.Result done = exchange.apply(plan, false);
            out.println(done.summary().isEmpty() ? Problems.text("transfer.nothing", from) : done.summary());
            return 0;
        } catch (ImportException | StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static int exportData(DatasetExchange exchange, Path to, PrintStream out, PrintStream err) {
        try {
            int rows = exchange.export(to);
            out.println(Problems.text("transfer.exported", to.toAbsolutePath(), rows));
            return 0;
        } catch (IOException e) {
            err.println(Problems.text("transfer.export.failed", to.toAbsolutePath(), e.getMessage()));
            return 1;
        }
    }
}
