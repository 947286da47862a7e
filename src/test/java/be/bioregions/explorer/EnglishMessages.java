package be.bioregions.explorer;

import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that checks the words of messages: the interface's language is English while it runs, whatever
 * the machine's, and is given back after it ({@code @ExtendWith(EnglishMessages.class)}).
 */
public final class EnglishMessages implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(EnglishMessages.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put("display", Locale.getDefault(Locale.Category.DISPLAY));
        Locale.setDefault(Locale.Category.DISPLAY, Locale.ENGLISH);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(Locale.Category.DISPLAY, context.getStore(HERE).get("display", Locale.class));
    }
}
