package be.bioregions.explorer.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;

/**
 * The state of a view's filter controls as words, for a story step: saved with the step and given back to the same
 * controls when the presenter reaches it. Each control is keyed by its id; its value is its text, its tick, its
 * chosen item (an enum's name, an id, a period) or, for a menu of ticked boxes ({@link Menus#checkItem}), the ids
 * of the boxes left unticked, so that a choice added later starts ticked as it would in the view.
 * <p>
 * Giving a state back sets the controls as a user would, so the view's own listeners redo what a click would.
 * A value that no longer fits (a partner deleted since) leaves its control as it is.
 */
public final class ControlState {
    private ControlState() {
    }

    /** The state of the controls, by id; controls without an id are skipped. */
    public static Map<String, String> of(Node... controls) {
        Map<String, String> state = new LinkedHashMap<>();
        for (Node n : controls) {
            if (n == null || n.getId() == null) {
                continue;
            }
            String value = valueOf(n);
            if (value != null) {
                state.put(n.getId(), value);
            }
        }
        return state;
    }

    /** Sets each control that has a value in {@code state}; others are left as they are. */
    public static void apply(Map<String, String> state, Node... controls) {
        if (state == null || state.isEmpty()) {
            return;
        }
        for (Node n : controls) {
            if (n != null && n.getId() != null && state.containsKey(n.getId())) {
                set(n, state.get(n.getId()));
            }
        }
    }

    private static String valueOf(Node n) {
        if (n instanceof TextInputControl t) {
            return t.getText();
        } else if (n instanceof CheckBox c) {
            return Boolean.toString(c.isSelected());
        } else if (n instanceof ComboBox<?> c) {
            return itemName(c.getValue());
        } else if (n instanceof ChoiceBox<?> c) {
            return itemName(c.getValue());
        } else if (n instanceof MenuButton m) {
            return String.join(",", unticked(m));
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void set(Node n, String value) {
        if (n instanceof TextInputControl t) {
            t.setText(value);
        } else if (n instanceof CheckBox c) {
            c.setSelected(Boolean.parseBoolean(value));
        } else if (n instanceof ComboBox c) {
            find(c.getItems(), value).ifPresent(c::setValue);
        } else if (n instanceof ChoiceBox c) {
            find(c.getItems(), value).ifPresent(c::setValue);
        } else if (n instanceof MenuButton m) {
            List<String> off = value.isEmpty() ? List.of() : List.of(value.split(","));
            for (CheckBox box : boxes(m)) {
                box.setSelected(!off.contains(box.getId()));
            }
        }
    }

    private static String itemName(Object item) {
        return item == null ? null : item instanceof Enum<?> e ? e.name() : String.valueOf(item);
    }

    private static java.util.Optional<Object> find(List<?> items, String name) {
        return items.stream().filter(i -> name.equals(itemName(i))).map(i -> (Object) i).findFirst();
    }

    private static List<String> unticked(MenuButton m) {
        List<String> off = new ArrayList<>();
        for (CheckBox box : boxes(m)) {
            if (!box.isSelected() && box.getId() != null) {
                off.add(box.getId());
            }
        }
        return off;
    }

    private static List<CheckBox> boxes(MenuButton m) {
        List<CheckBox> boxes = new ArrayList<>();
        for (MenuItem item : m.getItems()) {
            if (item instanceof CustomMenuItem c && c.getContent() instanceof CheckBox box) {
                boxes.add(box);
            }
        }
        return boxes;
    }
}
