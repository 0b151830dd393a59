package townstats.cache;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import townstats.util.Hashes;

/**
 * Hashes of townstats' own code (the classes folder in development, the jar when packaged) and of the libraries'
 * jar names (their versions), by what a result depends on: a cached report is made by the reading stages only, so
 * a change to the pages' code keeps every report's facts; a chart by the chart code and its fonts; a page by the
 * code from the statistics on. Results made by other code are never used.
 */
public final class CodeVersion {
    /** The code a kind of result is made by: townstats packages (and single classes) and resource folders. */
    public enum Scope {
        /** Every class and resource: what the whole site is made from. */
        ALL(List.of("")),
        /** read → parse → place → extract, and the sidecar's corrections: one report's facts. */
        REPORTS(List.of("ingest/", "parse/", "place/", "extract/", "topics/", "divisions/", "catalog/", "model/", "util/",
                "pipeline/ReportPipeline", "pipeline/Corrections", "catalog.yml", "topics.yml", "hant-hans.txt")),
        /** The charts, drawn from the data in their keys with the shipped fonts. */
        CHARTS(List.of("chart/", "model/", "util/", "catalog/", "fonts/")),
        /** The pages and data files: everything from the quality stage on. */
        PAGES(List.of("topics/", "quality/", "analyze/", "export/", "chart/", "render/", "model/", "util/", "catalog/", "pipeline/",
                "hant-hans.txt"));

        final List<String> prefixes;

        Scope(List<String> prefixes) {
            this.prefixes = prefixes;
        }

        boolean covers(String path) {
            for (String p : prefixes) {
                if (path.startsWith(p)) return true;
            }
            return false;
        }
    }

    /** Looked up as resources, not loaded: loading POI classes takes a second. */
    private static final String[] LIBRARIES = {
            "org/apache/poi/xwpf/usermodel/XWPFDocument.class", "org/apache/poi/hwpf/HWPFDocument.class",
            "org/ahocorasick/trie/Trie.class",
            "com/vladsch/flexmark/parser/Parser.class", "org/yaml/snakeyaml/Yaml.class",
            "com/fasterxml/jackson/databind/ObjectMapper.class", "org/apache/pdfbox/pdmodel/PDDocument.class",
            "org/jsoup/Jsoup.class", "org/knowm/xchart/XYChart.class", "freemarker/template/Template.class",
            "com/hankcs/hanlp/HanLP.class"};
    private static final Map<Scope, String> HASHES = new EnumMap<>(Scope.class);

    private CodeVersion() {
    }

    /** All of the code: what the whole site is made from. */
    public static String hash() {
        return hash(Scope.ALL);
    }

    public static synchronized String hash(Scope scope) {
        return HASHES.computeIfAbsent(scope, s -> {
            StringBuilder sb = new StringBuilder(s.name()).append('\n').append(ownCode(s));
            for (String c : LIBRARIES) sb.append('\n').append(library(c));
            return Hashes.of(sb.toString());
        });
    }

    /** The hash of the own classes and resources under townstats/ that the scope covers, in name order. */
    private static String ownCode(Scope scope) {
        Path location = location(CodeVersion.class);
        try {
            List<String> names = new ArrayList<>();
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                Path root = location.resolve("townstats");
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
                }
                names.sort(null);
                for (String name : names) {
                    if (!scope.covers(name)) continue;
                    digest(md, name, Files.readAllBytes(root.resolve(name)));
                }
            } else if (Files.isRegularFile(location)) {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(n -> n.startsWith("townstats/") && !n.endsWith("/"))
                            .map(n -> n.substring("townstats/".length())).sorted().forEach(names::add);
                    for (String name : names) {
                        if (!scope.covers(name)) continue;
                        try (InputStream in = jar.getInputStream(jar.getEntry("townstats/" + name))) {
                            digest(md, name, in.readAllBytes());
                        }
                    }
                }
            } else {
                return "unknown";
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown"; // the format version alone must do
        }
    }

    private static void digest(MessageDigest md, String name, byte[] bytes) {
        md.update(name.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(bytes);
        md.update((byte) 0);
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
