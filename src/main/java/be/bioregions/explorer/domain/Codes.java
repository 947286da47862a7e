package be.bioregions.explorer.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Conversions between enum constants and the lower-case codes used in the CSV files and the database. */
public final class Codes {
    private Codes() {
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code case-insensitively; spaces and hyphens count as underscores. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The accepted codes of an enum, for error messages: "a, b, c". */
    public static String accepted(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining(", "));
    }

    /** "co_development" becomes "co-development": how a code reads in the interface. */
    public static String label(Enum<?> value) {
        return code(value).replace('_', '-');
    }
}
