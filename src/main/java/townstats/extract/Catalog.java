package townstats.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The indicator catalogue (src/main/resources/townstats/catalog.yml): indicators, their names, the
 * units each accepts, and the phrases that must not count. Data, so users extend it without Java.
 */
public record Catalog(Map<String, Indicator> indicators, Map<String, UnitKind> unitKinds, List<String> blockers,
                      String sourceHash) {
    public static final String RESOURCE = "/townstats/catalog.yml";
    /** A number inside a catalogue pattern: Arabic (with decimals) or Chinese numerals. */
    static final String NUM = "(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)";
    /** Optional village names listed before a count (东庄、西庄、李营等): at least two, joined by 、. */
    static final String VILLAGES = "(?:(?:[\\p{IsHan}&&[^零〇一二两三四五六七八九十百千个等、]]{1,5}、)+"
            + "[\\p{IsHan}&&[^零〇一二两三四五六七八九十百千个等、]]{1,5}等?)?";

    /** Written unit → factor to the canonical unit; {@code otherCurrency} keeps its own unit (万美元). */
    public record UnitKind(String name, String canonical, boolean bareMultiplier, Map<String, Double> written,
                           Map<String, Double> otherCurrency, String otherUnit) {
    }

    /** Where the figure stands relative to the indicator's name. */
    public enum FigurePosition { AFTER, BEFORE }

    /**
     * @param stock       a level (population, area, counts) rather than a flow over the year
     * @param development counts towards the composite development index (size indicators do not)
     */
    public record Indicator(String id, String name, UnitKind kind, List<String> synonyms, List<FigurePosition> figure,
                            List<String> notAfter, List<String> notInClause, List<String> needsBefore,
                            List<Pattern> patterns, boolean stock, boolean development) {
        public String unit() {
            return kind.canonical();
        }
    }

    public static Catalog loadDefault() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("catalogue resource missing: " + RESOURCE);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read catalogue resource", e);
        }
    }

    public static Catalog load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Catalog parse(String yamlText) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        Map<String, UnitKind> kinds = new LinkedHashMap<>();
        Map<String, Object> units = (Map<String, Object>) root.get("units");
        units.forEach((name, v) -> {
            Map<String, Object> u = (Map<String, Object>) v;
            kinds.put(name, new UnitKind(name, (String) u.get("canonical"), Boolean.TRUE.equals(u.get("bare_multiplier")),
                    numbers((Map<String, Object>) u.get("written")),
                    numbers((Map<String, Object>) u.getOrDefault("other_currency", Map.of())),
                    (String) u.get("other_unit")));
        });
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) root.get("indicators")) {
            String id = (String) i.get("id");
            UnitKind kind = kinds.get((String) i.get("kind"));
            if (kind == null) throw new IllegalArgumentException("catalogue: indicator " + id + " has unknown kind " + i.get("kind"));
            List<FigurePosition> figure = new ArrayList<>();
            for (String f : strings(i.getOrDefault("figure", List.of("after")))) {
                figure.add(FigurePosition.valueOf(f.toUpperCase(java.util.Locale.ROOT)));
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String p : strings(i.get("patterns"))) patterns.add(Pattern.compile(p.replace("NUM", NUM).replace("VILLAGES", VILLAGES)));
            indicators.put(id, new Indicator(id, (String) i.get("name"), kind, strings(i.get("synonyms")), List.copyOf(figure),
                    strings(i.get("not_after")), strings(i.get("not_in_clause")), strings(i.get("needs_before")),
                    List.copyOf(patterns), Boolean.TRUE.equals(i.get("stock")), !Boolean.FALSE.equals(i.get("development"))));
        }
        return new Catalog(Collections.unmodifiableMap(indicators), Collections.unmodifiableMap(kinds), strings(root.get("blockers")),
                Integer.toHexString(yamlText.hashCode()));
    }

    /** Indicators in catalogue order. */
    public List<Indicator> list() {
        return List.copyOf(indicators.values());
    }

    private static Map<String, Double> numbers(Map<String, Object> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, ((Number) v).doubleValue()));
        return out;
    }

    private static List<String> strings(Object o) {
        if (o == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object x : (List<?>) o) out.add(x.toString());
        return List.copyOf(out);
    }
}
