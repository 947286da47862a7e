package be.bioregions.explorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The interface's texts in English, French and Dutch: the three bundles have the same keys with the same
 * placeholders, every key the code asks for exists, and no bundle keeps a key that no code uses.
 */
class BundlesTest {
    private static final Path BUNDLES = Path.of("resources", "i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[,.\\d]*[sdf]");
    /** Keys the code puts together (a prefix and a name): a key under one of these counts as used. */
    private static final Pattern DYNAMIC = Pattern.compile("\"([a-z]+(?:\\.[a-z]+)*\\.)\"\\s*\\+");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("messages" + suffix + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** The text of every file under the folder whose name ends so. */
    private static String sources(Path root, String ending) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(ending)).toList()) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theFrenchAndDutchBundlesHaveEveryKeyWithTheSamePlaceholders() throws IOException {
        Properties en = bundle("");
        for (String language : List.of("_fr", "_nl")) {
            Properties other = bundle(language);
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()),
                    "messages" + language + " has the keys of messages");
            for (String key : en.stringPropertyNames()) {
                assertEquals(placeholders(en.getProperty(key)), placeholders(other.getProperty(key)),
                        "messages" + language + ", " + key + ": the same placeholders in the same order");
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExistsAndEveryKeyIsUsed() throws IOException {
        Properties en = bundle("");
        String views = sources(Path.of("resources"), ".fxml");
        String java = sources(Path.of("src", "main", "java"), ".java");
        String code = views + java;
        Set<String> asked = new TreeSet<>();
        Matcher fxml = Pattern.compile("\"%([a-zA-Z][a-zA-Z0-9_.]*)\"").matcher(views);
        while (fxml.find()) {
            asked.add(fxml.group(1));
        }
        Matcher texts = Pattern.compile("texts(?:\\(\\))?\\.getString\\(\"([a-zA-Z0-9_.]+)\"\\)").matcher(java);
        while (texts.find()) {
            asked.add(texts.group(1));
        }
        Set<String> missing = asked.stream().filter(k -> !en.containsKey(k)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "keys the code asks for that messages.properties lacks: " + missing);

        Set<String> prefixes = new TreeSet<>();
        Matcher dynamic = DYNAMIC.matcher(code);
        while (dynamic.find()) {
            prefixes.add(dynamic.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            boolean literal = code.contains("\"" + key + "\"") || code.contains("\"%" + key + "\"");
            boolean composed = prefixes.stream().anyMatch(key::startsWith);
            if (!literal && !composed) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "keys no code uses: " + unused);
    }
}
