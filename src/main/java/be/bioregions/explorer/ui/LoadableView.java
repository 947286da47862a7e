package be.bioregions.explorer.ui;

import java.util.concurrent.CompletableFuture;

import javafx.scene.Node;

/** A view controller that reads its data in the background after its FXML is loaded. */
public interface LoadableView {
    /** Starts loading the view's data; the future completes once the view shows it. */
    CompletableFuture<Void> load();

    /**
     * Puts the loaded view in the state a figure of it should show, e.g. with an item selected.
     *
     * @param selection the id of the item to select, or null for the view's own choice
     */
    default CompletableFuture<Void> prepareFigure(String selection) {
        return CompletableFuture.completedFuture(null);
    }

    /** Shows a stretch of years (both included) in a view with a time axis; other views ignore it. */
    default void showYears(int first, int last) {
    }

    /**
     * Writes at once whatever the view has not written yet (a note being typed) and waits for it: called when the
     * view is left and when the application closes.
     */
    default void flush() {
    }

    /**
     * Completes once work the view started by itself after a change (e.g. laying out a network) is done, so that a
     * figure shows its final state.
     */
    default CompletableFuture<Void> settled() {
        return CompletableFuture.completedFuture(null);
    }

    /** Shows a named part of the view (e.g. a tab) before a figure is made; views of one part ignore it. */
    default void showPart(String part) {
    }

    /** What the view has selected now (a firm's or an indicator's id), for a story step; null for nothing. */
    default String storySelection() {
        return null;
    }

    /** The years the view shows now (first and last), for a story step; null for a view without years. */
    default int[] storyYears() {
        return null;
    }

    /** The part of the view shown now (a tab, a page), for a story step; null for its own. */
    default String storyPart() {
        return null;
    }

    /**
     * The view's filters now (search words, ticked kinds, orders), for a story step: words by control id, made with
     * {@link ControlState}; empty for a view without filters.
     */
    default java.util.Map<String, String> storyFilters() {
        return java.util.Map.of();
    }

    /** Sets the view's filters as a story step saved them ({@link #storyFilters()}); unknown ids are ignored. */
    default void showFilters(java.util.Map<String, String> filters) {
    }

    /** The view's figure as CSV (e.g. a matrix of counts), or null when the view has no table form. */
    default String csv() {
        return null;
    }

    /** The part of the view an exported picture shows; null for the whole view. */
    default Node figureNode() {
        return null;
    }

    /** The view as an SVG document, for a view drawn as a figure; null when the view has no vector form. */
    default String svg() {
        return null;
    }

    /** The view as a one-page PDF (vector), for a view that has that form; null otherwise. May run off the FX thread. */
    default byte[] pdf() {
        return null;
    }

    /**
     * The view as a PNG drawn at print size, for a view that draws its figure itself; null for a picture of the
     * screen ({@link #figureNode()}). May run off the FX thread.
     */
    default byte[] png() {
        return null;
    }
}
