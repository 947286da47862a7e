package be.bioregions.explorer.ui;

import java.util.function.Function;

import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.util.StringConverter;

/** Small builders the views' tool bars share. */
public final class Menus {
    private Menus() {
    }

    /**
     * Adds a check box to a drop-down menu that stays open while it is ticked, so that several can be ticked in a
     * row; {@code changed} runs after each tick.
     */
    public static CheckBox checkItem(MenuButton menu, String id, String text, boolean selected, Runnable changed) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setSelected(selected);
        box.selectedProperty().addListener((obs, old, v) -> changed.run());
        CustomMenuItem item = new CustomMenuItem(box);
        item.setHideOnClick(false);
        menu.getItems().add(item);
        return box;
    }

    /** A one-way converter for the choices of a combo box. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
