package townstats.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * units each accepts, the phrases that must not count and the language rules. Data, so users extend it
 * without Java. The one catalogue model every stage reads: extract its rules, analyze, chart and render
 * the names, units and kinds (derived indicators included, see {@link #info}).
 */
public record Catalog(Map<String, Indicator> indicators, Map<String, UnitKind> unitKinds, List<String> blockers,
                      Language language, String sourceHash) {
    public static final String RESOURCE = "/townstats/catalog.yml";
    /** Suffixes of the indicators the statistics derive from two catalogue ones (gdp_per_capita, population_per_km2). */
    public static final String PER_CAPITA = "_per_capita";
    public static final String PER_KM2 = "_per_km2";

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
     * @param aboutVillages  right after a figure: it describes villages, not the town (10万元以上的村)
     * @param villageSubject a village is the sentence's subject (李楼村耕地面积2300亩)
     * @param villageBefore  a village named just before the figure (白集村1750亩耕地)
     * @param growth         a growth verb with its comparison (group since), verb (group verb) and 到/至 (group to)
     * @param growthDown     the verbs (at the start of group verb) whose rate is negative (下降, 减少)
     * @param growthToLevel  words in group to that make the figure a level (增长到1.2倍), not the increase
     * @param doubling       翻一番: group n counts the doublings (none: one)
     * @param levelMultiple  是上年的: the multiple of the level that follows (是上年的1.5倍 = +50 %)
     * @param growthMarks    characters one of which every growth rate holds (a quick test before the patterns)
     * @param multiYear      before a name in its sentence: a sum or change over several years (五年来), not the year's
     * @param targetLead     before a name in its sentence: what follows are targets (主要目标是：)
     * @param singleMonth    before a name in its sentence: one month's figure (7月当月), not the period's
     * @param sector         ending the words before a name in its clause: a sector's or a group of firms' figure
     *                       (支柱产业完成, 民营经济), not the town's
     * @param firmGroup      ending the words before a name in its clause: a number of firms (现有5家), unless the
     *                       clause names the whole town
     *                       (these five are optional: a catalogue without them does not apply the rule)
     */
    public record Language(Pattern targetWords, Pattern threshold, Pattern change, Pattern company, Pattern wholeTown,
                           Pattern aboutVillages, Pattern villageSubject, Pattern villageBefore,
                           Pattern growth, Pattern growthDown, Pattern growthToLevel, Pattern doubling, Pattern levelMultiple,
                           String growthMarks, Pattern multiYear, Pattern targetLead, Pattern singleMonth, Pattern sector,
                           Pattern firmGroup) {
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

        /** A flow over the year (output, revenue, income); a stock's period does not matter. */
        public boolean flow() {
            return !stock;
        }

        /** Money in 万元: gets per-capita and per-km² derived indicators. */
        public boolean isMoney() {
            return "万元".equals(unit());
        }

        /** A derived indicator: named and measured here, read by no rule. */
        static Indicator derived(String id, String name, String unit, boolean stock) {
            return new Indicator(id, name, new UnitKind("derived", unit, false, Map.of(), Map.of(), null), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), stock, false);
        }
    }

    /**
     * The shipped catalogue's {@link #sourceHash()} without parsing it (a build that finds nothing changed never
     * needs the catalogue itself).
     */
    public static String defaultSourceHash() {
        return Hashes.ofResource(Catalog.class, RESOURCE);
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

    record LanguageFile(String targetWords, String threshold, String change, String company, String wholeTown,
                        String aboutVillages, String villageSubject, String villageBefore, String number, String villages,
                        String growth, String growthDown, String growthToLevel, String doubling, String levelMultiple,
                        String growthMarks, String multiYear, String targetLead, String singleMonth, String sector,
                        String firmGroup) {
    }

    record CatalogFile(Map<String, UnitFile> units, List<IndicatorFile> indicators, List<String> blockers, LanguageFile language) {
    }

    /** In a holder: Jackson's YAML takes a third of a second to load, which a build that reads nothing never needs. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
    }

    static Catalog parse(byte[] yaml, String name) {
        CatalogFile file;
        try {
            file = Yaml.MAPPER.readValue(yaml, CatalogFile.class);
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
        LanguageFile l = file.language();
        Language language = new Language(rule(name, "target_words", l.targetWords()), rule(name, "threshold", l.threshold()),
                rule(name, "change", l.change()), rule(name, "company", l.company()), rule(name, "whole_town", l.wholeTown()),
                rule(name, "about_villages", l.aboutVillages()), rule(name, "village_subject", l.villageSubject()),
                rule(name, "village_before", l.villageBefore()),
                rule(name, "growth", l.growth(), "since", "verb", "to"), rule(name, "growth_down", l.growthDown()),
                rule(name, "growth_to_level", l.growthToLevel()), rule(name, "doubling", l.doubling(), "n"),
                rule(name, "level_multiple", l.levelMultiple()), required(name, "growth_marks", l.growthMarks()),
                optionalRule(name, "multi_year", l.multiYear()), optionalRule(name, "target_lead", l.targetLead()),
                optionalRule(name, "single_month", l.singleMonth()), optionalRule(name, "sector", l.sector()),
                optionalRule(name, "firm_group", l.firmGroup()));
        // NUM and VILLAGES in an indicator's patterns stand for these two rules
        String num = rule(name, "number", l.number()).pattern();
        String villages = rule(name, "villages", l.villages()).pattern();
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
                    patterns.add(Pattern.compile(p.replace("NUM", num).replace("VILLAGES", villages)));
                } catch (PatternSyntaxException e) {
                    throw new CatalogException(name + ": indicator " + i.id() + " has a bad pattern: " + e.getDescription());
                }
            }
            indicators.put(i.id(), new Indicator(i.id(), i.name(), kind, expand(copy(i.synonyms())), List.copyOf(figure),
                    copy(i.notAfter()), copy(i.notInClause()), copy(i.needsBefore()),
                    List.copyOf(patterns), Boolean.TRUE.equals(i.stock()), !Boolean.FALSE.equals(i.development())));
        }
        return new Catalog(Collections.unmodifiableMap(indicators), Collections.unmodifiableMap(kinds), expand(copy(file.blockers())),
                language, Hashes.sha256(yaml));
    }

    /**
     * Names with choices written out: {@code [规模以上|规上][工业|][企业|]总产值} stands for every combination (规模以上工业
     * 企业总产值, 规上总产值 …; an empty choice leaves the part out), so the catalogue can list the short and re-ordered
     * forms officials write without spelling out each. Names without brackets stand as written.
     */
    static List<String> expand(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) expandInto("", name, out);
        return List.copyOf(out);
    }

    private static void expandInto(String done, String rest, Set<String> out) {
        int open = rest.indexOf('[');
        if (open < 0) {
            out.add(done + rest);
            return;
        }
        int close = rest.indexOf(']', open);
        if (close < 0) throw new CatalogException("unclosed [ in the name " + done + rest);
        for (String choice : rest.substring(open + 1, close).split("\\|", -1)) {
            expandInto(done + rest.substring(0, open) + choice, rest.substring(close + 1), out);
        }
    }

    /** One language rule, required and compiled as written, with the named groups the code reads. */
    private static Pattern rule(String name, String key, String regex, String... groups) {
        Pattern p;
        try {
            p = Pattern.compile(required(name, key, regex));
        } catch (PatternSyntaxException e) {
            throw new CatalogException(name + ": language." + key + " is not a regular expression: " + e.getDescription());
        }
        for (String g : groups) {
            if (!regex.contains("(?<" + g + ">")) throw new CatalogException(name + ": language." + key + " needs a group (?<" + g + ">…)");
        }
        return p;
    }

    /** A rule a catalogue may leave out (null: not applied). */
    private static Pattern optionalRule(String name, String key, String regex) {
        return regex == null || regex.isEmpty() ? null : rule(name, key, regex);
    }

    private static String required(String name, String key, String value) {
        if (value == null || value.isEmpty()) throw new CatalogException(name + ": language." + key + " is missing");
        return value;
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

    /**
     * The indicator of a catalogue or derived id: 人均财政总收入 (元/人) for fiscal_revenue_per_capita, 人口密度 for
     * population_per_km2; an unknown id gets a neutral entry rather than failing.
     */
    public Indicator info(String id) {
        Indicator i = indicators.get(id);
        if (i != null) return i;
        if (id.endsWith(PER_CAPITA)) {
            Indicator base = info(id.substring(0, id.length() - PER_CAPITA.length()));
            return Indicator.derived(id, "人均" + base.name(), "元/人", base.stock());
        }
        if (id.endsWith(PER_KM2)) {
            Indicator base = info(id.substring(0, id.length() - PER_KM2.length()));
            String n = base.id().equals("population") ? "人口密度" : "地均" + base.name();
            return Indicator.derived(id, n, base.unit() + "/平方公里", base.stock());
        }
        return Indicator.derived(id, id, "", false);
    }

    public String name(String id) {
        return info(id).name();
    }

    public String unit(String id) {
        return info(id).unit();
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
