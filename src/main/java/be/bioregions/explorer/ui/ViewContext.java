package be.bioregions.explorer.ui;

import java.util.ResourceBundle;
import java.util.function.Consumer;

import be.bioregions.explorer.store.Store;

/** What every view is given: the store, the background runner, the texts, and a way to open a link. */
public record ViewContext(Store store, Background background, ResourceBundle texts, Consumer<String> openLink) {
}
