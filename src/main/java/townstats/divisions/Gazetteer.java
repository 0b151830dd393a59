package townstats.divisions;

import townstats.model.Place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import townstats.util.Csv;
import townstats.util.Simplified;

/**
 * China's divisions (NBS 2022, {@code /townstats/divisions/*.csv}) with lookups by code and by name.
 * Immutable once built; {@link #get()} loads it once per JVM.
 */
public final class Gazetteer {
    private static final String DIR = "/townstats/divisions/";

    private final Map<String, Province> provinces = new HashMap<>();
    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, County> counties = new HashMap<>();
    private final Map<String, Township> townships = new HashMap<>(64_000);

    private final Map<String, List<Township>> townsByName = new HashMap<>(64_000);
    private final Map<String, List<Township>> townsByStem = new HashMap<>(64_000);
    private final Map<String, List<County>> countiesByName = new HashMap<>();
    private final Map<String, List<County>> countiesByStem = new HashMap<>();
    private final Map<String, List<City>> citiesByName = new HashMap<>();
    private final Map<String, Province> provincesByName = new HashMap<>();
    private int longestRegionName;

    private Gazetteer() {
    }

    /** The shared instance, loaded on first use (holder idiom: thread-safe without locking). */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    /** Parses the CSVs afresh. Use {@link #get()}; this is public for timing and tests. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        for (String[] r : Csv.rows(DIR + "provinces.csv", 2)) {
            Province p = new Province(r[0], r[1]);
            g.provinces.put(p.code(), p);
            g.provincesByName.put(p.name(), p);
        }
        for (String[] r : Csv.rows(DIR + "cities.csv", 3)) {
            City c = new City(r[0], r[1], r[2]);
            g.cities.put(c.code(), c);
            if (c.real()) add(g.citiesByName, c.name(), c);
        }
        for (String[] r : Csv.rows(DIR + "areas.csv", 4)) {
            County c = new County(r[0], r[1], r[2], r[3]);
            g.counties.put(c.code(), c);
            for (String name : spellings(c.name())) {
                add(g.countiesByName, name, c);
                String stem = Names.countyStem(name);
                if (stem != null) add(g.countiesByStem, stem, c);
            }
        }
        for (String[] r : Csv.rows(DIR + "streets.csv", 5)) {
            Township t = new Township(r[0], r[1], r[2], r[4], r[3]);
            g.townships.put(t.code(), t);
            for (String name : spellings(t.name())) {
                add(g.townsByName, name, t);
                String base = Names.townBase(name);
                if (base != null) {
                    add(g.townsByStem, base, t);
                    if (base.indexOf('族') >= 0) { // 红星回族乡 is also found as 红星
                        String stem = Names.stripEthnic(base);
                        if (!stem.equals(base)) add(g.townsByStem, stem, t);
                    }
                }
            }
        }
        freeze(g.townsByName);
        freeze(g.townsByStem);
        freeze(g.countiesByName);
        freeze(g.countiesByStem);
        freeze(g.citiesByName);
        for (String name : g.regionNames()) g.longestRegionName = Math.max(g.longestRegionName, name.length());
        return g;
    }

    /**
     * A name as the divisions write it and, where it differs, as simplified text writes it: 乾安镇 keeps its 乾, but a
     * text read in simplified characters (as every text is matched) has 干安镇.
     */
    private static List<String> spellings(String name) {
        String simplified = Simplified.of(name);
        return simplified.equals(name) ? List.of(name) : List.of(name, simplified);
    }

    /** Makes every list of an index immutable, so lookups can hand them out without copying. */
    private static <T> void freeze(Map<String, List<T>> index) {
        index.replaceAll((k, v) -> List.copyOf(v));
    }

    private static <T> void add(Map<String, List<T>> index, String key, T value) {
        index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    private Set<String> regionNames() {
        Set<String> names = new LinkedHashSet<>(provincesByName.keySet());
        names.addAll(citiesByName.keySet());
        names.addAll(countiesByName.keySet());
        return names;
    }

    public int townshipCount() {
        return townships.size();
    }

    public Optional<Township> township(String code) {
        return Optional.ofNullable(code == null ? null : townships.get(code));
    }

    public Optional<County> county(String code) {
        return Optional.ofNullable(code == null ? null : counties.get(code));
    }

    public Optional<City> city(String code) {
        return Optional.ofNullable(code == null ? null : cities.get(code));
    }

    public Optional<Province> province(String code) {
        return Optional.ofNullable(code == null ? null : provinces.get(code));
    }

    /** Every county, in no particular order. */
    public Collection<County> counties() {
        return Collections.unmodifiableCollection(counties.values());
    }

    /** Every township, in no particular order. */
    public Collection<Township> townships() {
        return Collections.unmodifiableCollection(townships.values());
    }

    /** Townships with exactly this name (潭头镇: four of them). */
    public List<Township> townshipsNamed(String name) {
        return townsByName.getOrDefault(name, List.of());
    }

    /** Townships whose name is {@code stem} plus a township suffix: 潭头 → 潭头镇 ×4, 潭头乡 ×2; 红星 → 红星回族乡. */
    public List<Township> townshipsWithStem(String stem) {
        return townsByStem.getOrDefault(stem, List.of());
    }

    /** Counties named exactly so (栾川县), or else whose name without suffix is this (栾川, 长阳 → 长阳土家族自治县). */
    public List<County> countiesNamed(String name) {
        List<County> exact = countiesByName.get(name);
        return exact != null ? exact : countiesByStem.getOrDefault(name, List.of());
    }

    /** Real prefectures named exactly so (洛阳市); never the placeholders 市辖区 etc. */
    public List<City> citiesNamed(String name) {
        return citiesByName.getOrDefault(name, List.of());
    }

    public Optional<Province> provinceNamed(String name) {
        return Optional.ofNullable(provincesByName.get(name));
    }

    /**
     * Codes of every province, prefecture and county with exactly this full name: 东莞市 is both a prefecture
     * (4419) and its only county (441900); 鼓楼区 is six counties. Empty when nothing is so named.
     */
    public Set<String> regionCodesNamed(String name) {
        Set<String> codes = new LinkedHashSet<>();
        Province p = provincesByName.get(name);
        if (p != null) codes.add(p.code());
        for (City c : citiesByName.getOrDefault(name, List.of())) codes.add(c.code());
        for (County c : countiesByName.getOrDefault(name, List.of())) codes.add(c.code());
        return codes;
    }

    /** Codes of the counties whose stem is this (栾川 → 410324). */
    public Set<String> countyCodesWithStem(String stem) {
        Set<String> codes = new LinkedHashSet<>();
        for (County c : countiesByStem.getOrDefault(stem, List.of())) codes.add(c.code());
        return codes;
    }

    /** Length of the longest province, prefecture or county name, to bound prefix searches. */
    public int longestRegionName() {
        return longestRegionName;
    }

    /**
     * The resolved place of a township. The prefecture placeholders get a name a reader expects: 市辖区 and
     * 县 (北京, 重庆) the province's (北京市); 省直辖县级行政区划 the county's own (仙桃市), as it answers to
     * the province directly, like 东莞市.
     */
    public Place place(Township t) {
        County county = counties.get(t.countyCode());
        City city = cities.get(t.cityCode());
        Province province = provinces.get(t.provinceCode());
        String cityName = city == null ? null
                : city.real() ? city.name()
                : city.name().endsWith("直辖县级行政区划") && county != null ? county.name()
                : province.name();
        return new Place(Place.Status.RESOLVED, t.code(), t.name(), county == null ? null : county.name(),
                t.countyCode(), cityName, t.cityCode(), province == null ? null : province.name(),
                t.provinceCode(), List.of());
    }
}
