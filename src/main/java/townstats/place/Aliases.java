package townstats.place;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Old township names and codes mapped to current ones, so a renamed or merged town keeps one identity.
 * Read from {@code content/aliases.yml}:
 * <pre>
 * towns:
 *   旧名镇: 新名镇              # a name, applied to the phrase before resolving
 *   旧名乡: "410324103"         # a name straight to a code
 *   "410324100": "410324103"   # a code, applied to the resolved code
 * </pre>
 */
public final class Aliases {
    public static final Aliases NONE = new Aliases("(none)", Map.of(), Map.of());

    private static final Pattern CODE = Pattern.compile("\\d{9}");

    private final String source;
    private final Map<String, String> names;
    private final Map<String, String> codes;

    private Aliases(String source, Map<String, String> names, Map<String, String> codes) {
        this.source = source;
        this.names = Map.copyOf(names);
        this.codes = Map.copyOf(codes);
    }

    /** Reads the file; a missing file means no aliases. Throws {@link AliasFileException} naming the file. */
    public static Aliases load(Path file) {
        if (!Files.exists(file)) return NONE;
        String source = file.toString();
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new AliasFileException(source, "invalid YAML: " + e.getMessage().strip(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (root == null) return NONE; // empty file
        if (!(root instanceof Map<?, ?> top)) {
            throw new AliasFileException(source, "expected a mapping with a 'towns' key, found " + describe(root));
        }
        for (Object key : top.keySet()) {
            if (!"towns".equals(key)) throw new AliasFileException(source, "unknown key '" + key + "'; expected 'towns'");
        }
        Object towns = top.get("towns");
        if (towns == null) return NONE;
        if (!(towns instanceof Map<?, ?> entries)) {
            throw new AliasFileException(source, "'towns' must map old names or codes to new ones, found " + describe(towns));
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            if (!isScalar(e.getKey()) || !isScalar(e.getValue())) {
                throw new AliasFileException(source, "towns: '" + e.getKey() + "' must map to a single name or code, found "
                        + describe(e.getValue()));
            }
            pairs.put(String.valueOf(e.getKey()).strip(), String.valueOf(e.getValue()).strip());
        }
        return of(source, pairs);
    }

    /** Aliases from a map of old → new (names or 9-digit codes); {@code source} names them in errors. */
    public static Aliases of(String source, Map<String, String> towns) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (Map.Entry<String, String> e : towns.entrySet()) {
            String from = e.getKey();
            String to = e.getValue();
            if (from.isEmpty() || to.isEmpty()) throw new AliasFileException(source, "towns: empty name in '" + from + "'");
            if (CODE.matcher(from).matches()) {
                if (!CODE.matcher(to).matches()) {
                    throw new AliasFileException(source, "towns: code " + from + " must map to a 9-digit code, not '" + to + "'");
                }
                codes.put(from, to);
            } else {
                names.put(from, to);
            }
        }
        checkNoCycle(source, names);
        checkNoCycle(source, codes);
        return new Aliases(source, names, codes);
    }

    /** The current name (or 9-digit code) for a name, following chains; the name itself when not aliased. */
    public String townName(String name) {
        return follow(names, name);
    }

    /** The current code for a code, following chains; the code itself when not aliased. */
    public String code(String code) {
        return follow(codes, code);
    }

    /** Every code an alias points to, to check them against the divisions. */
    public Set<String> targetCodes() {
        Set<String> targets = new HashSet<>(codes.values());
        for (String to : names.values()) if (CODE.matcher(to).matches()) targets.add(to);
        return targets;
    }

    public String source() {
        return source;
    }

    static boolean isCode(String s) {
        return s != null && CODE.matcher(s).matches();
    }

    private static String follow(Map<String, String> map, String key) {
        String current = key;
        for (String next = map.get(current); next != null; next = map.get(current)) current = next;
        return current;
    }

    private static void checkNoCycle(String source, Map<String, String> map) {
        for (String start : map.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String k = start; k != null; k = map.get(k)) {
                if (!seen.add(k)) throw new AliasFileException(source, "towns: aliases loop through '" + k + "'");
            }
        }
    }

    private static boolean isScalar(Object o) {
        return o instanceof String || o instanceof Number;
    }

    private static String describe(Object o) {
        if (o instanceof Map) return "a mapping";
        if (o instanceof Iterable) return "a list";
        return o == null ? "nothing" : "'" + o + "'";
    }
}
