package townstats.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The official divisions on the classpath (townstats/divisions/*.csv), reduced to counties and their towns. */
final class Divisions {
    private static final String DIR = "/townstats/divisions/";

    /** A township-level division whose name ends in 镇, 乡 or 街道. */
    record Town(String code, String name, County county) {
        /** 镇, 乡 or 街道: what 全镇 / 全乡 / 全街道 says. */
        String kind() {
            return name.endsWith("街道") ? "街道" : name.substring(name.length() - 1);
        }
    }

    /** Identified by its code: towns point back to their county, so the default record methods would recurse. */
    record County(String code, String name, String city, String province, String provinceCode, List<Town> towns) {
        @Override
        public boolean equals(Object o) {
            return o instanceof County c && c.code.equals(code);
        }

        @Override
        public int hashCode() {
            return code.hashCode();
        }

        @Override
        public String toString() {
            return name + "(" + code + ")";
        }
    }

    private Divisions() {
    }

    /** Parsed once per JVM (the files never change while it runs); callers only read the lists. */
    private static final class Cache {
        static final List<County> COUNTIES = read();
    }

    /** Counties in file order, each with its towns in file order; counties without a town are left out. */
    static List<County> load() {
        return Cache.COUNTIES;
    }

    private static List<County> read() {
        Map<String, String> provinces = new HashMap<>();
        readCsv("provinces.csv", row -> provinces.put(row[0], row[1]));
        Map<String, String> cities = new HashMap<>();
        readCsv("cities.csv", row -> cities.put(row[0], row[1]));
        Map<String, County> counties = new LinkedHashMap<>();
        readCsv("areas.csv", row -> counties.put(row[0], new County(row[0], row[1], cities.get(row[2]),
                provinces.get(row[3]), row[3], new ArrayList<>())));
        readCsv("streets.csv", row -> {
            County county = counties.get(row[2]);
            String name = row[1];
            boolean township = name.endsWith("镇") || name.endsWith("乡") || name.endsWith("街道");
            if (county != null && township && name.length() >= 2) {
                county.towns().add(new Town(row[0], name, county));
            }
        });
        List<County> result = new ArrayList<>();
        for (County c : counties.values()) {
            if (!c.towns().isEmpty()) {
                result.add(c);
            }
        }
        return List.copyOf(result);
    }

    private static void readCsv(String file, Consumer<String[]> rowHandler) {
        try (InputStream in = Divisions.class.getResourceAsStream(DIR + file)) {
            if (in == null) throw new IllegalStateException("missing resource " + DIR + file);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) rowHandler.accept(split(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV row; fields may be double-quoted (no embedded quotes occur in this data). */
    static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
