package townstats.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import townstats.publish.Hashes;

/**
 * A hash of the code that turns a file into facts: townstats' own classes and resources (the jar, or the
 * classes folder in development) and the names of the libraries' jars (their versions). A cached result made
 * by other code is never used.
 */
public final class CodeVersion {
    private static final Class<?>[] LIBRARIES = {
            org.apache.poi.xwpf.usermodel.XWPFDocument.class, org.apache.poi.hwpf.HWPFDocument.class,
            com.ibm.icu.text.Transliterator.class, org.ahocorasick.trie.Trie.class,
            com.vladsch.flexmark.parser.Parser.class, org.yaml.snakeyaml.Yaml.class,
            com.fasterxml.jackson.databind.ObjectMapper.class};
    private static volatile String hash;

    private CodeVersion() {
    }

    public static String hash() {
        String h = hash;
        if (h == null) {
            StringBuilder sb = new StringBuilder(ownCode());
            for (Class<?> c : LIBRARIES) sb.append('\n').append(location(c).getFileName());
            hash = h = Hashes.of(sb.toString());
        }
        return h;
    }

    private static String ownCode() {
        Path location = location(CodeVersion.class);
        try {
            if (Files.isDirectory(location)) return Hashes.ofTree(location.resolve("townstats"));
            if (Files.isRegularFile(location)) return Hashes.sha256(Files.readAllBytes(location));
        } catch (IOException e) {
            // fall through: unknown code, the format version alone must do
        }
        return "unknown";
    }

    private static Path location(Class<?> c) {
        try {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source != null) return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        return Path.of(c.getName());
    }
}
