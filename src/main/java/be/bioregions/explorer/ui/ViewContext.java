package be.bioregions.explorer.ui;

import java.util.ResourceBundle;
import java.util.function.Consumer;

import be.bioregions.explorer.store.Store;

/**
 * What every view is given: the store, the background runner, the texts, a way to open a link, and the forms that
 * change the facts ({@link FactEditing#NONE} where nothing may be changed).
 */
public record ViewContext(Store store, Background background, ResourceBundle texts, Consumer<String> openLink,
                          FactEditing editing) {
    /** A context without editing: figures made from the command line, the benchmark. */
    public ViewContext(Store store, Background background, ResourceBundle texts, Consumer<String> openLink) {
        this(store, background, texts, openLink, FactEditing.NONE);
    }
}
