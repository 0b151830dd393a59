package townstats.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import townstats.util.Hashes;

/**
 * The indicator catalogue (src/main/resources/townstats/catalog.yml): indicators, their names, the
 * units each accepts, and the phrases that must not count. Data, so users extend it without Java.
 */
public record Catalog(Map<String, Indicator> indicators, Map<String, UnitKind> unitKinds, List<String> blockers,
                      Language language, String sourceHash) {
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

    /**
     * The words around a figure that decide what it means ({@code language:} in the file).
     *
     * @param targetWords a figure is a target, not an achievement (力争, 确保)
     * @param threshold   a threshold, not a value (低于10万元)
     * @param change      the change, not the value (比上年增加1200万元)
     * @param company     a company named before a figure: the figure is the company's
     * @param wholeTown   the whole town named after the company: the figure is the town's again
     */
    public record Language(Pattern targetWords, Pattern threshold, Pattern change, Pattern company, Pattern wholeTown) {
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

    /** The catalogue shipped with the tool (src/main/resources/townstats/catalog.yml). */
    public static Catalog loadDefault() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("catalogue resource missing: " + RESOURCE);
            return parse(in.readAllBytes(), "catalog.yml");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read catalogue resource", e);
        }
    }

    /** A user's catalogue ({@code --catalog FILE}); a key the catalogue does not know is an error naming it. */
    public static Catalog load(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.toString());
    }

    /** A catalogue that cannot be used, with a one-line reason naming the file and the key or value. */
    public static final class CatalogException extends IllegalArgumentException {
        CatalogException(String message) {
            super(message);
        }
    }

    // The data file as written: snake_case keys, unknown keys rejected (a misspelt rule must not be ignored).
    record UnitFile(String canonical, boolean bareMultiplier, Map<String, Double> written, Map<String, Double> otherCurrency,
                    String otherUnit) {
    }

    record IndicatorFile(String id, String name, String kind, List<String> synonyms, List<String> figure, List<String> notAfter,
                         List<String> notInClause, List<String> needsBefore, List<String> patterns, Boolean stock,
                         Boolean development) {
    }

    record LanguageFile(String targetWords, String threshold, String change, String company, String wholeTown) {
    }

    record CatalogFile(Map<String, UnitFile> units, List<IndicatorFile> indicators, List<String> blockers, LanguageFile language) {
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    static Catalog parse(byte[] yaml, String name) {
        CatalogFile file;
        try {
            file = YAML.readValue(yaml, CatalogFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new CatalogException(name + ": unknown key '" + e.getPropertyName() + "' in " + where(e));
        } catch (JsonMappingException e) {
            throw new CatalogException(name + ": bad value in " + where(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new CatalogException(name + ": not YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (file == null || file.units() == null || file.indicators() == null || file.language() == null) {
            throw new CatalogException(name + ": needs 'units', 'indicators' and 'language'");
        }
        Map<String, UnitKind> kinds = new LinkedHashMap<>();
        file.units().forEach((kind, u) -> kinds.put(kind, new UnitKind(kind, u.canonical(), u.bareMultiplier(), copy(u.written()),
                copy(u.otherCurrency()), u.otherUnit())));
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (IndicatorFile i : file.indicators()) {
            UnitKind kind = kinds.get(i.kind());
            if (kind == null) throw new CatalogException(name + ": indicator " + i.id() + " has unknown kind " + i.kind());
            List<FigurePosition> figure = new ArrayList<>();
            for (String f : i.figure() == null ? List.of("after") : i.figure()) {
                try {
                    figure.add(FigurePosition.valueOf(f.toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new CatalogException(name + ": indicator " + i.id() + " has figure '" + f + "' (after or before)");
                }
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String p : copy(i.patterns())) {
                try {
                    patterns.add(Pattern.compile(p.replace("NUM", NUM).replace("VILLAGES", VILLAGES)));
                } catch (PatternSyntaxException e) {
                    throw new CatalogException(name + ": indicator " + i.id() + " has a bad pattern: " + e.getDescription());
                }
            }
            indicators.put(i.id(), new Indicator(i.id(), i.name(), kind, copy(i.synonyms()), List.copyOf(figure),
                    copy(i.notAfter()), copy(i.notInClause()), copy(i.needsBefore()),
                    List.copyOf(patterns), Boolean.TRUE.equals(i.stock()), !Boolean.FALSE.equals(i.development())));
        }
        LanguageFile l = file.language();
        Language language = new Language(rule(name, "target_words", l.targetWords()), rule(name, "threshold", l.threshold()),
                rule(name, "change", l.change()), rule(name, "company", l.company()), rule(name, "whole_town", l.wholeTown()));
        return new Catalog(Collections.unmodifiableMap(indicators), Collections.unmodifiableMap(kinds), copy(file.blockers()),
                language, Hashes.sha256(yaml));
    }

    /** One language rule, required and compiled as written. */
    private static Pattern rule(String name, String key, String regex) {
        if (regex == null || regex.isEmpty()) throw new CatalogException(name + ": language." + key + " is missing");
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CatalogException(name + ": language." + key + " is not a regular expression: " + e.getDescription());
        }
    }

    /** "indicators[3].synonymz" for the place of a mapping error. */
    private static String where(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        JsonLocation at = e.getLocation();
        return (sb.length() == 0 ? "the top level" : sb) + (at == null ? "" : " (line " + at.getLineNr() + ")");
    }

    /** Indicators in catalogue order. */
    public List<Indicator> list() {
        return List.copyOf(indicators.values());
    }

    private static Map<String, Double> copy(Map<String, Double> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static List<String> copy(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }
}
