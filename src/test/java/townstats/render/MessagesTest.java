package townstats.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the templates and the Java code name exists in the default theme's messages. */
class MessagesTest {
    private static final Path THEME = Path.of("themes/default");

    @Test
    void everyKeyUsedExists() throws Exception {
        Map<String, String> msg = Messages.load(THEME, "zh-CN");
        Set<String> missing = new TreeSet<>();
        Pattern used = Pattern.compile("msg(?:\\[\"|\\.get\\(\")([a-zA-Z0-9_.]+)\"");
        try (Stream<Path> files = Stream.concat(Files.list(THEME.resolve("templates")), Files.list(Path.of("src/main/java/townstats/render")))) {
            for (Path f : files.toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) {
                    // "measure." + id and the like are built at run time: only whole keys are checked
                    if (!m.group(1).endsWith(".") && !msg.containsKey(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void aMissingKeyFailsLoudly() throws Exception {
        Map<String, String> msg = Messages.load(THEME, "zh-CN");
        assertThrows(IllegalArgumentException.class, () -> msg.get("no.such.key"));
    }
}
