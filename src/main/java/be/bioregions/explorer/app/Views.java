package be.bioregions.explorer.app;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import be.bioregions.explorer.ui.LoadableView;
import be.bioregions.explorer.ui.ViewContext;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** The views of the main window, in navigation order, and how each is built. */
public enum Views {
    FIRMS("firms", "nav.firms", "/be/bioregions/explorer/firms/FirmsView.fxml"),
    TIMELINE("timeline", "nav.timeline", "/be/bioregions/explorer/timeline/TimelineView.fxml"),
    PARTNERS("partners", "nav.partners", "/be/bioregions/explorer/partners/PartnersView.fxml"),
    CLASSIFIER("business-models", "nav.classifier", "/be/bioregions/explorer/classifier/ClassifierView.fxml"),
    INDICATORS("indicators", "nav.indicators", "/be/bioregions/explorer/indicators/IndicatorsView.fxml"),
    NOTES("notes", "nav.notes", "/be/bioregions/explorer/notes/NotesView.fxml");

    private final String id;
    private final String titleKey;
    private final String fxml;

    Views(String id, String titleKey, String fxml) {
        this.id = id;
        this.titleKey = titleKey;
        this.fxml = fxml;
    }

    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    /** Whether the view is drawn as a figure (and so can be exported as SVG). */
    public boolean drawn() {
        return this == TIMELINE || this == PARTNERS || this == CLASSIFIER || this == INDICATORS;
    }

    /** Whether the view can be written as a vector PDF (the indicator charts, for a thesis or slides). */
    public boolean printable() {
        return this == INDICATORS;
    }

    /** Whether the view has a table form to export as CSV (the partner matrix of counts). */
    public boolean tabular() {
        return this == PARTNERS || this == CLASSIFIER || this == INDICATORS;
    }

    /** A figure {@code --export-view} can make: a view, and the part of it (a tab) shown, or null for its own. */
    public record Figure(Views view, String part) {
    }

    /** Figures that are a part of a view: the Partners view's network tab, the Indicators view's page of the regions. */
    private static final java.util.Map<String, Figure> PARTS = java.util.Map.of(
            "network", new Figure(PARTNERS, "network"),
            "ris-regions", new Figure(INDICATORS, "regions"));

    /** The names {@code --export-view} accepts: the views, and the parts named apart. */
    public static List<String> exportableNames() {
        List<String> names = new java.util.ArrayList<>(Arrays.stream(values()).map(Views::id).toList());
        names.addAll(new java.util.TreeSet<>(PARTS.keySet()));
        return names;
    }

    /** The figure an {@code --export-view} name stands for. */
    public static Figure figure(String name) {
        Figure part = PARTS.get(name);
        return part != null ? part : new Figure(byId(name), null);
    }

    public static Views byId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no view " + id));
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded(Parent root, LoadableView controller) {
    }

    /** Loads the view's FXML, its controller built with the context. */
    public Loaded load(ViewContext context) {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource(fxml), context.texts());
        loader.setControllerFactory(type -> {
            try {
                return type.getConstructor(ViewContext.class).newInstance(context);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build the controller " + type.getName(), e);
            }
        });
        try {
            Parent root = loader.load();
            return new Loaded(root, loader.getController());
        } catch (IOException e) {
            throw new IllegalStateException("cannot load the view " + fxml, e);
        }
    }
}
