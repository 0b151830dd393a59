package townstats.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import townstats.util.Hashes;

/**
 * A hash of the code that turns a file into facts: townstats' own classes and resources (the jar, or the
 * classes folder in development) and the names of the libraries' jars (their versions). A cached result made
 * by other code is never used.
 */
public final class CodeVersion {
    /** Looked up as resources, not loaded: loading POI and ICU classes takes a second. */
    private static final String[] LIBRARIES = {
            "org/apache/poi/xwpf/usermodel/XWPFDocument.class", "org/apache/poi/hwpf/HWPFDocument.class",
            "com/ibm/icu/text/Transliterator.class", "org/ahocorasick/trie/Trie.class",
            "com/vladsch/flexmark/parser/Parser.class", "org/yaml/snakeyaml/Yaml.class",
            "com/fasterxml/jackson/databind/ObjectMapper.class"};
    private static volatile String hash;

    private CodeVersion() {
    }

    public static String hash() {
        String h = hash;
        if (h == null) {
            StringBuilder sb = new StringBuilder(ownCode());
            for (String c : LIBRARIES) sb.append('\n').append(library(c));
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

    /** "jar:file:/.../poi-ooxml-5.2.5.jar!/org/..." → "poi-ooxml-5.2.5.jar": the library's version. */
    private static String library(String resource) {
        java.net.URL url = CodeVersion.class.getClassLoader().getResource(resource);
        if (url == null) return "missing " + resource;
        String s = url.toString();
        int bang = s.indexOf("!/");
        String jar = bang < 0 ? s : s.substring(0, bang);
        return jar.substring(jar.lastIndexOf('/') + 1);
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
