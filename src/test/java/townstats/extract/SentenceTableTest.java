package townstats.extract;

import org.junit.jupiter.api.Test;
import townstats.model.Fact;
import townstats.model.Period;
import townstats.model.Qualifier;
import townstats.model.SectionKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Independent acceptance table for the extractor: every sentence in
 * {@code src/test/resources/townstats/extract/sentences.tsv} must yield exactly the facts listed for it
 * (format documented at the top of that file).
 *
 * <p>Facts are compared as a multiset of (indicator, value ±0.05%, unit, growth ±0.001, period, qualifier);
 * a case passes only when nothing is missing and nothing is extra. All failing cases are reported together.
 */
class SentenceTableTest {

    static final String TABLE = "/townstats/extract/sentences.tsv";
    static final String HEADER = "id\tsection\tsentence\texpected";
    static final int MIN_CASES = 170;

    /** Relative tolerance on values (0.05%). */
    static final double VALUE_TOLERANCE = 0.0005;
    /** Absolute tolerance on growth rates (percentage points). */
    static final double GROWTH_TOLERANCE = 0.001;

    /** Catalogue v1: indicator id → canonical unit (used only to check the table itself). */
    static final Map<String, String> CANONICAL_UNITS = Map.ofEntries(
            Map.entry("gdp", "万元"),
            Map.entry("fiscal_revenue", "万元"),
            Map.entry("budget_revenue", "万元"),
            Map.entry("tax_revenue", "万元"),
            Map.entry("fixed_investment", "万元"),
            Map.entry("industrial_output_above_scale", "万元"),
            Map.entry("industrial_output", "万元"),
            Map.entry("industrial_value_added", "万元"),
            Map.entry("agri_industrial_output", "万元"),
            Map.entry("agricultural_output", "万元"),
            Map.entry("retail_sales", "万元"),
            Map.entry("above_quota_sales", "万元"),
            Map.entry("foreign_trade", "万元"),
            Map.entry("investment_attracted", "万元"),
            Map.entry("rural_income", "元"),
            Map.entry("urban_income", "元"),
            Map.entry("collective_income", "万元"),
            Map.entry("population", "人"),
            Map.entry("households", "户"),
            Map.entry("area", "平方公里"),
            Map.entry("cultivated_land", "亩"),
            Map.entry("forest_land", "亩"),
            Map.entry("admin_units", "个"),
            Map.entry("key_projects", "个"),
            Map.entry("key_projects_investment", "万元"));

    private static final Pattern FACT = Pattern.compile(
            "([a-z_]+)=(\\S+)\\s+(\\S+)\\s+g=(\\S+)\\s+p=(\\S+)\\s+q=(\\S+)");

    /** One expected (or observed) fact, reduced to the compared fields. */
    record Expected(String indicator, Double value, String unit, Double growth, Period period, Qualifier qualifier) {

        static Expected of(Fact f) {
            return new Expected(f.indicator(), f.value(), f.unit(), f.growth(), f.period(), f.qualifier());
        }

        boolean matches(Expected actual) {
            return Objects.equals(indicator, actual.indicator)
                    && valueMatches(value, actual.value)
                    && Objects.equals(unit, actual.unit)
                    && growthMatches(growth, actual.growth)
                    && Objects.equals(period, actual.period)
                    && qualifier == actual.qualifier;
        }

        @Override
        public String toString() {
            return indicator + "=" + num(value) + " " + unit + " g=" + num(growth)
                    + " p=" + (period == null ? "-" : period.from() + "-" + period.to())
                    + " q=" + (qualifier == null ? "-" : qualifier.id());
        }
    }

    /**
     * @param mustNot facts the sentence must not give, each an indicator id (no fact of it at all) or
     *                {@code indicator=value} (no fact of it with that value): the traps a case is about
     */
    record Case(String id, int line, SectionKind section, String sentence, List<Expected> expected,
                List<String> mustNot) {
    }

    // ------------------------------------------------------------------------------------------------

    @Test
    void tableIsWellFormed() {
        List<Case> cases = load(TABLE); // throws on any malformed line, unknown indicator or wrong unit
        assertTrue(cases.size() >= MIN_CASES, "the table should hold at least " + MIN_CASES + " cases, has "
                + cases.size());
        Set<SectionKind> sections = new HashSet<>();
        for (Case c : cases) {
            sections.add(c.section());
        }
        assertEquals(Set.of(SectionKind.values()), sections, "every section kind should be exercised");
    }

    @Test
    void everySentenceYieldsExactlyItsFacts() {
        run(TABLE);
    }

    /** Checks every case of {@code table}, prints the tally and fails with every failing case. */
    static void run(String table) {
        List<Case> cases = load(table);
        Extractor extractor = Extractor.withDefaultCatalog();
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            String failure = check(extractor, c);
            if (failure == null) {
                passed++;
            } else {
                failures.add(failure);
            }
        }
        String summary = "extraction table " + table + ": " + passed + " passed, " + failures.size() + " failed";
        System.out.println(summary);
        if (!failures.isEmpty()) {
            fail(summary + "\n\n" + String.join("\n", failures));
        }
    }

    /** Null when the case passes, else a readable description of the difference. */
    static String check(Extractor extractor, Case c) {
        List<Expected> actual = new ArrayList<>();
        String error = null;
        try {
            List<Fact> facts = extractor.extractSnippet(c.sentence(), c.section());
            if (facts == null) {
                error = "extractSnippet returned null";
            } else {
                for (Fact f : facts) {
                    actual.add(Expected.of(f));
                }
            }
        } catch (RuntimeException | Error e) {
            error = "threw " + e;
        }
        List<Expected> missing = new ArrayList<>();
        List<Expected> extra = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        if (error == null) {
            diff(c.expected(), actual, missing, extra);
            for (String trap : c.mustNot()) {
                if (actual.stream().anyMatch(a -> isTrap(trap, a))) {
                    forbidden.add(trap);
                }
            }
            if (missing.isEmpty() && extra.isEmpty() && forbidden.isEmpty()) {
                return null;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("[").append(c.id()).append("] (").append(c.section().id()).append(", line ").append(c.line())
                .append(") ").append(escape(c.sentence())).append('\n');
        sb.append("    expected: ").append(list(c.expected())).append('\n');
        if (error != null) {
            sb.append("    error:    ").append(error).append('\n');
        } else {
            sb.append("    actual:   ").append(list(actual)).append('\n');
            if (!missing.isEmpty()) {
                sb.append("    missing:  ").append(list(missing)).append('\n');
            }
            if (!extra.isEmpty()) {
                sb.append("    extra:    ").append(list(extra)).append('\n');
            }
            if (!forbidden.isEmpty()) {
                sb.append("    must not: ").append(String.join("; ", forbidden)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Multiset difference under the tolerances: a maximum matching between expected and actual facts
     * (augmenting paths, so the answer does not depend on the order of the facts).
     */
    static void diff(List<Expected> expected, List<Expected> actual, List<Expected> missing, List<Expected> extra) {
        int[] actualToExpected = new int[actual.size()];
        Arrays.fill(actualToExpected, -1);
        for (int e = 0; e < expected.size(); e++) {
            augment(e, expected, actual, actualToExpected, new boolean[actual.size()]);
        }
        boolean[] expectedMatched = new boolean[expected.size()];
        for (int a = 0; a < actual.size(); a++) {
            if (actualToExpected[a] >= 0) {
                expectedMatched[actualToExpected[a]] = true;
            } else {
                extra.add(actual.get(a));
            }
        }
        for (int e = 0; e < expected.size(); e++) {
            if (!expectedMatched[e]) {
                missing.add(expected.get(e));
            }
        }
    }

    private static boolean augment(int e, List<Expected> expected, List<Expected> actual, int[] actualToExpected,
                                   boolean[] seen) {
        for (int a = 0; a < actual.size(); a++) {
            if (seen[a] || !expected.get(e).matches(actual.get(a))) {
                continue;
            }
            seen[a] = true;
            if (actualToExpected[a] < 0 || augment(actualToExpected[a], expected, actual, actualToExpected, seen)) {
                actualToExpected[a] = e;
                return true;
            }
        }
        return false;
    }

    /** {@code gdp} matches any gdp fact, {@code gdp=119000} one with that value. */
    static boolean isTrap(String trap, Expected actual) {
        int eq = trap.indexOf('=');
        String indicator = eq < 0 ? trap : trap.substring(0, eq);
        if (!indicator.equals(actual.indicator())) {
            return false;
        }
        return eq < 0 || valueMatches(Double.valueOf(trap.substring(eq + 1)), actual.value());
    }

    static boolean valueMatches(Double expected, Double actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        if (expected == 0.0) {
            return Math.abs(actual) < 1e-9;
        }
        return Math.abs(actual - expected) <= Math.abs(expected) * VALUE_TOLERANCE + 1e-9;
    }

    static boolean growthMatches(Double expected, Double actual) {
        if (expected == null || actual == null) {
            return expected == null && actual == null;
        }
        return Math.abs(actual - expected) <= GROWTH_TOLERANCE + 1e-9;
    }

    // ------------------------------------------------------------------------------------------------
    // Loading the table

    static List<Case> load(String table) {
        List<Case> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (townstats.TsvTable.Row row : townstats.TsvTable.read(table, HEADER, 3, 5)) {
            int lineNo = row.line();
            String id = row.col(0).strip();
            if (id.isEmpty() || !ids.add(id)) {
                throw bad(lineNo, "empty or duplicate id '" + id + "'");
            }
            SectionKind section = section(lineNo, row.col(1).strip());
            String sentence = unescape(lineNo, row.col(2));
            if (sentence.isBlank()) {
                throw bad(lineNo, "empty sentence");
            }
            List<Expected> expected = new ArrayList<>();
            String exp = row.col(3).strip();
            if (!exp.isEmpty()) {
                for (String part : exp.split(";")) {
                    expected.add(parseFact(lineNo, part.strip()));
                }
            }
            List<String> mustNot = new ArrayList<>();
            String traps = row.col(4).strip();
            if (!traps.isEmpty()) {
                for (String trap : traps.split(";")) {
                    mustNot.add(mustNot(table, lineNo, trap.strip(), expected));
                }
            }
            cases.add(new Case(id, lineNo, section, sentence, List.copyOf(expected), List.copyOf(mustNot)));
        }
        return cases;
    }

    /** A must-not entry names a known indicator and contradicts no expected fact. */
    private static String mustNot(String table, int lineNo, String trap, List<Expected> expected) {
        String indicator = trap.contains("=") ? trap.substring(0, trap.indexOf('=')) : trap;
        if (!CANONICAL_UNITS.containsKey(indicator)) {
            throw bad(table, lineNo, "unknown indicator in must_not '" + trap + "'");
        }
        if (trap.contains("=")) {
            number(lineNo, trap.substring(trap.indexOf('=') + 1));
        }
        if (expected.stream().anyMatch(e -> isTrap(trap, e))) {
            throw bad(table, lineNo, "must_not '" + trap + "' matches an expected fact");
        }
        return trap;
    }

    private static SectionKind section(int lineNo, String s) {
        for (SectionKind k : SectionKind.values()) {
            if (k.id().equals(s)) {
                return k;
            }
        }
        throw bad(lineNo, "unknown section '" + s + "'");
    }

    static Expected parseFact(int lineNo, String s) {
        Matcher m = FACT.matcher(s);
        if (!m.matches()) {
            throw bad(lineNo, "malformed fact '" + s + "'");
        }
        String indicator = m.group(1);
        String unit = m.group(3);
        String canonical = CANONICAL_UNITS.get(indicator);
        if (canonical == null) {
            throw bad(lineNo, "unknown indicator '" + indicator + "'");
        }
        boolean dollars = indicator.equals("foreign_trade") && unit.equals("万美元");
        if (!unit.equals(canonical) && !dollars) {
            throw bad(lineNo, "unit of " + indicator + " must be " + canonical + ", not " + unit);
        }
        Double value = number(lineNo, m.group(2));
        Double growth = number(lineNo, m.group(4));
        if (value == null && growth == null) {
            throw bad(lineNo, "a fact needs a value or a growth rate: '" + s + "'");
        }
        Period period = null;
        if (!m.group(5).equals("-")) {
            String[] p = m.group(5).split("-");
            if (p.length != 2) {
                throw bad(lineNo, "malformed period '" + m.group(5) + "'");
            }
            try {
                period = new Period(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            } catch (IllegalArgumentException e) {
                throw bad(lineNo, "malformed period '" + m.group(5) + "'");
            }
        }
        Qualifier qualifier = null;
        if (!m.group(6).equals("-")) {
            try {
                qualifier = Qualifier.valueOf(m.group(6).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw bad(lineNo, "unknown qualifier '" + m.group(6) + "'");
            }
        }
        return new Expected(indicator, value, unit, growth, period, qualifier);
    }

    private static Double number(int lineNo, String s) {
        if (s.equals("-")) {
            return null;
        }
        try {
            return Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw bad(lineNo, "not a number: '" + s + "'");
        }
    }

    /** {@code \n} → line break, {@code \t} → tab, {@code \\} → backslash. */
    static String unescape(int lineNo, String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\\') {
                sb.append(ch);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw bad(lineNo, "dangling backslash");
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case '\\' -> sb.append('\\');
                default -> throw bad(lineNo, "unknown escape \\" + next);
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
    }

    private static IllegalStateException bad(int lineNo, String message) {
        return bad(TABLE, lineNo, message);
    }

    private static IllegalStateException bad(String table, int lineNo, String message) {
        return new IllegalStateException(table + " line " + lineNo + ": " + message);
    }

    private static String list(List<Expected> facts) {
        if (facts.isEmpty()) {
            return "(no fact)";
        }
        List<String> parts = new ArrayList<>();
        for (Expected f : facts) {
            parts.add(f.toString());
        }
        return String.join("; ", parts);
    }

    private static String num(Double d) {
        if (d == null) {
            return "-";
        }
        if (d.isNaN() || d.isInfinite()) {
            return d.toString();
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
