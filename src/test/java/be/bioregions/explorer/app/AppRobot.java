package be.bioregions.explorer.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application started on a new database in a folder of its own, for tests that use a view as a
 * researcher would; stopped after each test.
 */
abstract class AppRobot extends FxRobot {
    @TempDir
    Path dir;
    /** The database file the application opened. */
    Path db;
    private javafx.application.Application app;

    @BeforeEach
    void startApp() throws Exception {
        db = dir.resolve("test.mv.db");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, "--db", db.toString());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** Closes the application as a user would and starts it again on the same database. */
    void restartApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ExplorerApp.class, "--db", db.toString());
    }

    /** Waits (at most 30 s) until the condition holds, then for the FX events it caused. */
    void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks a view's navigation button once it can be clicked: the buttons stay disabled until the database is
     * open and the sample data loaded, which takes longer on a busy machine.
     */
    void openView(String navId) throws Exception {
        waitFor("the navigation to " + navId, () -> lookup("#" + navId).tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        clickOn("#" + navId);
    }
}
